package triage.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import triage.model.Problem;
import triage.model.Question;
import triage.render.Messages;
import triage.render.Refusals;
import triage.walk.AnswerSheet;

/**
 * Why a command ended without what was asked of it, as one value the edge turns into a message
 * (text or JSON) and an exit code. Thrown by commands and caught only in {@link triage.Main};
 * batch writes one per bad line instead. Its message is for scripts: English, naming questions by
 * id. A person reads {@link #toPerson}: the same in their language, where a run has said it so.
 */
public final class Failure extends Exception {

  private static final long serialVersionUID = 1L;

  /** The kinds of failure, each with the code word scripts see and its exit code. */
  public enum Kind {
    INCOMPLETE("incomplete", ExitCode.NO_VERDICT),
    INVALID_ANSWER("invalid-answer", ExitCode.BAD_ANSWER),
    UNKNOWN_QUESTION("unknown-question", ExitCode.BAD_ANSWER),
    /** A batch line that is not JSON. */
    INVALID_JSON("invalid-json", ExitCode.BAD_ANSWER),
    /** A batch row that is not CSV, or not as many cells as the header has columns. */
    INVALID_CSV("invalid-csv", ExitCode.BAD_ANSWER),
    INVALID_QUESTIONNAIRE("invalid-questionnaire", ExitCode.INVALID_QUESTIONNAIRE),
    INVALID_SCENARIOS("invalid-scenarios", ExitCode.INVALID_QUESTIONNAIRE),
    UNREADABLE_FILE("unreadable-file", ExitCode.UNREADABLE),
    WRITE_FAILED("write-failed", ExitCode.IO_ERROR),
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
  private final transient Optional<Question> question;
  private final transient Optional<String> questionId;
  private final transient Optional<String> didYouMean;
  private final transient List<Problem> problems;
  /** The words for a person, in the language given. */
  private final transient Function<Messages, String> words;
  private final transient Optional<Long> line;

  private Failure(Kind kind, String message, Optional<Question> question, Optional<String> questionId,
      Optional<String> didYouMean, List<Problem> problems) {
    this(kind, message, question, questionId, didYouMean, problems, language -> message, Optional.empty());
  }

  private Failure(Kind kind, String message, Optional<Question> question, Optional<String> questionId,
      Optional<String> didYouMean, List<Problem> problems, Function<Messages, String> words, Optional<Long> line) {
    super(message, null, false, false);
    this.kind = kind;
    this.question = question;
    this.questionId = questionId;
    this.didYouMean = didYouMean;
    this.problems = List.copyOf(problems);
    this.words = words;
    this.line = line;
  }

  /** The same failure, at this line of the input (answers read from a pipe). */
  public Failure atLine(long number) {
    return new Failure(kind, getMessage(), question, questionId, didYouMean, problems, words, Optional.of(number));
  }

  public static Failure of(Kind kind, String message) {
    return new Failure(kind, message, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * A failure in the tool's own words ({@code messages_*.properties}): a person reads them in the
   * language of the run, scripts in English.
   */
  public static Failure said(Kind kind, String key, Object... args) {
    return of(kind, messages -> messages.get(key, args));
  }

  /** A failure whose words {@code words} puts in each language: a person's, and English for scripts. */
  public static Failure of(Kind kind, Function<Messages, String> words) {
    return new Failure(kind, words.apply(Messages.english()), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), words, Optional.empty());
  }

  /** The same failure, with the words a person reads, already in their language. */
  public Failure tellingPeople(String words) {
    return new Failure(kind, getMessage(), question, questionId, didYouMean, problems, language -> words, line);
  }

  /** What a person reads: in the language given, unless the failure was already told in theirs. */
  public String toPerson(Messages messages) {
    return words.apply(messages);
  }

  /** A failure at one question: it has no answer ({@code incomplete}) or not an accepted one. */
  public static Failure at(Kind kind, Question question, String message) {
    return new Failure(kind, message, Optional.of(question), Optional.of(question.id()), Optional.empty(), List.of());
  }

  /** A value the question does not accept; {@code where} says where it was given ("" or "line 3: "). */
  public static Failure notAnAnswer(String where, Question question, String value) {
    return at(Kind.INVALID_ANSWER, question, where + Refusals.notAnAnswer(question, value));
  }

  /** A question the walk reached without an answer; {@code hint} says how to give one, or is "". */
  public static Failure unanswered(Question question, String hint) {
    return at(Kind.INCOMPLETE, question, Refusals.unanswered(question) + hint);
  }

  /** Why answers by id were not taken: nothing when they were ({@link AnswerSheet.Accepted}). */
  public static Optional<Failure> refusing(AnswerSheet.Checked checked) {
    if (checked instanceof AnswerSheet.Unknown unknown) {
      return Optional.of(unknownQuestion(unknown.id(), unknown.didYouMean()));
    }
    if (checked instanceof AnswerSheet.Invalid invalid) {
      return Optional.of(notAnAnswer("", invalid.question(), invalid.value()));
    }
    if (checked instanceof AnswerSheet.Repeated repeated) {
      return Optional.of(at(Kind.INVALID_ANSWER, repeated.question(), Refusals.answeredTwice(repeated.question())));
    }
    return Optional.empty();
  }

  /** An answer to a question id that does not exist. */
  public static Failure unknownQuestion(String id, Optional<String> didYouMean) {
    return unknownQuestion("", id, didYouMean);
  }

  /** An answer to a question id that does not exist; {@code where} says where it was given ("" or "a.csv: "). */
  public static Failure unknownQuestion(String where, String id, Optional<String> didYouMean) {
    return new Failure(Kind.UNKNOWN_QUESTION, where + Refusals.unknownQuestion(id, didYouMean), Optional.empty(),
        Optional.of(id), didYouMean, List.of());
  }

  public static Failure invalid(String source, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    return new Failure(Kind.INVALID_QUESTIONNAIRE,
        source + " is not a valid questionnaire: " + errors + (errors == 1 ? " error" : " errors"),
        Optional.empty(), Optional.empty(), Optional.empty(), problems);
  }

  /** A scenario file with problems. */
  public static Failure invalidScenarios(String source, List<Problem> problems) {
    return new Failure(Kind.INVALID_SCENARIOS, source + " is not a valid scenario file", Optional.empty(),
        Optional.empty(), Optional.empty(), problems);
  }

  /** An answers file that cannot be read as a map of question id to answer. */
  public static Failure unreadableAnswers(String source, List<Problem> problems) {
    return new Failure(Kind.INVALID_ANSWER, source + " is not a map of question id to answer",
        Optional.empty(), Optional.empty(), Optional.empty(), problems);
  }

  public Kind kind() {
    return kind;
  }

  /** The question it is about, when it exists (for what it accepts). */
  public Optional<Question> question() {
    return question;
  }

  /** The id of the question it is about, which may not exist. */
  public Optional<String> questionId() {
    return questionId;
  }

  public Optional<String> didYouMean() {
    return didYouMean;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The line of the input it is about, when it is about one. */
  public Optional<Long> line() {
    return line;
  }
}
