package triage.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import triage.model.EmergencyNumbers;

/**
 * How to triage: the language of the verdict's words (and of the answers read), the emergency
 * number they name, and what a question reached without an answer means. Immutable: each method
 * gives new options. Nothing is read from the environment ({@code LANG} and the like), unlike the
 * command line: what is not set here is the questionnaire's own default.
 */
public final class Options implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Options DEFAULTS = new Options(null, null, null, false);

  private final String language;
  private final String region;
  private final String emergencyNumber;
  private final boolean strict;

  private Options(String language, String region, String emergencyNumber, boolean strict) {
    this.language = language;
    this.region = region;
    this.emergencyNumber = emergencyNumber;
    this.strict = strict;
  }

  /**
   * The questionnaire's default language, its default emergency number, and gaps taken as
   * {@code unsure} where the question accepts that: what {@code triage batch} does.
   */
  public static Options defaults() {
    return DEFAULTS;
  }

  /**
   * The language to word the verdict in and read answers in, such as {@code es} (any case); it must
   * be one of the questionnaire's {@link Questionnaire#languages()}. Null: its default language.
   */
  public Options language(String code) {
    return new Options(code == null ? null : code.toLowerCase(Locale.ROOT), region, emergencyNumber, strict);
  }

  /**
   * The country the person is in, such as {@code GB} (any case), for its emergency number from the
   * questionnaire's list (its default where the country is not listed). Null: the default.
   *
   * @throws IllegalArgumentException when it is not two letters
   */
  public Options region(String countryCode) {
    if (countryCode != null && !countryCode.matches(EmergencyNumbers.REGION)) {
      throw new IllegalArgumentException("a region is a two-letter country code such as GB or US, not "
          + countryCode);
    }
    return new Options(language, countryCode, emergencyNumber, strict);
  }

  /**
   * The emergency number to name, whatever the region, such as {@code 112}. Null: by region.
   *
   * @throws IllegalArgumentException when it is not 2 to 8 digits
   */
  public Options emergencyNumber(String digits) {
    if (digits != null && !digits.matches(EmergencyNumbers.DIGITS)) {
      throw new IllegalArgumentException("an emergency number is the digits to dial, such as 112, not " + digits);
    }
    return new Options(language, region, digits, strict);
  }

  /**
   * With {@code true}, a question the walk reaches without an answer is an {@link AnswerException}
   * ({@code triage batch --strict}, and a run with {@code --answer}). With {@code false}, the
   * default, it is taken as {@code unsure} where the question accepts that, which never lowers
   * urgency, and listed in {@link Verdict#assumedUnsure()}; a question that does not accept
   * {@code unsure} is still an {@link AnswerException}.
   */
  public Options strict(boolean strict) {
    return new Options(language, region, emergencyNumber, strict);
  }

  Optional<String> language() {
    return Optional.ofNullable(language);
  }

  Optional<String> region() {
    return Optional.ofNullable(region);
  }

  Optional<String> emergencyNumber() {
    return Optional.ofNullable(emergencyNumber);
  }

  boolean strict() {
    return strict;
  }

  /** Deserialized options are checked as new ones are. */
  private Object readResolve() {
    return DEFAULTS.language(language).region(region).emergencyNumber(emergencyNumber).strict(strict);
  }

  /** Options are equal when every setting is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Options that && Objects.equals(language, that.language)
        && Objects.equals(region, that.region) && Objects.equals(emergencyNumber, that.emergencyNumber)
        && strict == that.strict;
  }

  /** A hash of every setting. */
  @Override
  public int hashCode() {
    return Objects.hash(language, region, emergencyNumber, strict);
  }

  /** The settings, for logs. */
  @Override
  public String toString() {
    return "Options[language=" + language + ", region=" + region + ", emergencyNumber=" + emergencyNumber
        + ", strict=" + strict + "]";
  }
}
