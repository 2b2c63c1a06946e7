package triage.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import triage.analysis.Count;
import triage.analysis.Paths;
import triage.load.Loaded;
import triage.model.Level;
import triage.render.CsvTable;
import triage.render.Json;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walker;

/** {@code triage paths}: every distinct way through the questionnaire, or how many there are. */
@Command(name = "paths", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "List or count every path from the first question to a verdict.",
    description = "List every distinct path from the first question to a verdict, with its answers and level. When"
        + " there are more than --limit, print only how many end at each level (counted, never listed one by one).")
public final class PathsCommand implements Callable<Integer> {

  private final Io io;

  @Mixin
  QuestionnaireOption questionnaire;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
      description = "List paths only when there are at most N (default: ${DEFAULT-VALUE}).")
  long limit;

  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.text, FormatOption.Format.json, FormatOption.Format.csv);

  public PathsCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    Loaded loaded = questionnaire.load(io);
    Walker walker = new Walker(loaded.ready());
    Map<Level, Count> byLevel = Paths.count(walker);
    Count total = Paths.total(byLevel);
    List<Verdict> paths = total.exceeds(limit) ? List.of() : Paths.list(walker, (int) total.exact());
    switch (format.chosen()) {
      case json -> json(byLevel, total, paths);
      case csv -> csv(byLevel, paths, total.exceeds(limit));
      default -> text(byLevel, total, paths);
    }
    return ExitCode.OK;
  }

  private static String answers(Verdict path, String separator) {
    return path.path().stream().map(Step::shown).collect(Collectors.joining(separator));
  }

  private void text(Map<Level, Count> byLevel, Count total, List<Verdict> paths) {
    int n = 1;
    for (Verdict path : paths) {
      io.out().println(n++ + ". " + answers(path, " -> ") + " => " + path.level().word() + " (" + path.outcome().id() + ")");
    }
    io.out().println(total + (total.isExact() && total.exact() == 1 ? " path: " : " paths: ")
        + byLevel.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word()).collect(Collectors.joining(", "))
        + (total.exceeds(limit) ? " (more than --limit " + limit + ", so not listed)" : ""));
  }

  private void csv(Map<Level, Count> byLevel, List<Verdict> paths, boolean counted) {
    if (counted) {
      CsvTable table = new CsvTable(io.out(), "level", "paths");
      byLevel.forEach((level, count) -> table.row(level.word(), count.isExact() ? count.exact() : count));
      return;
    }
    CsvTable table = new CsvTable(io.out(), "path", "level", "outcome", "answers");
    int n = 1;
    for (Verdict path : paths) {
      table.row(n++, path.level().word(), path.outcome().id(), answers(path, " "));
    }
  }

  private void json(Map<Level, Count> byLevel, Count total, List<Verdict> paths) {
    Reports.object(io.out(), json -> {
      Json.writeCount(json, "paths", total);
      json.writeObjectFieldStart("by_level");
      for (Map.Entry<Level, Count> entry : byLevel.entrySet()) {
        Json.writeCount(json, entry.getKey().word(), entry.getValue());
      }
      json.writeEndObject();
      json.writeBooleanField("listed", !total.exceeds(limit));
      json.writeArrayFieldStart("list");
      for (Verdict path : paths) {
        json.writeStartObject();
        json.writeStringField("level", path.level().word());
        json.writeStringField("outcome", path.outcome().id());
        Json.writeAnswers(json, "answers", path.path());
        json.writeEndObject();
      }
      json.writeEndArray();
    });
  }
}
