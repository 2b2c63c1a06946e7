package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.BuiltIn;
import triage.Cli;
import triage.Trees;

/** validate, test, graph, paths and diff, as clinicians run them. */
class ClinicianCommandsTest {

  @TempDir
  Path dir;

  private Path small;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    small = Trees.writeSmall(dir);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void validateTheBuiltInQuestionnaire() throws Exception {
    Cli.Result result = Cli.run("", "validate");
    assertEquals(0, result.exit());
    assertEquals("", result.out());
    assertEquals("built-in: 0 errors, 0 warnings\n", result.err());
  }

  @Test
  void validateWithWarningsOnlyExitsZeroAndWithErrors78() throws Exception {
    Cli.Result warnings = Cli.run("", "validate", small.toString());
    assertEquals(0, warnings.exit());
    assertTrue(warnings.out().startsWith(small + ":10:5: warning: question `chest` names no `source` it rests on"
        + " [source]\n"), warnings.out());
    assertEquals(small + ": 0 errors, 10 warnings\n", warnings.err());
    Path unsafe = write("unsafe.yaml", Trees.SMALL.replace("yes: {next: urgent}", "yes: {next: pops}"));
    Cli.Result errors = Cli.run("", "validate", unsafe.toString());
    assertEquals(78, errors.exit());
    assertTrue(errors.out().contains(unsafe + ":24:7: error: question `numb` is a red flag (urgent), but `yes` can end"
        + " in self-care, below urgent: numb=yes -> pops=0-9 -> sitting=few -> self_care [safety]\n"), errors.out());
  }

  @Test
  void validateAsJson() throws Exception {
    Path unsafe = write("unsafe.yaml", Trees.SMALL.replace("yes: {next: urgent}", "yes: {next: pops}"));
    Cli.Result result = Cli.run("", "validate", "--format", "json", unsafe.toString());
    assertEquals(78, result.exit());
    assertTrue(result.out().startsWith("{\"source\":\"" + unsafe + "\",\"sha256\":\""), result.out());
    assertTrue(result.out().contains("\"errors\":1,\"warnings\":10,\"problems\":[{\"file\":\"" + unsafe
        + "\",\"line\":10,\"column\":5,\"severity\":\"warning\",\"rule\":\"source\""), result.out());
    assertTrue(result.out().contains("{\"file\":\"" + unsafe + "\",\"line\":24,\"column\":7,\"severity\":\"error\","
        + "\"rule\":\"safety\""), result.out());
  }

  @Test
  void validateAFileThatIsNotThere() throws Exception {
    Cli.Result result = Cli.run("", "validate", dir.resolve("none.yaml").toString());
    assertEquals(66, result.exit());
  }

  @Test
  void theRepoScenarioSuitePassesThroughTheTestCommand() throws Exception {
    Cli.Result result = Cli.run("", "test", BuiltIn.SCENARIOS.toString());
    assertEquals(0, result.exit(), result.out());
    assertTrue(result.out().startsWith("ok    everything no\n"), result.out());
    assertTrue(result.out().endsWith(BuiltIn.SCENARIO_COUNT + " scenarios: " + BuiltIn.SCENARIO_COUNT + " passed, 0 failed\n"), result.out());
  }

  @Test
  void aFailingScenarioShowsThePathTaken() throws Exception {
    Path scenarios = write("s.yaml", Trees.SCENARIOS);
    Cli.Result result = Cli.run("", "test", "--questions", small.toString(), scenarios.toString());
    assertEquals(1, result.exit());
    assertEquals("""
        ok    numbness is urgent
        FAIL  wrongly expected  (%s:6:5)
                expected level self-care, got see-professional
                expected advice `breaks`, which is not given
                path taken: chest=no -> numb=no -> pops=12 -> sitting=few
        2 scenarios: 1 passed, 1 failed
        """.formatted(scenarios), result.out());
    Cli.Result json = Cli.run("", "test", "--format", "json", "--questions", small.toString(), scenarios.toString());
    assertTrue(json.out().startsWith("{\"scenarios\":2,\"passed\":1,\"failed\":1,\"results\":[{\"name\":\"numbness is"
        + " urgent\",\"file\":\"" + scenarios + "\",\"line\":3,\"passed\":true,\"failures\":[],\"path\":["), json.out());
  }

  @Test
  void scenariosMaySitInTheQuestionnaireItself() throws Exception {
    Path withScenarios = write("with.yaml", Trees.SMALL + """
        scenario_defaults: {chest: no, numb: no, pops: 0}
        scenarios:
          - name: sitting a lot is still self-care
            answers: {sitting: many}
            level: self-care
            advice_includes: [breaks]
        """);
    Cli.Result result = Cli.run("", "test", "--questions", withScenarios.toString());
    assertEquals(0, result.exit(), result.out());
    assertEquals("ok    sitting a lot is still self-care\n1 scenarios: 1 passed, 0 failed\n", result.out());
  }

