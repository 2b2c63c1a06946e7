package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** {@code triage batch} on the tables people have: extra columns, typed values, gaps, CSV, several files. */
class BatchTablesTest {

  /** A form export: three columns of its own, booleans, nulls, whole floats, an id that is a number, blank lines. */
  static final Path EXPORT = Path.of("src/test/resources/batch/export.jsonl");

  @TempDir
  Path dir;

  private String small;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    small = Trees.writeSmall(dir).toString();
  }

  @Test
  void aFormExportWithExtraColumnsNullsFloatsBooleansAndBlankLinesRunsWithNoErrors() {
    Cli.Result result = Cli.run("", "batch", "--keep", "submitted_at,clinic", "--keep", "form_version",
        "--fields", "level,outcome,reasons,assumed_unsure", EXPORT.toString());
    assertEquals(0, result.exit(), result.out());
    String kept = ",\"form_version\":\"2.1\",";
    assertEquals(List.of(
        "{\"id\":\"r-001\",\"line\":1,\"submitted_at\":\"2026-11-02T09:14:00Z\",\"clinic\":\"north\"" + kept
            + "\"level\":\"self-care\",\"outcome\":\"self_care\",\"reasons\":[],\"assumed_unsure\":[]}",
        "{\"id\":\"r-002\",\"line\":2,\"submitted_at\":\"2026-11-02T09:31:12Z\",\"clinic\":\"north\"" + kept
            + "\"level\":\"see-professional\",\"outcome\":\"see_professional\",\"reasons\":[{\"question\":\"numbness\","
            + "\"answer\":\"yes\",\"level\":\"see-professional\"},{\"question\":\"pops_per_day\",\"answer\":12,"
            + "\"level\":\"see-professional\"}],\"assumed_unsure\":[]}",
        "{\"id\":\"r-003\",\"line\":4,\"submitted_at\":\"2026-11-02T10:02:45Z\",\"clinic\":\"south\"" + kept
            + "\"level\":\"see-professional\",\"outcome\":\"see_professional\",\"reasons\":[{\"question\":\"fever\","
            + "\"answer\":\"unsure\",\"level\":\"see-professional\"},{\"question\":\"night_pain\",\"answer\":\"unsure\","
            + "\"level\":\"see-professional\"},{\"question\":\"pops_per_day\",\"answer\":\"unsure\","
            + "\"level\":\"see-professional\"}],\"assumed_unsure\":[\"fever\",\"pops_per_day\",\"crack_neck\","
            + "\"twist_to_pop\",\"stress\",\"strength\"]}",
        "{\"id\":4,\"line\":6,\"submitted_at\":\"2026-11-02T11:20:09Z\",\"clinic\":\"south\"" + kept
            + "\"level\":\"emergency\",\"outcome\":\"emergency\",\"reasons\":[{\"question\":\"bladder_bowel\","
            + "\"answer\":\"yes\",\"level\":\"emergency\"}],\"assumed_unsure\":[]}",
        "{\"id\":\"r-005\",\"line\":7,\"submitted_at\":\"2026-11-03T08:00:00Z\",\"clinic\":null" + kept
            + "\"level\":\"urgent\",\"outcome\":\"urgent\",\"reasons\":[{\"question\":\"cancer_history\","
            + "\"answer\":\"yes\",\"level\":\"urgent\"},{\"question\":\"new_weakness\",\"answer\":\"unsure\","
            + "\"level\":\"urgent\"}],\"assumed_unsure\":[\"new_weakness\"]}"),
        result.out().lines().toList());
    assertEquals("triage batch: 5 lines: 1 self-care, 2 see-professional, 1 urgent, 1 emergency, 0 errors;"
        + " 2 blank lines skipped\n", result.err());
  }

  @Test
  void theIdCanHaveAnotherNameAndTheAnswersTheirOwnKey() {
    Cli.Result result = Cli.run("{\"visit\":\"v1\",\"meta\":{\"site\":\"a\"},\"answers\":{\"chest\":\"no\","
        + "\"numb\":true},\"exported\":\"2026-11-30\"}\n", "batch", "--questions", small, "--id-field", "visit",
        "--keep", "meta", "--answers-field", "answers", "--compact", "--fields", "level,path");
    assertEquals("{\"id\":\"v1\",\"line\":1,\"meta\":{\"site\":\"a\"},\"level\":\"urgent\",\"path\":{\"chest\":\"no\","
        + "\"numb\":\"yes\"}}\n", result.out());
    assertEquals(0, result.exit());
  }

  @Test
  void anyOtherKeyIsStillAnErrorWithADidYouMeanAmongQuestionsAndColumns() {
    Cli.Result result = Cli.run("{\"id\":1,\"chst\":\"yes\"}\n{\"id\":2,\"clinik\":\"n\",\"chest\":\"yes\"}\n"
        + "{\"id\":3,\"zzzzzz\":\"yes\"}\n", "batch", "--questions", small, "--keep", "clinic", "--fields", "level");
    assertEquals(List.of(
        "{\"id\":1,\"line\":1,\"clinic\":null,\"error\":\"unknown-question\",\"message\":\"there is no question `chst`;"
            + " did you mean `chest`?\",\"question\":\"chst\",\"did_you_mean\":\"chest\"}",
        "{\"id\":2,\"line\":2,\"clinic\":null,\"error\":\"unknown-question\",\"message\":\"there is no question"
            + " `clinik`; did you mean `clinic`?\",\"question\":\"clinik\",\"did_you_mean\":\"clinic\"}",
        "{\"id\":3,\"line\":3,\"clinic\":null,\"error\":\"unknown-question\",\"message\":\"there is no question"
            + " `zzzzzz`\",\"question\":\"zzzzzz\",\"did_you_mean\":null}"),
        result.out().lines().toList());
    assertEquals(65, result.exit());
  }

  @Test
  void namesThatWouldHideAnAnswerOrAFieldAreRefusedBeforeAnyLine() {
    Map<List<String>, String> refused = Map.of(
        List.of("--id-field", "chest"), "triage: --id-field chest: `chest` is a question; its answers would be passed"
            + " over\n",
        List.of("--keep", "level"), "triage: --keep level: `level` is a field triage writes itself\n",
        List.of("--id-field", "rid", "--keep", "id"), "triage: --keep id: `id` is a field triage writes itself\n",
        List.of("--keep", "problems"), "triage: --keep problems: `problems` is a field triage writes itself\n",
        List.of("--keep", "a", "--keep", "a"), "triage: --keep a: `a` is named twice (also --keep a)\n",
        List.of("--fields", "levle"), "triage: --fields: there is no verdict field `levle`; did you mean `level`?\n");
    refused.forEach((args, message) -> {
      List<String> all = new java.util.ArrayList<>(List.of("batch", "--questions", small));
      all.addAll(args);
      Cli.Result result = Cli.run("{\"chest\":\"yes\"}\n", all.toArray(String[]::new));
      assertEquals(64, result.exit(), args.toString());
      assertEquals("", result.out());
      assertEquals(message, result.err());
    });
  }

  @Test
  void aKeyGivenTwiceInALineIsAnError() {
    Cli.Result result = Cli.run("{\"id\":1,\"id\":2,\"answers\":{\"chest\":\"yes\"}}\n"
        + "{\"clinic\":\"a\",\"clinic\":\"b\",\"answers\":{\"chest\":\"yes\"}}\n"
        + "{\"ts\":1,\"ts\":2,\"answers\":{\"chest\":\"yes\"}}\n"
        + "{\"answers\":{\"chest\":\"yes\",\"chest\":\"no\"}}\n", "batch", "--questions", small, "--keep", "clinic",
        "--answers-field", "answers", "--fields", "level");
    assertEquals(List.of(
        "{\"id\":1,\"line\":1,\"clinic\":null,\"error\":\"invalid-answer\",\"message\":\"`id` is given twice; a line"
            + " has one id\"}",
        "{\"line\":2,\"clinic\":\"a\",\"error\":\"invalid-answer\",\"message\":\"`clinic` is given twice\"}",
        "{\"line\":3,\"clinic\":null,\"error\":\"invalid-answer\",\"message\":\"`ts` is given twice\"}",
        "{\"line\":4,\"clinic\":null,\"error\":\"invalid-answer\",\"message\":\"`chest` is answered twice\","
            + "\"question\":\"chest\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}"),
        result.out().lines().toList());
  }

  @Test
  void typedValuesCountOnlyForTheirKindOfQuestion() {
    Cli.Result result = Cli.run(String.join("\n",
        "{\"chest\":\"no\",\"numb\":false,\"pops\":3.5,\"sitting\":\"few\"}",
        "{\"chest\":\"no\",\"numb\":false,\"pops\":true,\"sitting\":\"few\"}",
        "{\"chest\":1,\"numb\":false}",
        "{\"chest\":\"no\",\"numb\":false,\"pops\":1e1,\"sitting\":\"few\"}",
        "{\"chest\":null,\"numb\":\"yes\"}") + "\n", "batch", "--questions", small, "--fields",
        "level,reasons,assumed_unsure");
    assertEquals(List.of(
        "{\"line\":1,\"error\":\"invalid-answer\",\"message\":\"`3.5` is not an answer to question `pops`; it accepts"
            + " a whole number from 0 to 1000\",\"question\":\"pops\",\"accepts\":{\"min\":0,\"max\":1000}}",
        "{\"line\":2,\"error\":\"invalid-answer\",\"message\":\"`true` is not an answer to question `pops`; it accepts"
            + " a whole number from 0 to 1000\",\"question\":\"pops\",\"accepts\":{\"min\":0,\"max\":1000}}",
        "{\"line\":3,\"error\":\"invalid-answer\",\"message\":\"`1` is not an answer to question `chest`; it accepts"
            + " yes, no, unsure\",\"question\":\"chest\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}",
        "{\"line\":4,\"level\":\"see-professional\",\"reasons\":[{\"question\":\"pops\",\"answer\":10,"
            + "\"level\":\"see-professional\"}],\"assumed_unsure\":[]}",
        "{\"line\":5,\"level\":\"urgent\",\"reasons\":[{\"question\":\"chest\",\"answer\":\"unsure\",\"level\":"
            + "\"urgent\"},{\"question\":\"numb\",\"answer\":\"yes\",\"level\":\"urgent\"}],\"assumed_unsure\":"
            + "[\"chest\"]}"),
        result.out().lines().toList());
    Cli.Result strict = Cli.run("{\"chest\":null,\"numb\":\"yes\"}\n", "batch", "--questions", small, "--strict");
    assertEquals("{\"line\":1,\"error\":\"incomplete\",\"message\":\"question `chest` has no answer, so there is no"
        + " verdict\",\"question\":\"chest\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}\n", strict.out());
  }

  @Test
  void aLineThatIsNotJsonHasItsOwnCodeAndNoParserInternals() {
    Cli.Result result = Cli.run("{\"chest\":\"yes\",\n{\"chest\":yes}\n{\"chest\":\"y\u0001es\"}\n"
        + "{\"chest\":\"yes\"\u0001}\n", "batch",
        "--questions", small);
    assertEquals(List.of(
        "{\"line\":1,\"error\":\"invalid-json\",\"message\":\"not valid JSON at column 16: the line ends before the"
            + " JSON does\"}",
        "{\"line\":2,\"error\":\"invalid-json\",\"message\":\"not valid JSON at column 10: `yes` is not a JSON"
            + " value\"}",
        "{\"line\":3,\"error\":\"invalid-json\",\"message\":\"not valid JSON at column 12: a control character must"
            + " be escaped\"}",
        "{\"line\":4,\"error\":\"invalid-json\",\"message\":\"not valid JSON at column 16: a control character"
            + " outside a string\"}"),
        result.out().lines().toList());
  }

  @Test
  void csvInAndOutWithTheChosenFields() throws Exception {
    Path csv = Files.writeString(dir.resolve("visits.csv"), "id,clinic,chest,numb,pops,sitting\n"
        + "a1,north,no,no,3.0,few\na2,,no,TRUE,,\n,south,no,,12,many\na4,x,no,no\n\n\"a5\",east,nope,no,1,few\n");
    Cli.Result result = Cli.run("", "batch", "--questions", small, "--input-format", "csv", "--keep", "clinic",
        "--format", "csv", "--fields", "level,outcome,assumed_unsure", csv.toString());
    assertEquals("id,line,clinic,level,outcome,assumed_unsure,error,message,question\n"
        + "a1,2,north,self-care,self_care,,,,\n"
        + "a2,3,,urgent,urgent,,,,\n"
        + "\"\",4,south,see-professional,see_pro,numb,,,\n"
        + "a4,5,x,,,,invalid-csv,\"the row has 4 cells and the header 6; a row has a cell for every column, empty"
        + " where there is no answer\",\n"
        + "a5,7,east,,,,invalid-answer,\"`nope` is not an answer to question `chest`; it accepts yes, no, unsure\","
        + "chest\n", result.out());
    assertEquals("triage batch: 5 lines: 1 self-care, 1 see-professional, 1 urgent, 0 emergency, 2 errors;"
        + " 1 blank line skipped\n", result.err());
    Path misspelt = Files.writeString(dir.resolve("misspelt.csv"), "id,chst\n1,yes\n");
    Cli.Result header = Cli.run("", "batch", "--questions", small, "--input-format", "csv", misspelt.toString());
    assertEquals("", header.out());
    assertEquals("triage: " + misspelt + ": column 2: there is no question `chst`; did you mean `chest`?\n",
        header.err());
    assertEquals(65, header.exit());
  }

  @Test
  void severalInputsInTurnWithStandardInputAmongThem() throws Exception {
    Path first = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":1,\"chest\":\"yes\"}\n");
    Cli.Result result = Cli.run("{\"id\":2,\"chest\":\"no\",\"numb\":\"yes\"}\n", "batch", "--questions", small,
        "--fields", "level", first.toString(), "-", first.toString());
    assertEquals("{\"id\":1,\"file\":\"" + first + "\",\"line\":1,\"level\":\"emergency\"}\n"
        + "{\"id\":2,\"file\":\"-\",\"line\":1,\"level\":\"urgent\"}\n"
        + "{\"id\":1,\"file\":\"" + first + "\",\"line\":1,\"level\":\"emergency\"}\n", result.out());
    Cli.Result twice = Cli.run("", "batch", "--questions", small, "-", "-");
    assertEquals("triage: - (standard input) is given twice; it can be read once only\n", twice.err());
    assertEquals(64, twice.exit());
  }

  @Test
  void theLocaleNeverChangesADataJobOnlyLangDoes() {
    Map<String, String> spanish = Map.of("LANG", "es_ES.UTF-8");
    String line = "{\"id\":1,\"chest_pain\":\"yes\"}\n";
    assertEquals("{\"id\":1,\"line\":1,\"title\":\"Call 112 now\",\"language\":\"en\"}\n",
        Cli.run(spanish, line, "batch", "--fields", "title,language").out());
    assertEquals("{\"id\":1,\"line\":1,\"title\":\"Llame ahora al 112\",\"language\":\"es\"}\n",
        Cli.run(spanish, line, "batch", "--fields", "title,language", "--lang", "es").out());
  }

  /**
   * The built-in questionnaire's texts are most of a line: compact keeps ids and values, at most a
   * fifth of the bytes over the export (a short emergency line with a long list of unused answers
   * keeps about a third of its own).
   */
  @Test
  void compactLinesAreAtMostAFifthOfFullOnes() {
    String[] keep = {"--keep", "submitted_at,clinic,form_version"};
    String full = Cli.run("", "batch", keep[0], keep[1], EXPORT.toString()).out();
    String compact = Cli.run("", "batch", keep[0], keep[1], "--compact", EXPORT.toString()).out();
    assertTrue(compact.length() * 5 <= full.length(), compact.length() + " of " + full.length());
    for (String line : compact.lines().toList()) {
      assertTrue(line.contains("\"path\":{\"chest_pain\":\"no\",") && !line.contains("\"text\""), line);
    }
  }

  @Test
  void severalJobsKeepTheInputsOrder() {
    StringBuilder lines = new StringBuilder();
    String[] words = {"yes", "no", "unsure", "maybe"};
    for (int i = 0; i < 5000; i++) {
      lines.append("{\"id\":").append(i).append(",\"chest\":\"").append(words[i % 7 == 0 ? 0 : i % 11 == 0 ? 3 : 1])
          .append("\",\"numb\":\"").append(words[i % 3]).append("\",\"pops\":").append(i % 20)
          .append(",\"sitting\":\"").append(i % 2 == 0 ? "few" : "many").append("\"}\n");
    }
    Cli.Result one = Cli.run(lines.toString(), "batch", "--questions", small, "--jobs", "1", "--compact");
    Cli.Result four = Cli.run(lines.toString(), "batch", "--questions", small, "--jobs", "4", "--compact");
    assertEquals(one.out(), four.out());
    assertEquals(one.err(), four.err());
    List<String> out = four.out().lines().toList();
    assertEquals(5000, out.size());
    for (int i = 0; i < out.size(); i++) {
      assertTrue(out.get(i).startsWith("{\"id\":" + i + ",\"line\":" + (i + 1) + ","), out.get(i));
    }
    assertEquals("triage: --jobs takes a number of threads, 1 or more, not 0\n",
        Cli.run("", "batch", "--jobs", "0").err());
  }
}
