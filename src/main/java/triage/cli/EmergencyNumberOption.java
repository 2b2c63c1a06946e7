package triage.cli;

import java.util.Optional;
import picocli.CommandLine.Option;
import triage.model.EmergencyNumbers;
import triage.model.Questionnaire;
import triage.render.Shown;

/**
 * {@code --region} and {@code --emergency-number}, shared by every command that shows a verdict:
 * which emergency number the texts name. {@code --emergency-number}, then
 * {@code TRIAGE_EMERGENCY_NUMBER}, say it outright; otherwise it is the questionnaire's number for
 * the region ({@code --region}, else the country part of {@code --lang}, as in {@code es-MX}, else
 * that of {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG}), else its default.
 */
public final class EmergencyNumberOption {

  static final String ENV = "TRIAGE_EMERGENCY_NUMBER";

  @Option(names = "--region", paramLabel = "CC",
      description = "The country you are in, such as GB or US, for its emergency number (default: from --lang "
          + "es-MX, else from $LANG).")
  String region;

  @Option(names = "--emergency-number", paramLabel = "N",
      description = "The emergency number to name, such as 112 (default: $" + ENV + ", else by region).")
  String number;

  /** The number to name with this questionnaire, if one is known; {@code language} may name a country. */
  Optional<String> choose(Questionnaire questionnaire, Io io, LanguageOption language) throws Failure {
    return choose(questionnaire, io, language, Locales.region(io));
  }

  /**
   * The same, but with the region {@code --region} or {@code --lang} names only, never the locale's:
   * for data jobs, whose output must not change with the environment of whoever runs them.
   */
  Optional<String> chooseIgnoringLocale(Questionnaire questionnaire, Io io, LanguageOption language)
      throws Failure {
    return choose(questionnaire, io, language, Optional.empty());
  }

  private Optional<String> choose(Questionnaire questionnaire, Io io, LanguageOption language,
      Optional<String> fromLocale) throws Failure {
    if (number != null) {
      return Optional.of(checked(number, "--emergency-number"));
    }
    String fromEnv = io.env(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(checked(fromEnv.strip(), "$" + ENV));
    }
    Optional<String> where = region != null ? Optional.of(region) : language.region().or(() -> fromLocale);
    if (region != null && !region.matches(EmergencyNumbers.REGION)) {
      throw Failure.said(Failure.Kind.USAGE, "region.form", Shown.input(region));
    }
    return questionnaire.emergencyNumbers().flatMap(numbers -> numbers.forRegion(where));
  }

  private static String checked(String value, String from) throws Failure {
    if (!value.matches(EmergencyNumbers.DIGITS)) {
      throw Failure.said(Failure.Kind.USAGE, "emergency-number.form", from, Shown.input(value));
    }
    return value;
  }
}
