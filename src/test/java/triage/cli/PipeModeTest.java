package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** Answers from a pipe: strict, one per line, verdict on stdout, errors with distinct exit codes. */
class PipeModeTest {

  @TempDir
  Path dir;

  private Path small;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    small = Trees.writeSmall(dir);
  }

  @Test
  void aFullWalkPrintsTheVerdictOnStdoutAndPromptsOnStderr() throws Exception {
    Cli.Result result = Cli.run("no\nno\n12\nmany\n", "--questions", small.toString());
    assertEquals(0, result.exit());
    assertEquals("""

         SEE A PROFESSIONAL  Soon

        What to do
          - Book a visit.
          - Take breaks.

        Why
          - Pops a day? You answered: 12.

        Not a diagnosis.

        Get help sooner if
          Seek help if it gets worse.

        ------------------------------------------------------------
         SEE A PROFESSIONAL  Soon
        First: Book a visit.
        Sooner: Seek help if it gets worse.
        """, result.out());
    assertTrue(result.err().contains("Question 1 · up to 3 more after this\nChest pain?\n  yes / no / unsure\n> no\n"),
        result.err());
    assertTrue(result.err().contains("  few: Under 4 hours\n  many: 4 hours or more\n  few / many\n> many\n"),
        result.err());
  }

  @Test
  void quietMeansNoPrompts() throws Exception {
    Cli.Result result = Cli.run("yes\n", "--quiet", "--questions", small.toString());
    assertEquals(0, result.exit());
    assertEquals("", result.err());
    assertTrue(result.out().contains("!! EMERGENCY: Call now !!"), result.out());
  }

  @Test
  void inputThatEndsEarlyGivesNoVerdict() throws Exception {
    Cli.Result result = Cli.run("no\nno\n", "-q", "--questions", small.toString());
    assertEquals(3, result.exit());
    assertEquals("", result.out());
    assertEquals("triage: Input ended before the question “Pops a day?” was answered, so there is no result.\n",
        result.err());
  }

  @Test
  void aLineThatIsNotAnAnswerIsAnErrorNotAReAsk() throws Exception {
    Cli.Result result = Cli.run("no\nmaybe\nno\n0\nfew\n", "-q", "--questions", small.toString());
    assertEquals(65, result.exit());
    assertEquals("", result.out());
    assertEquals("triage: line 2: `maybe` is not an answer to “Numbness?”; answer yes, no or unsure.\n",
        result.err());
  }

  @Test
  void optionNumbersAreNotAcceptedFromAPipe() throws Exception {
    Cli.Result result = Cli.run("no\nno\n0\n2\n", "-q", "--questions", small.toString());
    assertEquals(65, result.exit());
    assertEquals("triage: line 4: `2` is not an answer to “Hours sitting?”; answer few or many.\n", result.err());
  }

  @Test
  void linesLeftAfterTheVerdictAreAWarningAndWithStrictAnError() throws Exception {
    Cli.Result warned = Cli.run("yes\nno\nno\ngarbage\n", "-q", "--questions", small.toString());
    assertEquals(0, warned.exit());
    assertTrue(warned.out().contains("!! EMERGENCY: Call now !!"), warned.out());
    assertEquals("triage: warning: line 2 and 2 more came after the result and were not read; the first: `no`\n",
        warned.err());
    Cli.Result one = Cli.run("yes\n\n  \ngarbage\n", "-q", "--questions", small.toString());
    assertEquals("triage: warning: line 4 came after the result and was not read: `garbage`\n", one.err());
    Cli.Result strict = Cli.run("yes\nno\nno\ngarbage\n", "-q", "--strict", "--format", "json", "--questions",
        small.toString());
    assertEquals(65, strict.exit());
    assertEquals("", strict.out());
    assertEquals("{\"error\":\"invalid-answer\",\"message\":\"line 2: `no` comes after the result, with 2 more;"
        + " with --strict, lines left over are an error, so there is no result\",\"line\":2}\n", strict.err());
    Cli.Result clean = Cli.run("yes\n\n", "-q", "--strict", "--questions", small.toString());
    assertEquals(0, clean.exit());
    assertEquals("", clean.err());
  }

  @Test
  void everyErrorFromAPipeNamesItsLine() throws Exception {
    Cli.Result ended = Cli.run("no\n", "--format", "json", "--questions", small.toString());
    assertEquals("{\"error\":\"incomplete\",\"message\":\"Input ended before question `numb` was answered, so"
        + " there is no result.\",\"line\":2,\"question\":\"numb\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}\n",
        ended.err());
    Cli.Result rejected = Cli.run("no\nmaybe\n", "--format", "json", "--questions", small.toString());
    assertEquals("{\"error\":\"invalid-answer\",\"message\":\"line 2: `maybe` is not an answer to question `numb`;"
        + " it accepts yes, no, unsure\",\"line\":2,\"question\":\"numb\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}\n",
        rejected.err());
  }

  @Test
  void aBatchLineReplaysThroughRunItsIdIgnored() throws Exception {
    Path line = Files.writeString(dir.resolve("line.json"), "{\"id\":\"p7\",\"chest\":\"no\",\"numb\":\"yes\"}");
    Cli.Result result = Cli.run("", "--answers", line.toString(), "--questions", small.toString(), "--format", "json");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("{\"level\":\"urgent\""), result.out());
    Cli.Result named = Cli.run("", "--answer", "id=p7", "--questions", small.toString(), "--format", "json");
    assertEquals("{\"error\":\"unknown-question\",\"message\":\"there is no question `id`\",\"question\":\"id\","
        + "\"did_you_mean\":null}\n", named.err());
  }

  @Test
  void windowsLineEndsAreFine() throws Exception {
    Cli.Result result = Cli.run("no\r\nno\r\n0\r\nfew\r\n", "-q", "--questions", small.toString());
    assertEquals(0, result.exit());
    assertTrue(result.out().contains(" SELF-CARE  Move gently"), result.out());
  }

  @Test
  void anInvalidQuestionnaireIsReportedLineByLineWithExit78() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Trees.SMALL.replace("yes: {next: emergency}", "yes: {next: emergncy}")
        .replace("    text: Numbness?", "    txet: Numbness?"));
    Cli.Result result = Cli.run("", "--questions", broken.toString());
    assertEquals(78, result.exit());
    assertEquals("", result.out());
    assertEquals(broken + ":16:19: error: question `chest` sends `yes` to `emergncy`, which does not exist;"
        + " did you mean `emergency`? [reference]\n"
        + broken + ":19:5: error: question `numb`: `text` is missing [missing]\n"
        + broken + ":22:5: error: question `numb`: unknown key `txet`; did you mean `text`? [unknown-key]\n",
        result.err());
  }

  @Test
  void aFileThatCannotBeReadExits66() throws Exception {
    Cli.Result result = Cli.run("", "--questions", dir.resolve("nope.yaml").toString());
    assertEquals(66, result.exit());
    assertEquals("triage: cannot read " + dir.resolve("nope.yaml") + ": no such file\n", result.err());
    Cli.Result folder = Cli.run("", "--questions", dir.toString());
    assertEquals(66, folder.exit());
    assertEquals("triage: cannot read " + dir + ": it is a folder, not a file\n", folder.err());
  }

  @Test
  void theEnvironmentVariableChoosesTheFileAndTheOptionWins() throws Exception {
    Cli.Result fromEnv = Cli.run(Map.of("TRIAGE_QUESTIONS", small.toString()), "yes\n", "-q", "--verbose");
    assertEquals(0, fromEnv.exit());
    assertTrue(fromEnv.out().contains("Questionnaire test version 1.0.0 (" + small + ")\n"), fromEnv.out());
    Cli.Result option = Cli.run(Map.of("TRIAGE_QUESTIONS", dir.resolve("nope.yaml").toString()), "yes\n", "-q",
        "--questions", small.toString());
    assertEquals(0, option.exit());
  }

  @Test
  void withoutAFileTheBuiltInQuestionnaireRuns() throws Exception {
    Cli.Result result = Cli.run("yes\n", "-q", "--verbose");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains(" (built-in)\nsha256 "), result.out());
    assertFalse(Cli.run("yes\n", "-q").out().contains("sha256"), "which questionnaire ran is for --verbose");
  }

  @Test
  void theRunCommandIsTheSameAsNoCommand() throws Exception {
    Cli.Result plain = Cli.run("yes\n", "-q", "--questions", small.toString());
    Cli.Result run = Cli.run("yes\n", "run", "-q", "--questions", small.toString());
    assertEquals(plain, run);
  }

  @Test
  void aWrongOptionIsAUsageError() throws Exception {
    Cli.Result result = Cli.run("", "--frobnicate");
    assertEquals(64, result.exit());
    assertEquals("triage: Unknown option: `--frobnicate`; try `triage --help`\n", result.err());
  }
}