  @Test
  void aBrokenScenarioFileOrNoScenariosAtAll() throws Exception {
    Path broken = write("broken.yaml", "scenarios:\n  - name: x\n    levle: urgent\n");
    Cli.Result result = Cli.run("", "test", "--questions", small.toString(), broken.toString());
    assertEquals(78, result.exit());
    assertEquals(broken + ":2:5: error: scenario `x`: `level` is missing [missing]\n"
        + broken + ":3:5: error: scenario `x`: unknown key `levle`; did you mean `level`? [unknown-key]\n", result.err());
    Cli.Result none = Cli.run("", "test", "--questions", small.toString());
    assertEquals(64, none.exit());
  }

  @Test
  void theGraphIsDotThatGraphvizAccepts() throws Exception {
    Cli.Result dot = Cli.run("", "graph", "--format", "dot", "--questions", small.toString());
    assertEquals(0, dot.exit());
    assertTrue(dot.out().startsWith("digraph questionnaire {\n"), dot.out());
    assertTrue(dot.out().contains("  \"q:chest\" -> \"q:numb\" [label=\"no\\nunsure ↑ urgent\"];\n"), dot.out());
    assertTrue(dot.out().contains("  \"o:emergency\" [shape=ellipse, style=filled, fillcolor=\"#d62728\","
        + " fontcolor=white, label=\"emergency\"];\n"), dot.out());
    String builtIn = Cli.run("", "graph", "--format", "dot").out();
    assertTrue(builtIn.contains("  \"q:strength\" -> \"o:self_care\" [style=dashed, label=\"skipped at urgent or above\"];\n"),
        "a skip is drawn dashed: " + builtIn);
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz is not installed here");
    Process process = new ProcessBuilder("dot", "-Tsvg").start();
    process.getOutputStream().write(Cli.run("", "graph", "--format", "dot").out().getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String svg = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), errors);
    assertEquals("", errors);
    assertTrue(svg.contains("<svg"), "dot rendered an SVG");
  }

  @Test
  void theGraphIsMermaidWithColoursByLevel() throws Exception {
    Cli.Result mermaid = Cli.run("", "graph", "--questions", small.toString());
    assertEquals(0, mermaid.exit());
    assertTrue(mermaid.out().startsWith("flowchart TD\n  q0[\"chest ⚑ emergency<br/>Chest pain?\"]\n"), mermaid.out());
    assertTrue(mermaid.out().contains("  q0 -->|\"no<br/>unsure ↑ urgent\"| q1\n"), mermaid.out());
    assertTrue(mermaid.out().contains("  classDef emergency fill:#d62728,color:#fff\n"), mermaid.out());
    assertTrue(mermaid.out().contains("  class o4 emergency\n"), mermaid.out());
    String builtIn = Cli.run("", "graph").out();
    assertTrue(builtIn.matches("(?s).*  q\\d+ -\\.->\\|\"skipped at urgent or above\"\\| o\\d+\n.*"), builtIn);
  }

  @Test
  void pathsAreListedWhenFewAndCountedWhenMany() throws Exception {
    Cli.Result listed = Cli.run("", "paths", "--questions", small.toString());
    assertEquals(0, listed.exit());
    assertTrue(listed.out().startsWith("1. chest=yes => emergency (emergency)\n2. chest=no -> numb=yes => urgent (urgent)\n"),
        listed.out());
    assertTrue(listed.out().endsWith("19 paths: 2 self-care, 6 see-professional, 10 urgent, 1 emergency\n"),
        listed.out());
    Cli.Result counted = Cli.run("", "paths", "--limit", "5", "--questions", small.toString());
    assertEquals("19 paths: 2 self-care, 6 see-professional, 10 urgent, 1 emergency (more than --limit 5, so not"
        + " listed)\n", counted.out());
    Cli.Result csv = Cli.run("", "paths", "--format", "csv", "--questions", small.toString());
    assertTrue(csv.out().startsWith("path,level,outcome,answers\n1,emergency,emergency,chest=yes\n"), csv.out());
    Cli.Result csvCounted = Cli.run("", "paths", "--format", "csv", "--limit", "1", "--questions", small.toString());
    assertEquals("level,paths\nself-care,2\nsee-professional,6\nurgent,10\nemergency,1\n", csvCounted.out());
    Cli.Result json = Cli.run("", "paths", "--format", "json", "--limit", "1", "--questions", small.toString());
    assertEquals("{\"paths\":19,\"by_level\":{\"self-care\":2,\"see-professional\":6,\"urgent\":10,\"emergency\":1},"
        + "\"listed\":false,\"list\":[]}\n", json.out());
  }

  @Test
  void aRewordedCopyDiffsWithExitZero() throws Exception {
    Path reworded = write("reworded.yaml", Trees.SMALL.replace("Chest pain?", "Pain in your chest?").replace("version: 1.0.0", "version: 1.0.1"));
    Cli.Result result = Cli.run("", "diff", small.toString(), reworded.toString());
    assertEquals(0, result.exit());
    assertEquals("""
        --- %s
        +++ %s

        Reworded: 1
          question `chest` text [en]
            - Chest pain?
            + Pain in your chest?

        Changed structure: 1
          version 1.0.0 is now 1.0.1

        Verdicts: 0 of 19 answer combinations changed
        """.formatted(small, reworded), result.out());
  }

  @Test
  void aRerouteOfTheBuiltInIsOneDecision() throws Exception {
    Cli.Result result = diffOfBuiltIn("      yes: {next: pops_per_day, raise: see-professional}\n",
        "      yes: {next: pops_per_day}\n");
    assertTrue(result.out().endsWith("""
        Changed structure: 2
          version 2.1.0 is now 2.1.1
          question `clunk`: `yes` now goes to `pops_per_day`; before, it goes to `pops_per_day`, raising to see-professional

        Verdicts: 729 of 22,041,267,711 answer combinations changed
          see-professional (see_professional) -> self-care (self_care): 729 combinations  LESS URGENT
          LESS URGENT  clunk=yes, pops_per_day=0-9, with the other answers no, whatever is answered to age_65, whatever is answered after: 729 combinations
              see-professional (see_professional) -> self-care (self_care)
        """), result.out());
  }

  @Test
  void aMovedThresholdReadsAsAMove() throws Exception {
    Cli.Result result = diffOfBuiltIn("      - {min: 0, max: 9, next: sitting_hours}\n      - {min: 10, max: 1000,",
        "      - {min: 0, max: 14, next: sitting_hours}\n      - {min: 15, max: 1000,");
    assertTrue(result.out().endsWith("""
        Changed structure: 3
          version 2.1.0 is now 2.1.1
          question `pops_per_day`: range `0-9` is now `0-14`
          question `pops_per_day`: range `10-1000` is now `15-1000`

        Verdicts: 729 of 29,387,908,095 answer combinations changed
          see-professional (see_professional) -> self-care (self_care): 729 combinations  LESS URGENT
          LESS URGENT  pops_per_day=10-14, with the other answers no, whatever is answered to age_65, whatever is answered after: 729 combinations
              see-professional (see_professional) -> self-care (self_care)
        """), result.out());
  }

  /** {@code diff} of the built-in file against a copy with one edit and a new version; it exits 1. */
  private Cli.Result diffOfBuiltIn(String before, String after) throws Exception {
    String builtIn = Files.readString(Path.of("questions.yaml"));
    assertTrue(builtIn.contains(before), before);
    Path edited = write("edited.yaml", builtIn.replace(before, after).replace("version: 2.1.0", "version: 2.1.1"));
    Cli.Result result = Cli.run("", "diff", "questions.yaml", edited.toString());
    assertEquals(1, result.exit(), result.err());
    return result;
  }

  @Test
  void aChangedRouteDiffsWithExitOneAndTheCombinations() throws Exception {
    Path rerouted = write("rerouted.yaml",
        Trees.SMALL.replace("unsure: {next: pops, raise: see-professional}", "unsure: {next: pops}"));
    Cli.Result result = Cli.run("", "diff", small.toString(), rerouted.toString());
    assertEquals(1, result.exit());
    assertTrue(result.out().endsWith("""
        The new version fails validate: 1 error (run `triage validate %s`).
        Warning: the content changed but `version` is still 1.0.0; raise it, so that transcripts and reports can tell the two apart

        Reworded: 0

        Changed structure: 1
          question `numb`: `unsure` now goes to `pops`; before, it goes to `pops`, raising to see-professional

        Verdicts: 2 of 19 answer combinations changed
          see-professional (see_pro) -> self-care (self_care): 2 combinations  LESS URGENT
          LESS URGENT  numb=unsure, pops=0-9, with the 1 other answer no, whatever is answered after: 2 combinations
              see-professional (see_pro) -> self-care (self_care)
        """.formatted(rerouted)), result.out());
    Cli.Result json = Cli.run("", "diff", "--format", "json", small.toString(), rerouted.toString());
    assertTrue(json.out().startsWith("{\"new_errors\":1,"), json.out());
    assertTrue(json.out().contains("\"combinations\":19,\"changed\":2,\"changes\":[{\"old\":\"see-professional"
        + " (see_pro)\",\"new\":\"self-care (self_care)\",\"less_urgent\":true,\"combinations\":2}],\"decisions\":"
        + "[{\"answers\":[\"chest=no\",\"numb=unsure\",\"pops=0-9\"],\"whatever_after\":true,\"old\":"
        + "\"see-professional (see_pro)\",\"new\":\"self-care (self_care)\",\"less_urgent\":true,"
        + "\"combinations\":2}]"), json.out());
  }

  @Test
  void diffOfAnInvalidFileExits78() throws Exception {
    Path broken = write("broken.yaml", Trees.SMALL.replace("yes: {next: urgent}", "yes: {next: urgnet}"));
    assertEquals(78, Cli.run("", "diff", small.toString(), broken.toString()).exit());
    assertEquals(78, Cli.run("", "diff", broken.toString(), small.toString()).exit());
  }
}
