package triage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import triage.analysis.ScenarioCheck;
import triage.load.Loaded;
import triage.load.ScenarioLoader;
import triage.load.YamlDocument;
import triage.model.Scenario;
import triage.render.Json;
import triage.text.Visible;
import triage.walk.Step;
import triage.walk.Walker;

/** {@code triage test [SCENARIO-FILE...]}: run scenarios and say which give the verdict expected. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Run scenarios: do the answers give the verdicts expected?",
    description = "Run scenarios (from the files given, and from `scenarios:` in the questionnaire itself) against"
        + " the questionnaire. Each failure shows the path actually taken. With --lang, answers are given in that"
        + " language's words and every text a verdict shows must be translated. Exit 0 when all pass, 1 when any"
        + " fails, 78 when a file is invalid.")
public final class TestCommand implements Callable<Integer> {

  private final Io io;

  @Parameters(arity = "0..*", paramLabel = "SCENARIO-FILE", description = "Scenario files (YAML).")
  List<Path> files = new ArrayList<>();

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  LanguageOption language;

  /** text, or json: {scenarios, passed, failed, results}. */
  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.text, FormatOption.Format.json);

  public TestCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    QuestionnaireOption.Source source = questionnaire.source(io);
    Loaded loaded = source.loadValid();
    List<Scenario> scenarios = new ArrayList<>(scenarios(ScenarioLoader.fromQuestionnaire(source.name(), source.bytes()),
        source.name()));
    for (Path file : files) {
      String name = file.toString();
      byte[] bytes = InputFiles.read(file, YamlDocument.MAX_BYTES,
          size -> Failure.invalidScenarios(name, List.of(YamlDocument.tooLarge(name, size))));
      scenarios.addAll(scenarios(ScenarioLoader.load(name, bytes), name));
    }
    if (scenarios.isEmpty()) {
      throw Failure.of(Failure.Kind.USAGE,
          "no scenarios: name a scenario file, or add `scenarios:` to the questionnaire");
    }
    String chosen = language.choose(loaded.ready(), io, true);
    List<ScenarioCheck.Result> results = ScenarioCheck.run(new Walker(loaded.ready(), chosen), scenarios);
    long failed = results.stream().filter(result -> !result.passed()).count();
    if (format.is(FormatOption.Format.json)) {
      json(results, failed);
    } else {
      text(results, failed);
    }
    return failed == 0 ? ExitCode.OK : ExitCode.DIFFERENT;
  }

  private static List<Scenario> scenarios(ScenarioLoader.Loaded loaded, String name) throws Failure {
    if (!loaded.problems().isEmpty()) {
      throw Failure.invalidScenarios(name, loaded.problems());
    }
    return loaded.scenarios();
  }

  private static String path(List<Step> path) {
    return path.stream().map(Step::shown).collect(Collectors.joining(" -> "));
  }

  private void text(List<ScenarioCheck.Result> results, long failed) {
    for (ScenarioCheck.Result result : results) {
      Scenario scenario = result.scenario();
      if (result.passed()) {
        io.out().println("ok    " + Visible.line(scenario.name()));
        continue;
      }
      io.out().println("FAIL  " + Visible.line(scenario.name()) + "  (" + scenario.at() + ")");
      result.failures().forEach(failure -> io.out().println("        " + Visible.line(failure)));
      io.out().println("        path taken: " + (result.path().isEmpty() ? "(none)" : path(result.path())));
    }
    io.out().println(results.size() + " scenarios: " + (results.size() - failed) + " passed, " + failed + " failed");
  }

  private void json(List<ScenarioCheck.Result> results, long failed) {
    Reports.object(io.out(), json -> {
      json.writeNumberField("scenarios", results.size());
      json.writeNumberField("passed", results.size() - failed);
      json.writeNumberField("failed", failed);
      json.writeArrayFieldStart("results");
      for (ScenarioCheck.Result result : results) {
        json.writeStartObject();
        json.writeStringField("name", result.scenario().name());
        json.writeStringField("file", result.scenario().at().file());
        json.writeNumberField("line", result.scenario().at().line());
        json.writeBooleanField("passed", result.passed());
        json.writeArrayFieldStart("failures");
        for (String failure : result.failures()) {
          json.writeString(failure);
        }
        json.writeEndArray();
        Json.writeAnswers(json, "path", result.path());
        json.writeEndObject();
      }
      json.writeEndArray();
    });
  }
}
