package triage.cli;

import java.util.Optional;
import picocli.CommandLine.Option;
import triage.model.Questionnaire;

/**
 * {@code --region} and {@code --emergency-number}, shared by every command that shows a verdict:
 * which emergency number the texts name. {@code --emergency-number}, then
 * {@code TRIAGE_EMERGENCY_NUMBER}, say it outright; otherwise it is the questionnaire's number for
 * the region ({@code --region}, else the country part of {@code LC_ALL}, {@code LC_MESSAGES} or
 * {@code LANG}), else its default.
 */
public final class EmergencyNumberOption {

  static final String ENV = "TRIAGE_EMERGENCY_NUMBER";
  private static final String DIGITS = "[0-9]{2,8}";

  @Option(names = "--region", paramLabel = "CC",
      description = "The country you are in, such as GB or US, for its emergency number (default: from $LANG).")
  String region;

  @Option(names = "--emergency-number", paramLabel = "N",
      description = "The emergency number to name, such as 112 (default: $" + ENV + ", else by region).")
  String number;

  /** The number to name with this questionnaire, if one is known. */
  Optional<String> choose(Questionnaire questionnaire, Io io) throws Failure {
    return choose(questionnaire, io, Locales.region(io));
  }

  /**
   * The same, but with the region {@code --region} names only, never the locale's: for data jobs,
   * whose output must not change with the environment of whoever runs them.
   */
  Optional<String> chooseIgnoringLocale(Questionnaire questionnaire, Io io) throws Failure {
    return choose(questionnaire, io, Optional.empty());
  }

  private Optional<String> choose(Questionnaire questionnaire, Io io, Optional<String> fromLocale) throws Failure {
    if (number != null) {
      return Optional.of(checked(number, "--emergency-number"));
    }
    String fromEnv = io.env(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(checked(fromEnv.strip(), "$" + ENV));
    }
    Optional<String> where = Optional.ofNullable(region).or(() -> fromLocale);
    if (region != null && !region.matches("[A-Za-z]{2}")) {
      throw Failure.of(Failure.Kind.USAGE, "--region takes a two-letter country code such as GB or US, not "
          + region);
    }
    return questionnaire.emergencyNumbers().flatMap(numbers -> numbers.forRegion(where));
  }

  private static String checked(String value, String from) throws Failure {
    if (!value.matches(DIGITS)) {
      throw Failure.of(Failure.Kind.USAGE, from + " must be the digits to dial, such as 112, not " + value);
    }
    return value;
  }
}
