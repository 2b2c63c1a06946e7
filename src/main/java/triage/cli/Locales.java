package triage.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * What a locale name says, read as {@code language[_COUNTRY][.charset][@modifier]}, with {@code -}
 * as well as {@code _} ({@code es_MX.UTF-8}, {@code es-MX}, {@code ES}, {@code es_419}): from
 * {@code --lang}, or from the process's locale, the first of {@code LC_ALL}, {@code LC_MESSAGES}
 * and {@code LANG} that is set. {@code C} and {@code POSIX} say nothing.
 */
final class Locales {

  private Locales() {}

  private static Optional<String> locale(Io io) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = io.env(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    }
    return Optional.empty();
  }

  /** The language of the process's locale, such as {@code es}. */
  static Optional<String> language(Io io) {
    return locale(io).flatMap(Locales::language);
  }

  /** The country of the process's locale, such as {@code GB}. */
  static Optional<String> region(Io io) {
    return locale(io).flatMap(Locales::region);
  }

  /** The language a locale name names, in lower case: {@code es} for {@code es_MX.UTF-8}, {@code es-MX} or {@code ES}. */
  static Optional<String> language(String locale) {
    return Optional.of(locale.strip().split("[_.@-]")[0].toLowerCase(Locale.ROOT))
        .filter(code -> code.matches("[a-z]{2,3}"));
  }

  /** The country a locale name names: two letters after the language ({@code es_419} names no country). */
  static Optional<String> region(String locale) {
    return Optional.of(locale.strip().split("[.@]")[0].split("[_-]"))
        .filter(parts -> parts.length >= 2 && parts[1].matches("[A-Za-z]{2}"))
        .map(parts -> parts[1].toUpperCase(Locale.ROOT));
  }
}
