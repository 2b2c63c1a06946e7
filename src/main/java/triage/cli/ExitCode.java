package triage.cli;

/** Every exit code the tool uses, in one place (documented in the README). */
public final class ExitCode {

  /** A verdict was given (or a clinician command found nothing wrong). */
  public static final int OK = 0;
  /** {@code test}: a scenario failed; {@code diff}: a verdict changed. */
  public static final int DIFFERENT = 1;
  /** No verdict: input ended, the person quit, or an answer was missing. */
  public static final int NO_VERDICT = 3;
  /** The command line was wrong. */
  public static final int USAGE = 64;
  /** An answer that is not accepted, or names a question that does not exist. */
  public static final int BAD_ANSWER = 65;
  /** A file that cannot be read. */
  public static final int UNREADABLE = 66;
  /** A bug: an uncaught exception. */
  public static final int SOFTWARE = 70;
  /** Output could not be written (a full disk, a broken device): EX_IOERR. */
  public static final int IO_ERROR = 74;
  /** The reader of standard output went away (a closed pipe, as with {@code | head}), as a shell reports SIGPIPE. */
  public static final int READER_GONE = 141;
  /** The questionnaire file (or a scenario file) is invalid. */
  public static final int INVALID_QUESTIONNAIRE = 78;
  /** Interrupted by Ctrl-C. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}

  /** With {@code --exit-by-level}: 0 self-care, 10 see-professional, 20 urgent, 30 emergency. */
  public static int forLevel(triage.model.Level level) {
    return level.ordinal() * 10;
  }
}
