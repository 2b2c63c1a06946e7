package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static triage.cli.RunSchemaTest.assertCaught;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.BuiltIn;
import triage.Cli;
import triage.Schemas;
import triage.Trees;

/**
 * What validate, diff, paths, test, report and --record write, held against the published
 * schemas: checked and broken questionnaires, diffs with and without changed verdicts, paths
 * listed and counted, passing and failing scenarios, and transcripts made here by --record, every
 * way a session can end without a terminal, then reported. The last test shows each check can fail.
 */
class ClinicianSchemaTest {

  @TempDir
  Path dir;

  private String small;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    small = Trees.writeSmall(dir).toString();
  }

  private String write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  /** Runs a command with --format json and returns its one object on stdout, checked against {@code schema}. */
  private static String json(String schema, int exit, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = args[0];
    all[1] = "--format";
    all[2] = "json";
    System.arraycopy(args, 1, all, 3, args.length - 1);
    Cli.Result result = Cli.run("", all);
    assertEquals(exit, result.exit(), result.err());
    assertEquals(1, result.out().lines().count(), result.out());
    Schemas.assertValid(schema, result.out());
    return result.out();
  }

  @Test
  void validateWithNoProblemsWarningsAndErrors() throws Exception {
    assertTrue(json("validate", 0, "validate").contains("\"source\":\"built-in\",\"sha256\":\"" + BuiltIn.SHA256
        + "\",\"errors\":0,\"warnings\":0,\"problems\":[]"));
    assertTrue(json("validate", 0, "validate", small).contains("\"errors\":0,\"warnings\":10,"));
    String unsafe = write("unsafe.yaml", Trees.small("yes: {next: urgent}", "yes: {next: pops}"));
    assertTrue(json("validate", 78, "validate", unsafe).contains("\"severity\":\"error\",\"rule\":\"safety\""));
    String broken = write("broken.yaml", Trees.small("yes: {next: emergency}", "yes: {next: emergncy}"));
    assertTrue(json("validate", 78, "validate", broken).contains("\"rule\":\"reference\""));
  }

  @Test
  void diffsWithNothingWithWordsAndWithVerdictsChanged() throws Exception {
    assertTrue(json("diff", 0, "diff", small, small).contains("\"changed\":0,\"changes\":[],\"decisions\":[]"));
    String reworded = write("reworded.yaml", Trees.small("Chest pain?", "Pain in your chest?")
        .replace("version: 1.0.0", "version: 1.0.1"));
    assertTrue(json("diff", 0, "diff", small, reworded).contains("\"reworded\":[{\"what\":"));
    String rerouted = write("rerouted.yaml",
        Trees.small("unsure: {next: pops, raise: see-professional}", "unsure: {next: pops}"));
    String changed = json("diff", 1, "diff", small, rerouted);
    assertTrue(changed.contains("\"new_errors\":1,\"warnings\":[\"the content changed"), changed);
    assertTrue(changed.contains("\"whatever_after\":true,"), changed);
    String raised = write("raised.yaml", Trees.small("yes: {next: urgent}", "yes: {next: emergency}"));
    assertTrue(json("diff", 1, "diff", "--limit", "1", small, raised).contains("\"less_urgent\":false"));
  }

  @Test
  void pathsListedAndCounted() {
    assertTrue(json("paths", 0, "paths", "--questions", small).contains("\"listed\":true,\"list\":[{\"level\":"));
    assertTrue(json("paths", 0, "paths", "--questions", small, "--limit", "1").endsWith("\"listed\":false,\"list\":[]}\n"));
    assertTrue(json("paths", 0, "paths").contains("\"listed\":false"), "the built-in questionnaire has many");
  }

  @Test
  void scenariosPassingAndFailing() throws Exception {
    assertTrue(json("test", 0, "test", BuiltIn.SCENARIOS.toString())
        .startsWith("{\"scenarios\":" + BuiltIn.SCENARIO_COUNT + ",\"passed\":" + BuiltIn.SCENARIO_COUNT + ","));
    String scenarios = write("s.yaml", Trees.SCENARIOS);
    assertTrue(json("test", 1, "test", "--questions", small, scenarios).contains("\"passed\":false,\"failures\":"
        + "[\"expected level self-care, got see-professional\""));
  }

  @Test
  void transcriptsOfEveryEndingARunWithoutATerminalHasAndTheirReport() throws Exception {
    Path record = dir.resolve("sessions.jsonl");
    String r = record.toString();
    assertEquals(0, Cli.run("no\nyes\n", "-q", "--questions", small, "--record", r).exit());
    assertEquals(0, Cli.run("unsure\nno\n12\nmany\n", "-q", "--questions", small, "--record", r).exit());
    assertEquals(3, Cli.run("no\n", "-q", "--questions", small, "--record", r).exit());
    assertEquals(65, Cli.run("maybe\n", "-q", "--questions", small, "--record", r).exit());
    assertEquals(3, Cli.run("", "--answer", "chest=no", "--questions", small, "--record", r).exit());
    assertEquals(0, Cli.run("", "--format", "json", "--answer", "chest=yes", "--questions", small, "--record", r)
        .exit());
    assertEquals(0, Cli.run(BuiltIn.ALL_NO, "-q", "--lang", "es", "--record", r).exit());
    assertEquals(3, Cli.run("no\n", "-q", "--lang", "es", "--record", r).exit());
    String lines = Files.readString(record);
    assertEquals(8, Schemas.assertEveryLineValid("transcript-line", lines));
    for (String seen : List.of("\"mode\":\"pipe\"", "\"mode\":\"answers\"", "\"ms\":null", "\"answer\":null",
        "\"end\":\"verdict\"", "\"end\":\"input-ended\"", "\"end\":\"rejected\"", "\"end\":\"missing\"",
        "\"language\":\"es\"")) {
      assertTrue(lines.contains(seen), seen + " in " + lines);
    }
    String report = json("report", 0, "report", "--questions", small, r);
    assertTrue(report.startsWith("{\"sessions\":8,\"left_out\":0,\"unreadable_lines\":0,"), report);
    assertTrue(report.contains("\"language\":\"en\",\"versions\":[\"1.0.0\"],\"words\":\"Chest pain?\""), report);
    assertTrue(report.contains("{\"text\":\"24a126267788d78f\",\"asked\":2,"), "a wording --questions lacks: " + report);
    Path byId = dir.resolve("by-id.jsonl");
    assertEquals(0, Cli.run("", "--answer", "chest=yes", "--questions", small, "--record", byId.toString()).exit());
    String untimed = json("report", 0, "report", "--questions", small, byId.toString());
    assertTrue(untimed.contains("\"median_ms\":-1"), "answers by id are not timed: " + untimed);
    Files.writeString(record, "{\"transcript\":1,\"torn", StandardOpenOption.APPEND);
    String builtIn = json("report", 0, "report", r);
    assertTrue(builtIn.startsWith("{\"sessions\":8,\"left_out\":0,\"unreadable_lines\":1,\"dropped\":0,\"unreadable\":[\"" + r
        + ":9\"]"), builtIn);
    assertTrue(builtIn.contains("\"drop_off\":[{\"question\":\"numb\",\"ends\":{"), builtIn);
  }

  @Test
  void aWrongTypeOrAMissingFieldIsCaught() throws Exception {
    String validate = json("validate", 0, "validate", small);
    assertCaught("validate", validate.replace("\"errors\":0", "\"errors\":\"0\""), "errors");
    assertCaught("validate", validate.replaceFirst("\"rule\":\"[a-z-]+\",", ""), "rule");
    String rerouted = write("rerouted.yaml",
        Trees.small("unsure: {next: pops, raise: see-professional}", "unsure: {next: pops}"));
    String diff = json("diff", 1, "diff", small, rerouted);
    assertCaught("diff", diff.replace("\"less_urgent\":true", "\"less_urgent\":\"yes\""), "less_urgent");
    assertCaught("diff", diff.replace("\"changed\":2,", ""), "changed");
    String paths = json("paths", 0, "paths", "--questions", small, "--limit", "1");
    assertCaught("paths", paths.replace("\"urgent\":10", "\"urgent\":\"10\""), "urgent");
    assertCaught("paths", paths.replace("\"listed\":false,", ""), "listed");
    String test = json("test", 0, "test", BuiltIn.SCENARIOS.toString());
    assertCaught("test", test.replaceFirst("\"line\":\\d+", "\"line\":0"), "line");
    assertCaught("test", test.replaceFirst("\"passed\":true,", ""), "passed");
    Path record = dir.resolve("one.jsonl");
    Cli.run("no\nyes\n", "-q", "--questions", small, "--record", record.toString());
    String line = Files.readString(record).strip();
    Schemas.assertValid("transcript-line", line);
    assertCaught("transcript-line", line.replaceFirst("\"ms\":\\d+", "\"ms\":\"5\""), "ms");
    assertCaught("transcript-line", line.replace(",\"outcome\":\"urgent\"", ""), "outcome");
    assertCaught("transcript-line", line.replaceFirst(":00Z\"", ":30Z\""), "started");
    String report = json("report", 0, "report", "--questions", small, record.toString());
    assertCaught("report", report.replace("\"unsure_rate\":0.0", "\"unsure_rate\":\"0%\""), "unsure_rate");
    assertCaught("report", report.replace("\"sessions\":1,", ""), "sessions");
  }
}
