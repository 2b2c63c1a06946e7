package triage.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words shown to a person, in one or more languages. The first entry is the questionnaire's default
 * language, used when a text has no translation for the language asked for.
 */
public record Text(Map<String, String> byLanguage) {

  public Text {
    if (byLanguage.isEmpty()) {
      throw new IllegalArgumentException("a text needs at least one language");
    }
    byLanguage = byLanguage.size() == 1
        ? Map.copyOf(byLanguage) // the usual case, and a large file has hundreds of thousands
        : Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
  }

  public static Text of(String language, String words) {
    return new Text(Map.of(language, words));
  }

  /** The words in this language, or in the default language when there is no translation. */
  public String in(String language) {
    String words = byLanguage.get(language);
    return words != null ? words : byLanguage.values().iterator().next();
  }

  public boolean has(String language) {
    return byLanguage.containsKey(language);
  }
}
