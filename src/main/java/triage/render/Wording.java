package triage.render;

import triage.model.Questionnaire;
import triage.model.Text;

/**
 * Puts a questionnaire's texts into words for one language: picks the translation (falling back
 * to the default language) and fills in {@code {emergency_number}}.
 */
public final class Wording {

  static final String EMERGENCY_NUMBER = "{emergency_number}";

  private final Questionnaire questionnaire;
  private final String language;
  private final String emergencyNumber;

  public Wording(Questionnaire questionnaire, String language, Messages messages) {
    this.questionnaire = questionnaire;
    this.language = language;
    this.emergencyNumber = questionnaire.emergencyNumber()
        .orElseGet(() -> questionnaire.notices().emergencyNumberUnknown()
            .map(text -> text.in(language))
            .orElse(messages.get("emergency-number-unknown")));
  }

  public String of(Text text) {
    String words = text.in(language);
    return words.contains(EMERGENCY_NUMBER) ? words.replace(EMERGENCY_NUMBER, emergencyNumber) : words;
  }

  public String language() {
    return language;
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }
}
