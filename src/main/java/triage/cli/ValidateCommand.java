package triage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import triage.check.Validator;
import triage.load.Loaded;
import triage.model.Problem;
import triage.render.Json;

/** {@code triage validate [FILE]}: every problem of a questionnaire at once. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Check a questionnaire and print every problem at once.",
    description = "Check a questionnaire (FILE, else --questions, else the built-in one) and print every problem"
        + " at once, one per line: FILE:LINE:COL: error|warning: message [rule]. Exit 0 when there are no"
        + " errors (warnings are allowed), 78 otherwise.")
public final class ValidateCommand implements Callable<Integer> {

  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The questionnaire to check.")
  Path file;

  @Mixin
  QuestionnaireOption questionnaire;

  /** text, or json: {source, sha256, errors, warnings, problems}. */
  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.text, FormatOption.Format.json);

  public ValidateCommand(Io io) {
    this.io = io;
  }

  @Option(names = "--watch", description = "Check FILE again each time it is saved, printing the time and every"
      + " problem, until Ctrl-C.")
  boolean watch;

  @Override
  public Integer call() throws Failure {
    if (watch) {
      return watch();
    }
    return report(questionnaire.source(io, file));
  }

  /** Prints the problems of one questionnaire; the exit code they give. */
  private int report(QuestionnaireOption.Source source) {
    Loaded loaded = source.load();
    List<Problem> problems = Validator.validate(loaded);
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    if (format.is(FormatOption.Format.json)) {
      Reports.object(io.out(), json -> {
        json.writeStringField("source", loaded.origin().source());
        json.writeStringField("sha256", loaded.origin().sha256());
        json.writeNumberField("errors", errors);
        json.writeNumberField("warnings", warnings);
        json.writeArrayFieldStart("problems");
        for (Problem problem : problems) {
          Json.writeProblem(json, problem);
        }
        json.writeEndArray();
      });
    } else {
      problems.forEach(problem -> io.out().println(problem.format()));
      io.out().flush(); // the problems before the count, on a terminal that shows both
      io.err().println(source.name() + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
          + (warnings == 1 ? " warning" : " warnings"));
    }
    return errors == 0 ? ExitCode.OK : ExitCode.INVALID_QUESTIONNAIRE;
  }

  /**
   * Checks the file now and after every save, each time under a line with the time, until the
   * thread is interrupted (Ctrl-C): exit 130. A save that leaves the bytes as they were is not
   * checked again; a file that is gone for a moment (an editor's rename) is waited for.
   */
  private int watch() throws Failure {
    Path watched = questionnaire.file(io, file).orElseThrow(() -> Failure.of(Failure.Kind.USAGE,
        "--watch needs a FILE to watch; the built-in questionnaire never changes"));
    try (FileWatch saves = new FileWatch(watched)) {
      byte[] last = null;
      while (true) {
        String time = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_TIME);
        try {
          QuestionnaireOption.Source source = QuestionnaireOption.read(watched);
          if (!Arrays.equals(source.bytes(), last)) {
            last = source.bytes();
            if (!format.is(FormatOption.Format.json)) {
              io.out().println("-- " + time + " " + watched);
            }
            report(source);
          }
        } catch (Failure unreadable) {
          last = null;
          io.out().println("-- " + time + " " + watched + ": " + unreadable.getMessage() + "; waiting for it");
        }
        io.out().flush();
        io.err().flush();
        saves.nextSave();
      }
    } catch (InterruptedException e) {
      io.out().flush();
      return ExitCode.INTERRUPTED;
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, watched + " cannot be watched: " + e.getMessage());
    }
  }
}
