package triage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Override
  public Integer call() throws Failure {
    QuestionnaireOption.Source source = file != null ? QuestionnaireOption.read(file) : questionnaire.source(io);
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
      io.err().println(source.name() + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
          + (warnings == 1 ? " warning" : " warnings"));
    }
    return errors == 0 ? ExitCode.OK : ExitCode.INVALID_QUESTIONNAIRE;
  }
}
