package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static triage.Hostile.assertRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Subprocess;
import triage.Trees;

/**
 * Questionnaire, scenario and answers files written to change what they mean or to exhaust the
 * machine (issue 12): each is refused at its place with exit 78 (66 for what is not a regular file),
 * never read into a verdict. Questionnaires run in a JVM of their own with a 512 MB heap.
 */
class HostileFilesTest {

  @TempDir
  Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  // Tags: a file means only what it says.

  @Test
  void aNullTagCannotDeleteARedFlag() throws Exception {
    assertRefused(file("null-flag.yaml", Trees.small("red_flag: emergency", "red_flag: !!null emergency")), 12, 15,
        "tags such as `!!null` are not allowed: they can change what a value means; write the value plainly (quote"
            + " it to keep it text) [syntax]");
  }

  @Test
  void aNullTagCannotDropARaise() throws Exception {
    assertRefused(file("null-raise.yaml", Trees.small("unsure: {next: numb, raise: urgent}",
        "unsure: {next: numb, raise: !!null urgent}")), 18, 35, "tags such as `!!null` are not allowed: they can"
        + " change what a value means; write the value plainly (quote it to keep it text) [syntax]");
  }

  @Test
  void everyKindOfTagIsRefusedOnScalarsAndCollections() throws Exception {
    String[][] cases = {
        {"text: Chest pain?", "text: !!str Chest pain?", "13:11", "!!str"},
        {"min: 0", "min: !!int 0", "30:10", "!!int"},
        {"text: Chest pain?", "text: !!bool yes", "13:11", "!!bool"},
        {"text: Chest pain?", "text: !!binary Q2hlc3Q=", "13:11", "!!binary"},
        {"text: Chest pain?", "text: !x Chest pain?", "13:11", "!x"},
        {"text: Chest pain?", "text: !<tag:example.com,2026:t> Chest pain?", "13:11", "!<tag:example.com,2026:t>"},
        {"advice: [call]}", "advice: !!seq [call]}", "42:64", "!!seq"},
        {"answers:\n      yes: {next: emergency}", "answers: !!map\n      yes: {next: emergency}", "15:14", "!!map"},
    };
    for (String[] c : cases) {
      String[] at = c[2].split(":");
      assertRefused(file("tag.yaml", Trees.small(c[0], c[1])), Integer.parseInt(at[0]), Integer.parseInt(at[1]),
          "tags such as `" + c[3] + "` are not allowed: they can change what a value means; write the value plainly"
              + " (quote it to keep it text) [syntax]");
    }
  }

  @Test
  void aTagDirectiveIsRefused() throws Exception {
    assertRefused(file("directive.yaml", "%TAG !e! tag:example.com,2026:\n---\n" + Trees.SMALL), 1, 1,
        "`%TAG` directives are not allowed: a file means only what it says [syntax]");
  }

