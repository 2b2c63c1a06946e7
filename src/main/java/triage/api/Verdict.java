package triage.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import triage.render.Json;
import triage.render.Wording;

/**
 * Where an answer set led: the level, the outcome and its advice, why, and the path taken; the
 * same content as the JSON verdict of {@code triage --format json} and {@code triage batch}, which
 * {@link #toJson()} gives exactly. It is not a diagnosis. Immutable.
 */
public final class Verdict {

  /**
   * One piece of advice.
   *
   * @param id its id in the questionnaire
   * @param text its words, in the verdict's language, the emergency number filled in
   */
  public record Advice(String id, String text) {}

  /**
   * An answer that led to the verdict's level: it raised the level, or it ended the walk above self-care.
   *
   * @param question the question's id
   * @param answer the answer as given ({@code yes}, an option's value, the number)
   * @param level the level it led to
   */
  public record Reason(String question, String answer, Level level) {}

  /**
   * One question the walk asked, and the answer it took.
   *
   * @param question the question's id
   * @param text the question's words, in the verdict's language
   * @param answer the answer as given, or {@code unsure} where one was assumed
   */
  public record Step(String question, String text, String answer) {}

  /**
   * Which questionnaire gave the verdict.
   *
   * @param id its id
   * @param version its version
   * @param sha256 the sha256 of its bytes, in hex
   * @param source the file's name as it was given, or {@code built-in}
   */
  public record Source(String id, String version, String sha256, String source) {}

  private final Triager triager;
  private final triage.walk.Verdict verdict;
  private final List<String> unused;
  private final List<String> assumedUnsure;
  private volatile String json; // worked out on first use: every thread works out the same

  Verdict(Triager triager, triage.walk.Verdict verdict, List<String> unused, List<String> assumedUnsure) {
    this.triager = triager;
    this.verdict = verdict;
    this.unused = List.copyOf(unused);
    this.assumedUnsure = List.copyOf(assumedUnsure);
  }

  /** How urgent: the highest of the outcome reached and every level an answer raised. */
  public Level level() {
    return Level.of(verdict.level());
  }

  /** The id of the outcome: the one reached, or the questionnaire's outcome for the level when answers raised it higher. */
  public String outcome() {
    return verdict.outcome().id();
  }

  /** The outcome's title, such as "Call 112 now". */
  public String title() {
    return wording().of(verdict.outcome().title());
  }

  /** What to do, in order. */
  public List<Advice> advice() {
    return verdict.advice().stream().map(advice -> new Advice(advice.id(), wording().of(advice.text()))).toList();
  }

  /** The answers that led to the level. */
  public List<Reason> reasons() {
    return verdict.reasons().stream()
        .map(reason -> new Reason(reason.step().question().id(), reason.step().given(), Level.of(reason.level())))
        .toList();
  }

  /** Every question asked, in order, with the answer it took. */
  public List<Step> path() {
    return verdict.path().stream()
        .map(step -> new Step(step.question().id(), wording().of(step.question().text()), step.given()))
        .toList();
  }

  /** The ids answered that the walk never asked, in the order given. */
  public List<String> unused() {
    return unused;
  }

  /** The questions the walk reached without an answer and took as {@code unsure}, in the order asked. */
  public List<String> assumedUnsure() {
    return assumedUnsure;
  }

  /** The questionnaire's words saying that this is not a diagnosis. */
  public String notADiagnosis() {
    return wording().of(wording().questionnaire().notices().notADiagnosis());
  }

  /** When to seek help sooner than the level says, if the questionnaire says so for this level. */
  public Optional<String> seekHelpIf() {
    return wording().questionnaire().notices().seekHelpIf(verdict.level()).map(wording()::of);
  }

  /** The emergency number the words name, when one is known. */
  public Optional<String> emergencyNumber() {
    return wording().emergencyNumber();
  }

  /** The language of the words. */
  public String language() {
    return wording().language();
  }

  /** Which questionnaire gave it. */
  public Source questionnaire() {
    Questionnaire questionnaire = triager.questionnaire();
    return new Source(questionnaire.id(), questionnaire.version(), questionnaire.sha256(), questionnaire.source());
  }

  /**
   * The verdict as one line of JSON (no newline): exactly what {@code triage --format json} writes
   * for the same answers, and what {@code triage batch} writes for a line of them (batch puts the
   * line's {@code id} first). Field order is fixed and nothing depends on time or chance.
   */
  public String toJson() {
    String written = json;
    if (written == null) {
      StringWriter out = new StringWriter();
      try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
        generator.writeStartObject();
        triager.json().writeFields(generator, verdict, unused, assumedUnsure);
        generator.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
      written = out.toString();
      json = written;
    }
    return written;
  }

  /** Verdicts are equal when their JSON is: same answers, same questionnaire, same options. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Verdict that && toJson().equals(that.toJson());
  }

  /** The hash of the JSON. */
  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  /** The JSON ({@link #toJson()}). */
  @Override
  public String toString() {
    return toJson();
  }

  private Wording wording() {
    return triager.wording();
  }
}
