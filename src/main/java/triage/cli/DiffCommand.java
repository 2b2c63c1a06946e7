package triage.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import triage.analysis.Changes;
import triage.analysis.Count;
import triage.analysis.VerdictDiff;
import triage.check.Validator;
import triage.load.Loaded;
import triage.model.Problem;
import triage.render.Json;
import triage.text.Visible;
import triage.walk.Walker;

/** {@code triage diff OLD NEW}: what changed between two versions, and whether any verdict did. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Say what changed between two versions, verdicts included.",
    description = "Compare two versions of a questionnaire: reworded texts side by side, what was added, removed or"
        + " re-routed, and every answer combination whose verdict (level or outcome) changed, grouped by the decision"
        + " that changed it, less urgent changes first. Exit 0 when no verdict changed, 1 when one did, 78 when either"
        + " file cannot be loaded.")
public final class DiffCommand implements Callable<Integer> {

  private final Io io;

  @Parameters(index = "0", paramLabel = "OLD", description = "The questionnaire as it was.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The questionnaire as it is now.")
  Path after;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "List at most N decisions that changed verdicts (default: ${DEFAULT-VALUE}); all are counted.")
  int limit;

  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.text, FormatOption.Format.json);

  public DiffCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    // Two files, two cores: the versions are read side by side.
    CompletableFuture<QuestionnaireOption.Source> reading = CompletableFuture.supplyAsync(() -> read(after));
    Loaded old = QuestionnaireOption.read(before).loadValid();
    Loaded now = source(reading).loadValid();
    Changes changes = Changes.between(old.ready(), now.ready());
    VerdictDiff.Result verdicts = VerdictDiff.compare(new Walker(old.ready()), new Walker(now.ready()), limit);
    long errors = Validator.validate(now).stream().filter(Problem::isError).count();
    if (format.is(FormatOption.Format.json)) {
      json(changes, verdicts, errors);
    } else {
      text(changes, verdicts, errors);
    }
    // A word that now stands for another answer changes what people's answers mean: as good as a verdict.
    return verdicts.changed().isZero() && changes.answerWords().isEmpty() ? ExitCode.OK : ExitCode.DIFFERENT;
  }

  /** The new version, read and loaded (once: its source keeps what loading gave). */
  private static QuestionnaireOption.Source read(Path path) {
    try {
      QuestionnaireOption.Source source = QuestionnaireOption.read(path);
      source.load();
      return source;
    } catch (Failure e) {
      throw new CompletionException(e);
    }
  }

  /** The source read on the other thread; a failure to read it is raised here, after the old version's. */
  private static QuestionnaireOption.Source source(CompletableFuture<QuestionnaireOption.Source> reading)
      throws Failure {
    try {
      return reading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Failure failure) {
        throw failure;
      }
      throw e;
    }
  }

  private void text(Changes changes, VerdictDiff.Result verdicts, long errors) {
    var out = io.out();
    out.println("--- " + before);
    out.println("+++ " + after);
    if (errors > 0) {
      out.println("The new version fails validate: " + errors + (errors == 1 ? " error" : " errors")
          + " (run `triage validate " + after + "`).");
    }
    changes.warnings().forEach(warning -> out.println("Warning: " + Visible.line(warning)));
    out.println();
    out.println("Reworded: " + changes.rewordings().size());
    for (Changes.Rewording rewording : changes.rewordings()) {
      out.println("  " + rewording.what() + " [" + rewording.language() + "]");
      out.println("    - " + (rewording.before().isEmpty() ? "(none)" : Visible.of(rewording.before())));
      out.println("    + " + (rewording.after().isEmpty() ? "(none)" : Visible.of(rewording.after())));
    }
    out.println();
    out.println("Changed structure: " + changes.structure().size());
    changes.structure().forEach(line -> out.println("  " + Visible.line(line)));
    if (!changes.answerWords().isEmpty()) {
      out.println();
      out.println("Answer words that now mean another answer (verdicts can change): " + changes.answerWords().size());
      changes.answerWords().forEach(line -> out.println("  " + line));
    }
    out.println();
    out.println("Verdicts: " + verdicts.changed() + " of " + verdicts.combinations()
        + " answer combinations changed");
    for (Map.Entry<VerdictDiff.Change, Count> change : verdicts.byChange().entrySet()) {
      out.println("  " + change.getKey().before().describe() + " -> " + change.getKey().after().describe() + ": "
          + combinations(change.getValue()) + (change.getKey().lessUrgent() ? "  LESS URGENT" : ""));
    }
    for (VerdictDiff.Decision decision : verdicts.decisions()) {
      out.println((decision.lessUrgent() ? "  LESS URGENT  " : "  ") + Visible.line(decision.shortened()) + ": "
          + combinations(decision.count()));
      out.println("      " + decision.change().before().describe() + " -> " + decision.change().after().describe());
    }
    Count covered = verdicts.decisions().stream().map(VerdictDiff.Decision::count).reduce(Count.ZERO, Count::plus);
    if (!(covered.isExact() && verdicts.changed().isExact() && covered.exact() == verdicts.changed().exact())) {
      out.println("  (the decisions listed cover " + covered + " of the " + verdicts.changed()
          + " changed combinations; --limit lists more)");
    }
  }

  private static String combinations(Count count) {
    return count + (count.isExact() && count.exact() == 1 ? " combination" : " combinations");
  }

  private void json(Changes changes, VerdictDiff.Result verdicts, long errors) {
    Reports.object(io.out(), json -> {
      json.writeNumberField("new_errors", errors);
      json.writeArrayFieldStart("warnings");
      for (String warning : changes.warnings()) {
        json.writeString(warning);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("reworded");
      for (Changes.Rewording rewording : changes.rewordings()) {
        json.writeStartObject();
        json.writeStringField("what", rewording.what());
        json.writeStringField("language", rewording.language());
        json.writeStringField("old", rewording.before());
        json.writeStringField("new", rewording.after());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("structure");
      for (String line : changes.structure()) {
        json.writeString(line);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("answer_words");
      for (String line : changes.answerWords()) {
        json.writeString(line);
      }
      json.writeEndArray();
      Json.writeCount(json, "combinations", verdicts.combinations());
      Json.writeCount(json, "changed", verdicts.changed());
      json.writeArrayFieldStart("changes");
      for (Map.Entry<VerdictDiff.Change, Count> change : verdicts.byChange().entrySet()) {
        json.writeStartObject();
        json.writeStringField("old", change.getKey().before().describe());
        json.writeStringField("new", change.getKey().after().describe());
        json.writeBooleanField("less_urgent", change.getKey().lessUrgent());
        Json.writeCount(json, "combinations", change.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("decisions");
      for (VerdictDiff.Decision decision : verdicts.decisions()) {
        json.writeStartObject();
        json.writeArrayFieldStart("answers");
        for (String answer : decision.answers()) {
          json.writeString(answer);
        }
        json.writeEndArray();
        json.writeBooleanField("whatever_after", decision.rest());
        json.writeStringField("old", decision.change().before().describe());
        json.writeStringField("new", decision.change().after().describe());
        json.writeBooleanField("less_urgent", decision.lessUrgent());
        Json.writeCount(json, "combinations", decision.count());
        json.writeEndObject();
      }
      json.writeEndArray();
    });
  }
}
