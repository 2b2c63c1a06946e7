package triage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    long listed = total.exceeds(limit) ? 0 : total.exact();
    // Written as they are found, never gathered first: a large --limit costs time, not memory.
    switch (format.chosen()) {
      case json -> json(walker, byLevel, total, listed);
      case csv -> csv(walker, byLevel, listed, total.exceeds(limit));
      default -> text(walker, byLevel, total, listed);
    }
    return ExitCode.OK;
  }

  /** Whether stdout still takes what is written: a listing stops once its reader has gone. */
  private boolean writing() {
    return !io.out().checkError();
  }

  private static String answers(Verdict path, String separator) {
    return path.path().stream().map(Step::shown).collect(Collectors.joining(separator));
  }

  private void text(Walker walker, Map<Level, Count> byLevel, Count total, long listed) {
    long[] n = {1};
    Paths.each(walker, listed, path -> {
      io.out().println(n[0]++ + ". " + answers(path, " -> ") + " => " + path.level().word() + " ("
          + path.outcome().id() + ")");
      return writing();
    });
    io.out().println(total + (total.isExact() && total.exact() == 1 ? " path: " : " paths: ")
        + byLevel.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word()).collect(Collectors.joining(", "))
        + (total.exceeds(limit) ? " (more than --limit " + limit + ", so not listed)" : ""));
  }

  private void csv(Walker walker, Map<Level, Count> byLevel, long listed, boolean counted) {
    if (counted) {
      CsvTable table = new CsvTable(io.out(), "level", "paths");
      byLevel.forEach((level, count) -> table.row(level.word(), count.isExact() ? count.exact() : count));
      return;
    }
    CsvTable table = new CsvTable(io.out(), "path", "level", "outcome", "answers");
    long[] n = {1};
    Paths.each(walker, listed, path -> {
      table.row(n[0]++, path.level().word(), path.outcome().id(), answers(path, " "));
      return writing();
    });
  }

  private void json(Walker walker, Map<Level, Count> byLevel, Count total, long listed) {
    Reports.object(io.out(), json -> {
      Json.writeCount(json, "paths", total);
      json.writeObjectFieldStart("by_level");
      for (Map.Entry<Level, Count> entry : byLevel.entrySet()) {
        Json.writeCount(json, entry.getKey().word(), entry.getValue());
      }
      json.writeEndObject();
      json.writeBooleanField("listed", !total.exceeds(limit));
      json.writeArrayFieldStart("list");
      Paths.each(walker, listed, path -> {
        try {
          json.writeStartObject();
          json.writeStringField("level", path.level().word());
          json.writeStringField("outcome", path.outcome().id());
          Json.writeAnswers(json, "answers", path.path());
          json.writeEndObject();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return writing();
      });
      json.writeEndArray();
    });
  }
}
