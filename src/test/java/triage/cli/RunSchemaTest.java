package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.BuiltIn;
import triage.BuiltInAnswerSets;
import triage.Cli;
import triage.Schemas;
import triage.Trees;

/**
 * What a run and a batch write for scripts, held against the published schemas: the verdict at
 * every level and in Spanish, an error of every code, and every line of batches with verdicts and
 * errors mixed. Each check can fail: see the last tests, where a wrong type or a missing field is caught.
 */
class RunSchemaTest {

  private static final Pattern LEVEL = Pattern.compile("\"level\":\"([a-z-]+)\"");
  private static final Pattern ERROR = Pattern.compile("^\\{(?:\"id\":[^,]+,)?\"line\":\\d+,\"error\":\"([a-z-]+)\"");

  @TempDir
  Path dir;

  private String small;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    small = Trees.writeSmall(dir).toString();
  }

  /** Runs with JSON asked for and returns the one verdict on stdout, checked against the verdict schema. */
  private String verdict(String stdin, Map<String, String> env, String... args) {
    Cli.Result result = Cli.run(env, stdin, args);
    assertTrue(result.exit() == 0 || result.exit() >= 10 && result.exit() <= 30, result.err());
    assertEquals(1, result.out().lines().count(), result.out());
    Schemas.assertValid("verdict", result.out());
    return result.out();
  }

  /** Runs with JSON asked for and returns the one error on stderr, checked against the error schema. */
  private String error(int exit, String stdin, Map<String, String> env, String... args) {
    Cli.Result result = Cli.run(env, stdin, args);
    assertEquals(exit, result.exit(), result.err());
    assertEquals("", result.out());
    assertEquals(1, result.err().lines().count(), result.err());
    Schemas.assertValid("error", result.err());
    return result.err();
  }

  @Test
  void theVerdictAtEveryLevelInBothLanguagesAndEveryWayOfAnswering() throws Exception {
    Set<String> levels = new TreeSet<>();
    for (String[] answers : List.of(new String[] {"chest=yes"}, new String[] {"chest=no", "numb=yes"},
        new String[] {"chest=no", "numb=unsure", "pops=12", "sitting=many"},
        new String[] {"chest=no", "numb=no", "pops=3", "sitting=few"})) {
      List<String> args = new ArrayList<>(List.of("--questions", small, "--format", "json"));
      for (String answer : answers) {
        args.add("--answer");
        args.add(answer);
      }
      levels.add(level(verdict("", Map.of(), args.toArray(String[]::new))));
    }
    assertEquals(Set.of("self-care", "see-professional", "urgent", "emergency"), levels);
    assertTrue(verdict("", Map.of(), "--questions", small, "--format", "json", "--answer", "chest=yes",
        "--answer", "pops=40").contains("\"unused\":[\"pops\"]"));
    // The built-in questionnaire: piped, in Spanish, by --lang and by LANG, with a number named by region.
    assertTrue(verdict(BuiltIn.ALL_NO, Map.of(), "--format", "json").contains("\"emergency_number\":\"112\""));
    assertTrue(verdict(BuiltIn.ALL_NO, Map.of(), "--format", "json", "--lang", "es")
        .contains("\"language\":\"es\""));
    assertTrue(verdict("", Map.of("LANG", "es_MX.UTF-8"), "--format", "json", "--answer", "chest_pain=yes")
        .contains("\"seek_help_if\":null,\"emergency_number\":\"911\",\"language\":\"es\""));
    assertTrue(verdict("", Map.of(), "run", "--format", "json", "--region", "GB", "--answer", "chest_pain=unsure",
        "--answers", answersFile()).contains("\"emergency_number\":\"999\""));
  }

  private static String level(String json) {
    Matcher matcher = LEVEL.matcher(json);
    assertTrue(matcher.find(), json);
    return matcher.group(1);
  }

  /** Every question of the built-in questionnaire answered no (a number 3, a choice its first option). */
  private String answersFile() throws Exception {
    Path file = dir.resolve("answers.json");
    StringBuilder json = new StringBuilder("{");
    for (var question : BuiltIn.load().ready().questions()) {
      String value = question instanceof triage.model.NumberQuestion ? "3"
          : question instanceof triage.model.ChoiceQuestion ? "\"" + question.answers().get(0).value() + "\"" : "\"no\"";
      json.append(json.length() > 1 ? "," : "").append('"').append(question.id()).append("\":").append(value);
    }
    Files.writeString(file, json.append('}').toString());
    return file.toString();
  }

  @Test
  void anErrorOfEveryCodeAFailureCanHave() throws Exception {
    Map<String, String> none = Map.of();
    Map<String, String> spanish = Map.of("LANG", "es_ES.UTF-8");
    String q = "--questions";
    assertTrue(error(3, "", none, q, small, "--format", "json", "--answer", "chest=no").contains("\"accepts\":["));
    assertTrue(error(3, "no\n", spanish, q, small, "--format", "json").contains("\"error\":\"incomplete\""));
    assertTrue(error(65, "", none, q, small, "--format", "json", "--answer", "pops=lots")
        .contains("\"accepts\":{\"min\":0,\"max\":1000}"));
    assertTrue(error(65, "", none, "--format", "json", "--answer", "pops_per_day=lots")
        .contains("\"accepts\":{\"min\":0,\"max\":1000,\"or\":[\"unsure\"]}"));
    assertTrue(error(65, "no\nmaybe\n", spanish, "--format", "json").contains("\"message\":\"line 2: "));
    // From a pipe, the line the failure is about, and the line where input ended.
    assertTrue(error(65, "no\nmaybe\n", none, q, small, "--format", "json")
        .contains("\",\"line\":2,\"question\":\"numb\","));
    assertTrue(error(3, "no\n", none, q, small, "--format", "json").contains("\",\"line\":2,\"question\":\"numb\","));
    assertTrue(error(65, "", none, q, small, "--format", "json", "--answer", "cheest=yes")
        .contains("\"did_you_mean\":\"chest\""));
    assertTrue(error(65, "", none, q, small, "--format", "json", "--answer", "zzzzzzzz=yes")
        .endsWith(",\"question\":\"zzzzzzzz\",\"did_you_mean\":null}\n"));
    Path answers = Files.writeString(dir.resolve("answers.yaml"), "chest: no\nnumb: [yes]\n");
    assertTrue(error(65, "", none, q, small, "--format", "json", "--answers", answers.toString())
        .contains("\"problems\":[{\"file\":"));
    assertTrue(error(66, "", none, q, small, "--format", "json", "--answers", dir.resolve("none.json").toString())
        .contains("\"error\":\"unreadable-file\""));
    assertTrue(error(66, "yes\n", none, q, small, "--format", "json", "--record",
        dir.resolve("no/such/folder/t.jsonl").toString()).contains("\"error\":\"unreadable-file\""));
    Path broken = Files.writeString(dir.resolve("broken.yaml"), Trees.small("yes: {next: emergency}",
        "yes: {next: emergncy}"));
    assertTrue(error(78, "", none, q, broken.toString(), "--format", "json", "--answer", "chest=no")
        .contains("\"error\":\"invalid-questionnaire\""));
    assertTrue(error(64, "", spanish, "--format=json", "--wat").contains("\"error\":\"usage\""));
    assertTrue(error(64, "", none, "--format", "json", "--answer", "chest").contains("\"error\":\"usage\""));
    assertTrue(error(64, "", none, "--format", "json", "--region", "Narnia").contains("\"error\":\"usage\""));
    // The clinician commands report their failures the same way.
    assertTrue(error(66, "", none, "validate", "--format", "json", dir.resolve("none.yaml").toString())
        .contains("\"error\":\"unreadable-file\""));
    assertTrue(error(78, "", none, "diff", "--format", "json", small, broken.toString())
        .contains("\"error\":\"invalid-questionnaire\""));
    Path scenarios = Files.writeString(dir.resolve("s.yaml"), "scenarios:\n  - name: x\n    levle: urgent\n");
    assertTrue(error(78, "", none, "test", "--format", "json", q, small, scenarios.toString())
        .contains("\"error\":\"invalid-scenarios\",\"message\":"));
    assertTrue(error(64, "", none, "test", "--format", "json", q, small).contains("\"error\":\"usage\""));
  }

  @Test
  void theFailuresNoCommandLineCanCauseHereAreWrittenTheSameWay() {
    // A failed --save needs a full disk (Ctrl-C is in TerminalSchemaTest): every object comes from the one writer.
    for (Failure.Kind kind : Failure.Kind.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Reports.json(Failure.of(kind, "what went wrong"), new PrintStream(out, true, StandardCharsets.UTF_8));
      String json = out.toString(StandardCharsets.UTF_8);
      if (kind == Failure.Kind.UNKNOWN_QUESTION || kind == Failure.Kind.INVALID_QUESTIONNAIRE
          || kind == Failure.Kind.INVALID_SCENARIOS) {
        assertFalse(Schemas.errors("error", json).isEmpty(), kind + " without its question or problems: " + json);
      } else {
        Schemas.assertValid("error", json);
      }
    }
  }

  @Test
  void everyLineOfBatchesWithVerdictsOfEveryLevelAndErrorsOfEveryKind() throws Exception {
    StringBuilder input = new StringBuilder();
    int n = 0;
    for (BuiltInAnswerSets.AnswerSet set : BuiltInAnswerSets.generate(new Random(14), 400)) {
      String id = switch (n++ % 3) {
        case 0 -> "\"id\":\"r" + n + "\",";
        case 1 -> "\"id\":" + n + ",";
        default -> "";
      };
      input.append('{').append(id).append(set.batchFields()).append("}\n");
    }
    input.append("not json\n[\"a list\"]\n{\"id\":[1]}\n{\"id\":\"x\",\"id\":\"y\"}\n{\"id\":\"n\",\"numbness\":[\"yes\"]}\n")
        .append("{\"chest_pain\":\"yes\",\"chest_pain\":\"no\"}\n{\"id\":\"z\",\"numbnes\":\"yes\"}\n")
        .append("{\"id\":\"long\",\"x\":\"").append("y".repeat(Batch.MAX_LINE)).append("\"}\n")
        .append(Files.readString(Path.of(answersFile()))).append('\n'); // self-care: every sign no
    byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
    byte[] withBadUtf8 = new byte[bytes.length + 5];
    System.arraycopy(bytes, 0, withBadUtf8, 0, bytes.length);
    System.arraycopy(new byte[] {'{', '"', (byte) 0xff, '"', '\n'}, 0, withBadUtf8, bytes.length, 5);
    Set<String> seen = new TreeSet<>();
    for (String[] args : List.of(new String[] {"batch"}, new String[] {"batch", "--strict"},
        new String[] {"batch", "--lang", "es", "-"})) {
      Cli.Result result = Cli.run(withBadUtf8, args);
      assertEquals(65, result.exit(), result.err());
      assertEquals(410, Schemas.assertEveryLineValid("batch-line", result.out()));
      for (String line : result.out().lines().toList()) {
        Matcher error = ERROR.matcher(line);
        seen.add(error.find() ? error.group(1) : level(line));
      }
    }
    assertEquals(Set.of("self-care", "see-professional", "urgent", "emergency", "incomplete", "invalid-answer",
        "unknown-question", "invalid-json"), seen);
    // A batch of the small questionnaire, where nothing is assumed: every line a verdict.
    Cli.Result clean = Cli.run("{\"id\":1,\"chest\":\"yes\"}\n{\"chest\":\"no\",\"numb\":\"no\",\"pops\":3,"
        + "\"sitting\":\"many\"}\n", "batch", "--questions", small);
    assertEquals(0, clean.exit(), clean.err());
    assertEquals(2, Schemas.assertEveryLineValid("batch-line", clean.out()));
  }

  @Test
  void aWrongTypeOrAMissingFieldIsCaught() {
    String verdict = Cli.run("", "--questions", small, "--format", "json", "--answer", "chest=yes").out();
    assertCaught("verdict", verdict.replace("\"unused\":[]", "\"unused\":null"), "unused");
    assertCaught("verdict", verdict.replaceFirst("\"title\":\"[^\"]*\",", ""), "title");
    assertCaught("verdict", verdict.replace("\"level\":\"emergency\"", "\"level\":\"critical\""), "level");
    assertCaught("verdict", verdict.replace("\"answer\":\"yes\"", "\"answer\":true"), "answer");
    String error = Cli.run("", "--questions", small, "--format", "json", "--answer", "pops=lots").err();
    assertCaught("error", error.replace("\"min\":0", "\"min\":\"0\""), "min");
    assertCaught("error", error.replaceFirst("\"message\":\"[^\"]*\",", ""), "message");
    String lines = Cli.run("{\"id\":7,\"chest\":\"yes\"}\n{\"id\":8,\"chest\":\"maybe\"}\n", "batch",
        "--questions", small).out();
    String verdictLine = lines.lines().toList().get(0);
    String errorLine = lines.lines().toList().get(1);
    Schemas.assertValid("batch-line", verdictLine);
    Schemas.assertValid("batch-line", errorLine);
    assertCaught("batch-line", verdictLine.replace("\"id\":7", "\"id\":7.5"), "id");
    assertCaught("batch-line", errorLine.replace("\"line\":2,", ""), "line");
    assertCaught("batch-line", errorLine.replace("\"line\":2", "\"line\":\"2\""), "line");
  }

  /** The schema refuses {@code json}, and says so about {@code field}. */
  static void assertCaught(String schema, String json, String field) {
    List<String> errors = Schemas.errors(schema, json).stream().map(Object::toString).toList();
    assertFalse(errors.isEmpty(), schema + " let through: " + json);
    assertTrue(errors.stream().anyMatch(error -> error.contains(field)), field + " is named in " + errors);
  }
}
