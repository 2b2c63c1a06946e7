package triage.cli;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import triage.model.Questionnaire;

/**
 * {@code --lang}, shared by every command that shows a questionnaire's words. Without it the
 * language comes from the environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}); a
 * language the questionnaire lacks falls back to its default, with a one-line warning.
 */
public final class LanguageOption {

  @Option(names = "--lang", paramLabel = "LANG",
      description = "The language to ask in, such as en or es (default: from $LANG; else the questionnaire's own).")
  String language;

  /** The language to use with this questionnaire; warns on stderr when falling back (unless quiet). */
  String choose(Questionnaire questionnaire, Io io, boolean warn) {
    return choose(questionnaire, io, warn, Locales.language(io));
  }

  /**
   * The language {@code --lang} names, else the questionnaire's own, whatever the locale says: for
   * data jobs, whose output must not change with the environment of whoever runs them.
   */
  String chooseIgnoringLocale(Questionnaire questionnaire, Io io) {
    return choose(questionnaire, io, true, Optional.empty());
  }

  private String choose(Questionnaire questionnaire, Io io, boolean warn, Optional<String> fromLocale) {
    Optional<String> requested = Optional.ofNullable(language).map(l -> l.toLowerCase(Locale.ROOT))
        .or(() -> fromLocale);
    if (requested.isEmpty() || questionnaire.languages().contains(requested.get())) {
      return requested.orElse(questionnaire.language());
    }
    if (warn) {
      io.err().println("triage: this questionnaire has no `" + requested.get() + "` texts; using `"
          + questionnaire.language() + "`");
    }
    return questionnaire.language();
  }
}
