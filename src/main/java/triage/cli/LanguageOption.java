package triage.cli;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import triage.model.Questionnaire;
import triage.render.Shown;

/**
 * {@code --lang}, shared by every command that shows a questionnaire's words. It takes a language
 * as a locale names it ({@code es}, {@code ES}, {@code es-MX}, {@code es_MX}, {@code es_419}), so
 * that it means what {@code LANG=es_MX.UTF-8} means. Without it the language comes from the
 * environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}); a language the questionnaire
 * lacks falls back to its default, with a one-line warning.
 */
public final class LanguageOption {

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The language to ask in, such as en, es or es-MX (default: from $LANG; else the "
          + "questionnaire's own).")
  String language;

  /** The language to use with this questionnaire; warns on stderr when falling back (unless quiet). */
  String choose(Questionnaire questionnaire, Io io, boolean warn) {
    Optional<String> requested = Optional.ofNullable(language)
        .map(given -> Locales.language(given).orElse(given.strip().toLowerCase(Locale.ROOT)))
        .or(() -> Locales.language(io));
    if (requested.isEmpty() || questionnaire.languages().contains(requested.get())) {
      return requested.orElse(questionnaire.language());
    }
    if (warn) {
      io.err().println("triage: this questionnaire has no " + Shown.input(requested.get()) + " texts; using `"
          + questionnaire.language() + "`");
    }
    return questionnaire.language();
  }

  /** The country {@code --lang} names ({@code MX} for {@code es-MX}), which stands in for the locale's. */
  Optional<String> region() {
    return Optional.ofNullable(language).flatMap(Locales::region);
  }
}
