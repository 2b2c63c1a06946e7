package triage.api;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import triage.model.Origin;
import triage.render.Refusals;
import triage.render.VerdictJson;
import triage.render.Wording;
import triage.walk.AnswerSheet;
import triage.walk.Walker;

/**
 * Triages answer sets with one questionnaire and one set of {@link Options}. Immutable and safe to
 * share between threads: make one and use it for every answer set. (It keeps, per thread, the
 * JSON of the texts it has written, so that each is encoded once per thread.)
 *
 * <p>Serializable, as its questionnaire and options.
 */
public final class Triager implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Questionnaire questionnaire;
  private final Options options;
  private final transient Walker walker;
  private final transient Wording wording;
  private final transient ThreadLocal<VerdictJson> json;

  Triager(Questionnaire questionnaire, Options options) {
    this.questionnaire = questionnaire;
    this.options = options;
    triage.model.Questionnaire model = questionnaire.model();
    String language = options.language().orElse(model.language());
    if (!model.languages().contains(language)) {
      throw new IllegalArgumentException("the questionnaire has no `" + language + "` texts; it has "
          + String.join(", ", model.languages()));
    }
    Optional<String> number = options.emergencyNumber()
        .or(() -> model.emergencyNumbers().flatMap(numbers -> numbers.forRegion(options.region())));
    this.walker = new Walker(model, language);
    this.wording = new Wording(model, language, number, questionnaire.messages(language));
    Origin origin = questionnaire.loaded().origin();
    this.json = ThreadLocal.withInitial(() -> new VerdictJson(wording, origin));
  }

  /**
   * Triages one answer set: answers by question id, in the map's order (a {@code LinkedHashMap}
   * keeps yours; the order decides which of several bad answers is reported, and the order of
   * {@link Verdict#unused()}). A value is a string, as a script would give it ({@code "yes"},
   * {@code "no sé"}, {@code "4_to_8"}, {@code "3"}); a whole number (an {@code Integer}, a
   * {@code Long}, or a {@code Double} such as {@code 3.0}) for a number question; {@code true} or
   * {@code false} for a yes/no question; or null for "not answered". An answer set that reaches
   * the same verdict as a {@code triage batch} line gives the same JSON, byte for byte
   * ({@link Verdict#toJson()}).
   *
   * @throws AnswerException when the answers give no verdict: an unknown id, a value the question
   *     does not accept, or a question reached without an answer (see {@link Options#strict(boolean)})
   * @throws NullPointerException when {@code answers} or one of its keys is null
   */
  public Verdict triage(Map<String, ?> answers) {
    Objects.requireNonNull(answers, "answers");
    for (Map.Entry<String, ?> answer : answers.entrySet()) {
      Objects.requireNonNull(answer.getKey(), "a question id");
      checkType(answer.getKey(), answer.getValue());
    }
    AnswerSheet.Builder builder = new AnswerSheet.Builder(walker);
    for (Map.Entry<String, ?> answer : answers.entrySet()) {
      add(builder, answer.getKey(), answer.getValue());
    }
    AnswerSheet.Checked checked = builder.build();
    if (checked instanceof AnswerSheet.Unknown unknown) {
      throw new AnswerException(AnswerException.Kind.UNKNOWN_QUESTION,
          Refusals.unknownQuestion(unknown.id(), unknown.didYouMean()), unknown.id(), unknown.didYouMean().orElse(null));
    }
    if (checked instanceof AnswerSheet.Invalid invalid) {
      throw new AnswerException(AnswerException.Kind.INVALID_ANSWER,
          Refusals.notAnAnswer(invalid.question(), invalid.value()), invalid.question().id(), null);
    }
    if (checked instanceof AnswerSheet.Repeated repeated) { // two keys equal as ids: a map of some other kind
      throw new AnswerException(AnswerException.Kind.INVALID_ANSWER, Refusals.answeredTwice(repeated.question()),
          repeated.question().id(), null);
    }
    AnswerSheet sheet = ((AnswerSheet.Accepted) checked).sheet();
    AnswerSheet.Reached reached = options.strict() ? sheet.walk(walker) : sheet.walkAssumingUnsure(walker);
    if (reached instanceof AnswerSheet.Missing missing) {
      throw new AnswerException(AnswerException.Kind.INCOMPLETE, Refusals.unanswered(missing.question()),
          missing.question().id(), null);
    }
    AnswerSheet.Finished finished = (AnswerSheet.Finished) reached;
    return new Verdict(this, finished.verdict(), finished.unused(), finished.assumedUnsure());
  }

  /** Values of a type no question takes are refused before anything else, as batch refuses a list. */
  private static void checkType(String id, Object value) {
    if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
      return;
    }
    String what = value instanceof Collection || value instanceof Map || value.getClass().isArray()
        ? "a list or an object" : "a " + value.getClass().getName();
    throw new AnswerException(AnswerException.Kind.INVALID_ANSWER, "the answer to `" + id
        + "` must be a single value (a string, a number, true or false, or null), not " + what, id, null);
  }

  /**
   * One answer, handed to the builder by its type, which decides what each type means (as it does
   * for a batch line): the same answer set gives the same verdict or refusal either way.
   */
  private static void add(AnswerSheet.Builder builder, String id, Object value) {
    if (value == null) {
      builder.addNothing(id);
    } else if (value instanceof Boolean yes) {
      builder.addBoolean(id, yes);
    } else if (value instanceof Number number) {
      builder.addNumber(id, digits(number));
    } else {
      builder.add(id, value.toString());
    }
  }

  /** A number as JSON would write it, for the builder to read: a double as its shortest decimal. */
  private static String digits(Number number) {
    return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
  }

  /** The questionnaire it triages with. */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The language of the verdicts' words. */
  public String language() {
    return wording.language();
  }

  /** The emergency number the verdicts name, when the options or the questionnaire give one. */
  public Optional<String> emergencyNumber() {
    return wording.emergencyNumber();
  }

  /** Whether a question reached without an answer is an error rather than {@code unsure}. */
  public boolean strict() {
    return options.strict();
  }

  Wording wording() {
    return wording;
  }

  /** This thread's writer of verdicts as JSON (it caches, so it is not shared between threads). */
  VerdictJson json() {
    return json.get();
  }

  private Object writeReplace() {
    return new Serialized(questionnaire, options);
  }

  private void readObject(ObjectInputStream in) throws IOException {
    throw new InvalidObjectException("a triager travels as its questionnaire and options");
  }

  /** What travels: the questionnaire and the options. */
  private record Serialized(Questionnaire questionnaire, Options options) implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return questionnaire.triager(options);
    }
  }
}
