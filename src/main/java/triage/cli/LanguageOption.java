package triage.cli;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import triage.model.Questionnaire;
import triage.render.Messages;
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

  /**
   * The language to use with this questionnaire; warns on stderr when falling back (unless quiet),
   * in the language asked for when the tool speaks it.
   */
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
    Optional<String> requested = language != null
        ? Optional.of(Locales.language(language).orElse(language.strip().toLowerCase(Locale.ROOT)))
        : fromLocale;
    if (requested.isEmpty() || questionnaire.languages().contains(requested.get())) {
      return requested.orElse(questionnaire.language());
    }
    if (warn) {
      io.err().println("triage: " + messages(Optional.ofNullable(language), io).get("language.missing",
          Shown.input(requested.get()), "`" + questionnaire.language() + "`"));
    }
    return questionnaire.language();
  }

  /**
   * The tool's own words in the language asked for: by {@code --lang} as written on this command
   * line, else by the locale (English for a language the tool does not speak). For what is said
   * before, or without, a questionnaire to choose a language with, such as a wrong option.
   */
  public static Messages messages(String[] args, Io io) {
    Optional<String> given = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--lang=")) {
        given = Optional.of(args[i].substring("--lang=".length()));
      } else if (args[i].equals("--lang") && i + 1 < args.length) {
        given = Optional.of(args[i + 1]);
      } else if (args[i].equals("--")) {
        break;
      }
    }
    return messages(given, io);
  }

  private static Messages messages(Optional<String> given, Io io) {
    return Messages.of(given.flatMap(Locales::language).or(() -> Locales.language(io)).orElse("en"));
  }

  /** The country {@code --lang} names ({@code MX} for {@code es-MX}), which stands in for the locale's. */
  Optional<String> region() {
    return language == null ? Optional.empty() : Locales.region(language);
  }
}