  @Test
  void tagsAreRefusedInScenarioAndAnswersFilesToo() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path scenarios = file("scenarios.yaml", "scenarios:\n  - {name: calm, answers: {chest: !!str no}, level: self-care}\n");
    Cli.Result test = Cli.run("", "test", "--questions", small.toString(), scenarios.toString());
    assertEquals(78, test.exit(), test.err());
    assertTrue(test.err().startsWith(scenarios + ":2:35: error: tags such as `!!str` are not allowed"), test.err());
    Path answers = file("answers.yaml", "chest: !!str yes\n");
    Cli.Result run = Cli.run("", "--questions", small.toString(), "--answers", answers.toString());
    assertEquals(65, run.exit(), run.err());
    assertTrue(run.err().startsWith(answers + ":1:8: error: tags such as `!!str` are not allowed"), run.err());
    assertEquals("", run.out());
  }

  // Answer words: "not sure" or "y" can never mean no.

  @Test
  void aWordThatStandsForTwoAnswersOrLooksLikeAnotherIsRefused() throws Exception {
    String words = Trees.small("escalation:", "languages:\n  en: {yes: [yes], no: [no, maybe], unsure: [unsure, maybe]}"
        + "\nescalation:");
    assertRefused(file("twice.yaml", words), 7, 45, "language `en`: `maybe` would stand for both no and unsure;"
        + " a word may stand for one answer only [answer-words]");
    String moved = Trees.small("escalation:", "languages:\n  en: {yes: [yes], no: [no, not sure], unsure: [unsure]}\n"
        + "escalation:");
    assertRefused(file("moved.yaml", moved), 7, 24, "language `en`: `not sure` means unsure, so it cannot stand for no; a"
        + " person typing it would mean unsure [answer-words]");
    String y = Trees.small("escalation:", "languages:\n  en: {yes: [yes], no: [no, ye], unsure: [unsure]}\nescalation:");
    assertRefused(file("y.yaml", y), 7, 24, "language `en`: `ye` stands for no, but it is how yes begins; a person typing"
        + " it would mean yes [answer-words]");
    String abbreviation = Trees.small("escalation:", "languages:\n  en: {yes: [yes], no: [no], unsure: [unsure],"
        + " abbreviations: {y: no}}\nescalation:");
    assertRefused(file("abbreviation.yaml", abbreviation), 7, 64, "language `en`: `y` means yes, so it cannot stand for"
        + " no; a person typing it would mean yes [answer-words]");
    String value = Trees.small("escalation:", "languages:\n  en: {yes: [yes], no: [no, unsure], unsure: [not sure]}\n"
        + "escalation:");
    assertRefused(file("value.yaml", value), 7, 24, "language `en`: `unsure` would stand for both unsure and no; a word"
        + " may stand for one answer only [answer-words]");
  }

  @Test
  void aWordThatMovesToAnotherAnswerIsAVerdictChangeInDiff() throws Exception {
    Path before = file("before.yaml", Trees.small("escalation:", "languages:\n  en: {yes: [yes], no: [no], unsure:"
        + " [unsure, maybe]}\nescalation:"));
    Path after = file("after.yaml", Trees.small("escalation:", "languages:\n  en: {yes: [yes], no: [no, maybe],"
        + " unsure: [unsure]}\nescalation:"));
    Cli.Result diff = Cli.run("", "diff", before.toString(), after.toString());
    assertEquals(1, diff.exit(), diff.out() + diff.err());
    assertTrue(diff.out().contains("Answer words that now mean another answer (verdicts can change): 1\n"
        + "  `maybe` [en]: unsure is now no\n"), diff.out());
  }

  // Ids the batch reads for itself.

  @Test
  void aQuestionCannotBeCalledId() throws Exception {
    assertRefused(file("id.yaml", Trees.small("- id: numb", "- id: id").replace("next: numb", "next: id")), 19, 9,
        "question `id`: `id` is kept for the answer set's own id in batch lines and answers files, so a question cannot"
            + " have it; choose another id [id]");
  }

  @Test
  void aBatchLineWithAKeyTwiceIsAnError() throws Exception {
    Path small = Trees.writeSmall(dir);
    Cli.Result batch = Cli.run("{\"id\":1,\"id\":2,\"chest\":\"yes\"}\n{\"id\":3,\"chest\":\"no\",\"chest\":\"yes\"}\n",
        "batch", "--questions", small.toString());
    assertEquals(65, batch.exit(), batch.err());
    String[] lines = batch.out().split("\n");
    assertEquals("{\"id\":1,\"line\":1,\"error\":\"invalid-answer\",\"message\":\"`id` is given twice; a line has one"
        + " id\"}", lines[0]);
    assertTrue(lines[1].startsWith("{\"id\":3,\"line\":2,\"error\":\"invalid-answer\",\"message\":\"`chest` is answered"
        + " twice\""), lines[1]);
  }

  // Numbers at the edges of a long.

  @Test
  void rangesAtTheEndsOfALongNeitherGapNorOverflow() throws Exception {
    String wide = Trees.small("min: 0\n    max: 1000\n    ranges:\n      - {min: 0, max: 9, next: sitting}\n"
        + "      - {min: 10, max: 1000, next: sitting, raise: see-professional}",
        "min: -9223372036854775808\n    max: 9223372036854775807\n    ranges:\n"
            + "      - {min: -9223372036854775808, max: 9, next: sitting}\n"
            + "      - {min: 10, max: 9223372036854775807, next: sitting, raise: see-professional}");
    Cli.Result validate = Cli.run("", "validate", file("wide.yaml", wide).toString());
    assertEquals(0, validate.exit(), validate.out() + validate.err());
    String lowered = wide.replace("{min: 10, max: 9223372036854775807, next: sitting, raise: see-professional}",
        "{min: 10, max: 9223372036854775806, next: sitting, raise: see-professional}\n"
            + "      - {min: 9223372036854775807, max: 9223372036854775807, next: sitting}");
    Cli.Result diff = Cli.run("", "diff", dir.resolve("wide.yaml").toString(), file("lowered.yaml", lowered).toString());
    assertEquals(1, diff.exit(), "the top number no longer raises: a verdict changed\n" + diff.out());
    assertTrue(diff.out().contains("pops=9223372036854775807"), diff.out());
  }

  @Test
  void digitsOfOtherScriptsAreNotNumbers() throws Exception {
    assertRefused(file("arabic.yaml", Trees.small("    max: 1000", "    max: \u0661\u0660\u0660\u0660")), 31, 10,
        "question `pops`: `max` must be a whole number, not `\u0661\u0660\u0660\u0660` [type]");
    assertRefused(file("fullwidth.yaml", Trees.small("    min: 0", "    min: \uff10")), 30, 10,
        "question `pops`: `min` must be a whole number, not `\uff10` [type]");
  }

  // Only the person's own terminal draws the screen.

  @Test
  void escapeSequencesAndBidiControlsInTextsAreRefused() throws Exception {
    assertRefused(file("escape.yaml", Trees.small("text: Chest pain?", "text: \"\\e[32mSELF-CARE\\e[0m\"")), 13, 11,
        "`\\u001b[32mSELF-CARE\\u001b[0m` holds the character U+001B, a control character that could drive the terminal"
            + " of whoever reads it; remove it [characters]");
    assertRefused(file("title.yaml", Trees.small("title: Call now", "title: \"\\e]0;pwned\\a\"")), 42, 46,
        "`\\u001b]0;pwned\\u0007` holds the character U+001B, a control character that could drive the terminal of"
            + " whoever reads it; remove it [characters]");
    assertRefused(file("bidi.yaml", Trees.small("text: Chest pain?", "text: \"Chest \\u202Epain?\"")), 13, 11,
        "`Chest \\u202epain?` holds the character U+202E, which reverses the text around it; remove it [characters]");
  }

  @Test
  void validateEchoesNoRawControlCharacter() throws Exception {
    Path keys = file("keys.yaml", Trees.small("    red_flag: emergency\n", "    red_flag: emergency\n    \"\\e[2J\": 1\n"));
    Cli.Result validate = Cli.run("", "validate", keys.toString());
    assertEquals(78, validate.exit());
    assertTrue(!validate.out().contains("\u001b") && !validate.err().contains("\u001b"), validate.out());
    assertTrue(validate.out().contains("\\u001b[2J"), validate.out());
  }

  @Test
  void scenarioNamesCannotDrawOk() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path scenarios = file("names.yaml", "scenarios:\n  - {name: \"x\\rok    everything fine\", answers: {chest: yes},"
        + " level: self-care}\n");
    Cli.Result test = Cli.run("", "test", "--questions", small.toString(), scenarios.toString());
    assertEquals(78, test.exit(), test.out());
    assertTrue(!test.out().contains("\r") && !test.err().contains("\r"), test.err());
  }

  @Test
  void aLineBreakInAScenarioNameCannotDrawOkEither() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path scenarios = file("names.yaml", "scenarios:\n  - {name: \"x\\nok    everything fine\", answers: {chest: yes},"
        + " level: self-care}\n");
    Cli.Result test = Cli.run("", "test", "--questions", small.toString(), scenarios.toString());
    assertEquals(1, test.exit(), test.out() + test.err());
    assertTrue(test.out().startsWith("FAIL  x\\u000aok    everything fine  ("), test.out());
    assertFalse(test.out().contains("\nok"), test.out());
  }

  @Test
  void aReportShowsOtherPeoplesFieldsVisiblyAndDefusesSpreadsheetFormulas() throws Exception {
    Path transcripts = file("hostile.jsonl", "{\"transcript\":1,\"asked\":[{\"question\":\"=HYPERLINK(\\\"http://x\\\","
        + "\\\"a,b\\\")\",\"text\":\"t1\",\"answer\":\"@SUM(1)\",\"ms\":5,\"help\":0,\"back\":0,\"rejected\":0},"
        + "{\"question\":\"q\\u001b[31m\\u202e\",\"text\":\"t2\",\"answer\":\"-2\\nline\",\"ms\":5,\"help\":0,\"back\":0,"
        + "\"rejected\":0}],\"end\":\"verdict\",\"level\":\"urgent\",\"outcome\":\"urgent\"}\n");
    Cli.Result csv = Cli.run("", "report", "--format", "csv", transcripts.toString());
    assertEquals(0, csv.exit(), csv.err());
    assertEquals("""
        question,wording,language,versions,words,asked,answered,unsure_rate,help_rate,back_rate,rejected_rate,median_ms,answers
        "'=HYPERLINK(""http://x"",""a,b"")",t1,,,,1,1,0.0000,0.0000,0.0000,0.0000,5,'@SUM(1)=1
        q\\u001b[31m\\u202e,t2,,,,1,1,0.0000,0.0000,0.0000,0.0000,5,"'-2
        line=1"
        """, csv.out());
    Cli.Result text = Cli.run("", "report", transcripts.toString());
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("\nq\\u001b[31m\\u202e  t2                     1    0.0%    0.0%    0.0%     0.0%    0.0 s  "
        + "-2\\u000aline 1\n"), text.out());
    Cli.Result json = Cli.run("", "report", "--format", "json", transcripts.toString());
    assertTrue(json.out().contains("{\"question\":\"q\\u001B[31m\\u202E\",\"wordings\":[{\"text\":\"t2\",\"asked\":1,"
        + "\"answered\":1,\"answers\":{\"-2\\nline\":1}"), json.out());
    for (Cli.Result result : List.of(csv, text, json)) {
      assertTrue(result.out().chars().noneMatch(c -> c == 0x1b || c == 0x202e), result.out());
    }
  }

  @Test
  void aReportOverAHundredThousandIdsStaysInASmallHeapAndSaysWhatItLeftOut() throws Exception {
    Path transcripts = dir.resolve("many.jsonl");
    try (var out = Files.newBufferedWriter(transcripts)) {
      for (int i = 0; i < 100_000; i++) {
        out.write("{\"transcript\":1,\"asked\":[{\"question\":\"q" + i + "\",\"text\":\"t" + i + "\",\"answer\":\"a" + i
            + "\",\"ms\":5,\"help\":0,\"back\":0,\"rejected\":0}],\"end\":\"verdict\",\"level\":\"urgent\","
            + "\"outcome\":\"urgent\"}\n");
      }
    }
    Subprocess report = Subprocess.start(List.of("-Xmx128m"), "report", "--format", "json", transcripts.toString());
    report.closeInput();
    assertEquals(0, report.exitCode(), report.err());
    assertTrue(report.out().startsWith("{\"sessions\":100000,\"left_out\":0,\"unreadable_lines\":0,\"dropped\":98000,"), report.out());
  }

  // Bounded time and memory, whatever the file.

  @Test
  void aTenMegabyteWordIsRefusedUnread() throws Exception {
    assertRefused(file("word.yaml", "id: " + "a".repeat(10_000_000) + "\n"), 1, 66561,
        "line 1 is 10000004 characters long, more than the 66560 a line may have; write a long text over several"
            + " lines [size]");
  }

  @Test
  void aTenMegabyteTextOverManyLinesIsRefused() throws Exception {
    assertRefused(file("text.yaml", "id: >-\n" + ("  " + "word ".repeat(20) + "\n").repeat(100_000)), 1, 5,
        "a text of 10099999 characters is longer than the 65536 a questionnaire's text may have [size]");
  }

  @Test
  void aFlowListOfTwoMillionItemsIsRefused() throws Exception {
    assertRefused(file("flow.yaml", "id: [" + "1,".repeat(2_000_000) + "1]\n"), 1, 66561,
        "line 1 is 4000007 characters long, more than the 66560 a line may have; write a long text over several lines"
            + " [size]");
  }

  @Test
  void aBlockListOfTwoMillionItemsIsRefused() throws Exception {
    assertRefused(file("block.yaml", "id:\n" + "- 1\n".repeat(2_000_000)), 100_002, 3,
        "a list or map has more than 100000 items; a questionnaire never needs that many [size]");
  }

  @Test
  void aThousandAliasesToALongTextAreRefused() throws Exception {
    assertRefused(file("aliases.yaml", "a: &t " + "x".repeat(60_000) + "\nb: [" + "*t,".repeat(999) + "*t]\n"), 2, 56,
        "aliases (`*name`) repeat more than 1048576 characters in all; a questionnaire never needs that, and a file"
            + " that does may be a YAML bomb [size]");
  }

  @Test
  void devicesPipesAndFoldersAreRefusedUnopened() throws Exception {
    Path fifo = dir.resolve("fifo");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    for (String path : List.of("/dev/zero", fifo.toString(), dir.toString())) {
      for (String[] args : List.of(new String[] {"validate", path}, new String[] {"--questions", path},
          new String[] {"report", path}, new String[] {"batch", path}, new String[] {"--answers", path})) {
        Subprocess run = Subprocess.start(List.of("-Xmx512m"), args);
        run.closeInput();
        assertEquals(66, run.exitCode(), String.join(" ", args) + ": " + run.err());
        assertTrue(run.err().startsWith("triage: cannot read " + path + ": "), run.err());
      }
    }
  }
}
