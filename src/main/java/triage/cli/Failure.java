package triage.cli;

import java.util.List;
import java.util.Optional;
import triage.model.Problem;

/**
 * Why a command ended without what was asked of it, as one value the edge turns into a message and
 * an exit code. Thrown by commands, caught only in {@link triage.Main}.
 */
public final class Failure extends Exception {

  private static final long serialVersionUID = 1L;

  /** The kinds of failure, each with the code word scripts see and its exit code. */
  public enum Kind {
    INCOMPLETE("incomplete", ExitCode.NO_VERDICT),
    INVALID_ANSWER("invalid-answer", ExitCode.BAD_ANSWER),
    UNKNOWN_QUESTION("unknown-question", ExitCode.BAD_ANSWER),
    INVALID_QUESTIONNAIRE("invalid-questionnaire", ExitCode.INVALID_QUESTIONNAIRE),
    UNREADABLE_FILE("unreadable-file", ExitCode.UNREADABLE),
    USAGE("usage", ExitCode.USAGE),
    INTERRUPTED("interrupted", ExitCode.INTERRUPTED);

    private final String code;
    private final int exit;

    Kind(String code, int exit) {
      this.code = code;
      this.exit = exit;
    }

    public String code() {
      return code;
    }

    public int exit() {
      return exit;
    }
  }

  private final Kind kind;
  private final transient Optional<String> question;
  private final transient List<Problem> problems;

  private Failure(Kind kind, String message, Optional<String> question, List<Problem> problems) {
    super(message, null, false, false);
    this.kind = kind;
    this.question = question;
    this.problems = List.copyOf(problems);
  }

  public static Failure of(Kind kind, String message) {
    return new Failure(kind, message, Optional.empty(), List.of());
  }

  /** A failure about one question, such as an answer it does not accept. */
  public static Failure at(Kind kind, String question, String message) {
    return new Failure(kind, message, Optional.of(question), List.of());
  }

  public static Failure invalid(String source, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    return new Failure(Kind.INVALID_QUESTIONNAIRE,
        source + " is not a valid questionnaire: " + errors + (errors == 1 ? " error" : " errors"),
        Optional.empty(), problems);
  }

  public Kind kind() {
    return kind;
  }

  public Optional<String> question() {
    return question;
  }

  public List<Problem> problems() {
    return problems;
  }
}
