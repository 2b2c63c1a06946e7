package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.load.ScenarioLoader;
import triage.model.Outcome;
import triage.model.Scenario;

/**
 * The packaged jar's built-in questionnaire, read from the snapshot the build wrote beside it, gives
 * byte for byte the verdicts that loading the repo's questions.yaml gives, on answer sets (the
 * scenario suite's) that reach every outcome.
 */
class BuiltInSnapshotIT {

  private static final Path JAR = Path.of(System.getProperty("triage.jar", "target/triage.jar"));
  private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([^\"]+)\"");

  @TempDir
  Path dir;

  @Test
  void theSnapshotAndTheYamlGiveTheSameVerdicts() throws Exception {
    assertTrue(Files.isRegularFile(JAR.resolveSibling("triage.snapshot")), "the build writes the snapshot");
    ScenarioLoader.Loaded suite = ScenarioLoader.load(BuiltIn.SCENARIOS.toString(), BuiltIn.scenarios());
    StringBuilder lines = new StringBuilder();
    for (Scenario scenario : suite.scenarios()) {
      lines.append("{\"id\":\"").append(scenario.name().replace("\"", "'")).append('"');
      for (Map.Entry<String, String> answer : scenario.answers().entrySet()) {
        lines.append(",\"").append(answer.getKey()).append("\":\"").append(answer.getValue()).append('"');
      }
      lines.append("}\n");
    }
    Path input = Files.writeString(dir.resolve("answers.jsonl"), lines.toString());

    Run builtIn = run(List.of("-verbose:class"), "batch", input.toString());
    Run yaml = run(List.of("-verbose:class"), "batch", "--questions", "questions.yaml", input.toString());

    assertEquals(0, builtIn.exit(), builtIn.err());
    assertEquals(0, yaml.exit(), yaml.err());
    assertFalse(builtIn.classes().contains("triage.load.QuestionnaireLoader "), "the built-in run read the snapshot");
    assertTrue(yaml.classes().contains("triage.load.QuestionnaireLoader "), "the other run loaded the YAML");
    assertEquals(yaml.out().replace("\"source\":\"questions.yaml\"", "\"source\":\"built-in\""), builtIn.out());

    Set<String> reached = new TreeSet<>();
    Matcher outcome = OUTCOME.matcher(builtIn.out());
    while (outcome.find()) {
      reached.add(outcome.group(1));
    }
    Set<String> all = new TreeSet<>(BuiltIn.load().ready().outcomes().stream().map(Outcome::id).toList());
    assertEquals(all, reached, "the answer sets reach every outcome");
  }

  private record Run(int exit, String out, String err, String classes) {}

  private Run run(List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("triage did not end");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    // -verbose:class writes to stdout: keep the verdicts and the class lines apart.
    StringBuilder verdicts = new StringBuilder();
    StringBuilder classes = new StringBuilder();
    for (String line : stdout.split("\n")) {
      (line.startsWith("[") ? classes : verdicts).append(line).append('\n');
    }
    return new Run(process.exitValue(), verdicts.toString(), Files.readString(err, StandardCharsets.UTF_8),
        classes.toString());
  }
}
