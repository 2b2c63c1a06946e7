package triage.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import triage.check.Validator;
import triage.load.Loaded;
import triage.model.Problem;
import triage.render.Messages;
import triage.render.ReviewPage;
import triage.transcript.Report;
import triage.transcript.Wordings;

/** {@code triage review [FILE] -o PAGE}: one HTML page to review a whole questionnaire. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Write one HTML page to review a questionnaire, pilot included.",
    description = "Write one self-contained HTML page (no network, no script) to review a questionnaire (FILE, else"
        + " --questions, else the built-in one): every question in every language with its help, answers, levels,"
        + " raises and follow-ups; the screens; every outcome with its advice and when it is given; the tree (in"
        + " the --lang language); the reading grade of each English text; and the validator's findings beside the items they concern. With"
        + " --transcripts, the pilot report as charts. Exit 0, or 78 when the questionnaire has errors (the page"
        + " is written all the same, and shows them).")
public final class ReviewCommand implements Callable<Integer> {

  private static final String STANDARD_OUTPUT = "-";

  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The questionnaire to review.")
  Path file;

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  LanguageOption language;

  @Option(names = {"-o", "--output"}, paramLabel = "PAGE",
      description = "Write the page to this file, whole or not at all (default, and -: standard output).")
  String output;

  @Option(names = "--transcripts", arity = "1..*", paramLabel = "FILE",
      description = "Transcripts (from --record) to chart: answers, help, back, time and drop-off by wording.")
  List<Path> transcripts;

  public ReviewCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure, IOException {
    QuestionnaireOption.Source source = questionnaire.source(io, file);
    Loaded loaded = source.load();
    List<Problem> problems = Validator.validate(loaded);
    Optional<ReviewPage.Pilot> pilot = Optional.empty();
    if (transcripts != null) {
      pilot = Optional.of(new ReviewPage.Pilot(Transcripts.read(transcripts, Report.Filter.ALL),
          transcripts.stream().map(Path::toString).toList(),
          new Wordings(loaded.questionnaire().stream().toList()).shown()));
    }
    String chosen = loaded.questionnaire().map(q -> language.choose(q, io, true)).orElse("en");
    String page = ReviewPage.html(loaded, problems, pilot, chosen);
    long errors = problems.stream().filter(Problem::isError).count();
    if (output == null || output.equals(STANDARD_OUTPUT)) {
      io.out().print(page);
    } else {
      write(Path.of(output), page);
    }
    io.err().println(source.name() + ": " + errors + (errors == 1 ? " error, " : " errors, ")
        + (problems.size() - errors) + (problems.size() - errors == 1 ? " warning" : " warnings")
        + (output == null || output.equals(STANDARD_OUTPUT) ? "" : "; the page is " + output));
    return errors == 0 ? ExitCode.OK : ExitCode.INVALID_QUESTIONNAIRE;
  }

  /**
   * The page, whole or not at all, readable by others as any document is (the umask permitting);
   * never through a symbolic link or over a folder.
   */
  private static void write(Path path, String page) throws Failure {
    if (!SaveFile.canTake(path)) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot write the page to " + path + ": "
          + SaveFile.reason(path, new AccessDeniedException(path.toString()), Messages.english()));
    }
    FileAttribute<?>[] readable = path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))}
        : new FileAttribute<?>[0];
    try {
      SaveFile.writeWhole(path, page, readable);
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.WRITE_FAILED, "could not write the page to " + path + ": "
          + SaveFile.reason(path, e, Messages.english()));
    }
  }
}
