package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.BuiltIn;
import triage.Cli;
import triage.Trees;

/** Answers by id, JSON out, errors as JSON, exit codes by level. */
class ScriptsTest {

  @TempDir
  Path dir;

  private String small;
  private String sha;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    Path file = Trees.writeSmall(dir);
    small = file.toString();
    sha = Trees.SMALL_SHA256;
  }

  private Cli.Result run(String stdin, String... args) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = "--questions";
    all[1] = small;
    System.arraycopy(args, 0, all, 2, args.length);
    return Cli.run(stdin, all);
  }

  @Test
  void theJsonVerdictHasEveryFieldInAFixedOrder() throws Exception {
    Cli.Result result = run("", "--format", "json", "--answer", "chest=no", "--answer", "numb=unsure",
        "--answer", "pops=12", "--answer", "sitting=many", "--answer", "ignored_here=yes".replace("ignored_here", "chest"));
    assertEquals(64, result.exit(), "the same id twice is a usage error");
    result = run("", "--format", "json", "--answer", "chest=no", "--answer", "numb=unsure", "--answer", "pops=12",
        "--answer", "sitting=many");
    assertEquals(0, result.exit(), result.err());
    assertEquals("", result.err());
    assertEquals("{\"level\":\"see-professional\",\"outcome\":\"see_pro\",\"title\":\"Soon\","
        + "\"advice\":[{\"id\":\"soon\",\"text\":\"Book a visit.\"},{\"id\":\"breaks\",\"text\":\"Take breaks.\"}],"
        + "\"reasons\":[{\"question\":\"numb\",\"answer\":\"unsure\",\"level\":\"see-professional\"},"
        + "{\"question\":\"pops\",\"answer\":12,\"level\":\"see-professional\"}],"
        + "\"path\":[{\"question\":\"chest\",\"text\":\"Chest pain?\",\"answer\":\"no\"},"
        + "{\"question\":\"numb\",\"text\":\"Numbness?\",\"answer\":\"unsure\"},"
        + "{\"question\":\"pops\",\"text\":\"Pops a day?\",\"answer\":12},"
        + "{\"question\":\"sitting\",\"text\":\"Hours sitting?\",\"answer\":\"many\"}],"
        + "\"unused\":[],\"assumed_unsure\":[],\"not_a_diagnosis\":\"Not a diagnosis.\","
        + "\"seek_help_if\":\"Seek help if it gets worse.\",\"emergency_number\":null,"
        + "\"language\":\"en\",\"questionnaire\":{\"id\":\"test\",\"version\":\"1.0.0\",\"sha256\":\"" + sha + "\",\"source\":\"" + small
        + "\"}}\n", result.out());
  }

  @Test
  void theBuiltInQuestionnaireIsReportedWithTheSha256OfItsBytes() throws Exception {
    Cli.Result result = Cli.run("", "--format", "json", "--answer", "chest_pain=yes");
    assertTrue(result.out().endsWith(",\"questionnaire\":{\"id\":\"upper-back-pop\",\"version\":\"2.1.0\",\"sha256\":\""
        + BuiltIn.SHA256 + "\",\"source\":\"built-in\"}}\n"), result.out());
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    Cli.Result first = run("", "--format", "json", "--answer", "chest=yes");
    Cli.Result second = run("", "--format", "json", "--answer", "chest=yes");
    assertEquals(first, second);
  }

  @Test
  void selfCareCarriesTheSafetyNetAndAnswersNotReachedAreUnused() throws Exception {
    Cli.Result result = run("", "--format", "json", "--answers", "-",
        "--answer", "sitting=few");
    assertEquals(65, result.exit(), "an empty answers file is not a map");
    Path answers = dir.resolve("answers.json");
    Files.writeString(answers, "{\"chest\": \"no\", \"numb\": \"no\", \"pops\": 3, \"sitting\": \"many\"}");
    result = run("", "--format", "json", "--answers", answers.toString(), "--answer", "sitting=few");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains("\"level\":\"self-care\""), result.out());
    assertTrue(result.out().contains("\"seek_help_if\":\"Seek help if it gets worse.\""), result.out());
    assertTrue(result.out().contains("{\"question\":\"sitting\",\"text\":\"Hours sitting?\",\"answer\":\"few\"}"),
        "--answer wins over the file: " + result.out());
    Cli.Result unused = run("", "--format", "json", "--answer", "chest=yes", "--answer", "pops=40");
    assertTrue(unused.out().contains("\"unused\":[\"pops\"]"), unused.out());
  }

  @Test
  void answersMayComeAsYamlFromStdin() throws Exception {
    Cli.Result result = run("chest: no\nnumb: yes\n", "--answers", "-");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains(" URGENT  Today"), result.out());
  }

  @Test
  void anUnknownQuestionIsRefusedWithADidYouMean() throws Exception {
    Cli.Result text = run("", "--answer", "numbness=no", "--answer", "chest=no");
    assertEquals(65, text.exit());
    assertEquals("triage: there is no question `numbness`; did you mean `numb`?\n", text.err());
    Cli.Result json = run("", "--format", "json", "--answer", "cheest=yes");
    assertEquals(65, json.exit());
    assertEquals("", json.out());
    assertEquals("{\"error\":\"unknown-question\",\"message\":\"there is no question `cheest`; did you mean `chest`?\","
        + "\"question\":\"cheest\",\"did_you_mean\":\"chest\"}\n", json.err());
  }

  @Test
  void aValueThatIsNotAcceptedNamesWhatIs() throws Exception {
    Cli.Result json = run("", "--format", "json", "--answer", "chest=maybe");
    assertEquals(65, json.exit());
    assertEquals("{\"error\":\"invalid-answer\",\"message\":\"`maybe` is not an answer to question `chest`; it accepts"
        + " yes, no, unsure\",\"question\":\"chest\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}\n", json.err());
    Cli.Result number = run("", "--format", "json", "--answer", "pops=lots");
    assertEquals(65, number.exit());
    assertEquals("{\"error\":\"invalid-answer\",\"message\":\"`lots` is not an answer to question `pops`; it accepts"
        + " a whole number from 0 to 1000\",\"question\":\"pops\",\"accepts\":{\"min\":0,\"max\":1000}}\n", number.err());
  }

  @Test
  void aQuestionReachedWithoutAnAnswerEndsTheRunWithNoVerdict() throws Exception {
    Cli.Result json = run("", "--format", "json", "--answer", "chest=no");
    assertEquals(3, json.exit());
    assertEquals("", json.out());
    assertEquals("{\"error\":\"incomplete\",\"message\":\"question `numb` has no answer, so there is no verdict; give"
        + " one with --answer numb=VALUE\",\"question\":\"numb\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}\n", json.err());
    Cli.Result noInput = run("yes\n", "--no-input");
    assertEquals(3, noInput.exit());
    assertEquals("triage: The question “Chest pain?” has no answer, so there is no result; give one with --answer"
        + " chest=VALUE\n", noInput.err());
  }

  @Test
  void usageErrorsAreJsonWhenJsonIsAskedFor() throws Exception {
    Cli.Result pair = run("", "--format", "json", "--answer", "chest");
    assertEquals(64, pair.exit());
    assertEquals("{\"error\":\"usage\",\"message\":\"--answer takes ID=VALUE, e.g. --answer numbness=no; not"
        + " `chest`\"}\n", pair.err());
    Cli.Result option = Cli.run("", "--format=json", "--wat");
    assertEquals(64, option.exit());
    assertEquals("{\"error\":\"usage\",\"message\":\"Unknown option: '--wat'; try `triage --help`\"}\n", option.err());
  }

  @Test
  void filesThatCannotBeReadAreUnreadableFileErrors() throws Exception {
    Cli.Result answers = run("", "--format", "json", "--answers", dir.resolve("none.json").toString());
    assertEquals(66, answers.exit());
    assertEquals("{\"error\":\"unreadable-file\",\"message\":\"cannot read " + dir.resolve("none.json")
        + ": no such file\"}\n", answers.err());
  }

  @Test
  void aBrokenAnswersFileIsReportedWhereItIsBroken() throws Exception {
    Path answers = dir.resolve("answers.yaml");
    Files.writeString(answers, "chest: no\nnumb: [yes]\n");
    Cli.Result result = run("", "--answers", answers.toString());
    assertEquals(65, result.exit());
    assertEquals(answers + ":2:7: error: the answer to `numb` must be a single value, not a list [type]\n",
        result.err());
  }

  @Test
  void anInvalidQuestionnaireIsOneJsonErrorWithItsProblems() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Trees.SMALL.replace("yes: {next: emergency}", "yes: {next: emergncy}"));
    Cli.Result result = Cli.run("", "--questions", broken.toString(), "--format", "json", "--answer", "chest=no");
    assertEquals(78, result.exit());
    assertEquals("{\"error\":\"invalid-questionnaire\",\"message\":\"" + broken + " is not a valid questionnaire: 1"
        + " error\",\"problems\":[{\"file\":\"" + broken + "\",\"line\":16,\"column\":19,\"severity\":\"error\","
        + "\"rule\":\"reference\",\"message\":\"question `chest` sends `yes` to `emergncy`, which does not exist; did"
        + " you mean `emergency`?\"}]}\n", result.err());
  }

  @Test
  void exitCodesByLevel() throws Exception {
    assertEquals(30, run("", "--exit-by-level", "--answer", "chest=yes").exit());
    assertEquals(20, run("", "--exit-by-level", "--answer", "chest=no", "--answer", "numb=yes").exit());
    assertEquals(10, run("", "--exit-by-level", "--answer", "chest=no", "--answer", "numb=no", "--answer", "pops=10",
        "--answer", "sitting=few").exit());
    assertEquals(0, run("", "--exit-by-level", "--answer", "chest=no", "--answer", "numb=no", "--answer", "pops=9",
        "--answer", "sitting=few").exit());
    assertEquals(0, run("", "--answer", "chest=yes").exit(), "without the flag a verdict is 0");
    assertEquals(65, run("", "--exit-by-level", "--answer", "chest=nah").exit(), "errors keep their codes");
  }

  @Test
  void pipedAnswersWithJsonOutGiveNoPrompts() throws Exception {
    Cli.Result result = run("yes\n", "--format", "json");
    assertEquals(0, result.exit());
    assertEquals("", result.err());
    assertTrue(result.out().startsWith("{\"level\":\"emergency\""), result.out());
  }

  @Test
  void completionPrintsABashScript() throws Exception {
    Cli.Result result = Cli.run("", "completion");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains("complete -F _complete_triage"), result.out().substring(0, 200));
    assertTrue(result.out().contains("batch"), "subcommands are completed");
  }
}
