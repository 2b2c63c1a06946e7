package triage.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * What the process's locale says: the first of {@code LC_ALL}, {@code LC_MESSAGES} and
 * {@code LANG} that is set, read as {@code language[_COUNTRY][.charset][@modifier]}
 * ({@code es_ES.UTF-8}). {@code C} and {@code POSIX} say nothing.
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

  /** The language, such as {@code es}. */
  static Optional<String> language(Io io) {
    return locale(io).map(value -> value.split("[_.@-]")[0].toLowerCase(Locale.ROOT))
        .filter(code -> code.matches("[a-z]{2,3}"));
  }

  /** The country, such as {@code GB}: two letters after the language ({@code es_419} names no country). */
  static Optional<String> region(Io io) {
    return locale(io).map(value -> value.split("[.@]")[0].split("[_-]"))
        .filter(parts -> parts.length >= 2 && parts[1].matches("[A-Za-z]{2}"))
        .map(parts -> parts[1].toUpperCase(Locale.ROOT));
  }
}
