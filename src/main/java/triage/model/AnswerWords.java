package triage.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that answer yes, no and unsure in one language: full words, accepted from anyone
 * (the first is the one shown), and abbreviations, accepted only from a person at a terminal. The
 * values {@code yes}, {@code no} and {@code unsure} themselves are accepted in every language.
 */
public record AnswerWords(Map<String, List<String>> words, Map<String, String> abbreviations) {

  public AnswerWords {
    words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
    abbreviations = Collections.unmodifiableMap(new LinkedHashMap<>(abbreviations));
  }

  /** English, used when a questionnaire does not say otherwise. */
  public static final AnswerWords ENGLISH = new AnswerWords(
      Map.of(YesNoQuestion.YES, List.of("yes"), YesNoQuestion.NO, List.of("no"),
          YesNoQuestion.UNSURE, List.of("unsure", "not sure")),
      Map.of("y", YesNoQuestion.YES, "n", YesNoQuestion.NO, "u", YesNoQuestion.UNSURE,
          "don't know", YesNoQuestion.UNSURE, "dont know", YesNoQuestion.UNSURE));

  /** The word shown for {@code value} (yes, no, unsure): the language's first, or the value itself. */
  public String shown(String value) {
    List<String> forValue = words.get(value);
    return forValue == null || forValue.isEmpty() ? value : forValue.get(0);
  }
}
