package triage.api;

import java.util.Optional;

/**
 * An answer set that gives no verdict: an id that names no question, a value a question does not
 * accept, or (in strict mode, or where {@code unsure} is not an answer) a question the walk reached
 * without an answer. The message is the one {@code triage batch} writes for the same answers, and
 * {@link Kind#code()} its {@code error} field. Nothing is guessed: a typo never turns a red flag into
 * "not answered".
 */
public final class AnswerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the answers gave no verdict. */
  public enum Kind {
    /** An answer names a question the questionnaire does not have. */
    UNKNOWN_QUESTION("unknown-question"),
    /** A value the question does not accept, or one of a type no question takes. */
    INVALID_ANSWER("invalid-answer"),
    /** The walk reached a question that has no answer. */
    INCOMPLETE("incomplete");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The code word scripts see in {@code error}: {@code unknown-question}, {@code invalid-answer}, {@code incomplete}. */
    public String code() {
      return code;
    }
  }

  private final Kind kind;
  private final String question;
  private final String didYouMean;

  AnswerException(Kind kind, String message, String question, String didYouMean) {
    super(message, null, false, false);
    this.kind = kind;
    this.question = question;
    this.didYouMean = didYouMean;
  }

  /** Why the answers gave no verdict. */
  public Kind kind() {
    return kind;
  }

  /** The id of the question it is about, as given (an unknown id too). */
  public Optional<String> question() {
    return Optional.ofNullable(question);
  }

  /** For an unknown question: the closest id that exists, if one is close. */
  public Optional<String> didYouMean() {
    return Optional.ofNullable(didYouMean);
  }
}
