package triage.render;

import java.util.Optional;
import triage.model.AnswerWords;
import triage.model.ChoiceQuestion;
import triage.model.NumberQuestion;
import triage.model.Questionnaire;
import triage.model.Text;
import triage.model.YesNoQuestion;
import triage.text.Visible;
import triage.walk.Step;

/**
 * Puts a questionnaire's texts into words for one language: picks the translation (falling back
 * to the default language) and fills in {@code {emergency_number}} with the number chosen for
 * where the person is (or, when there is none, the tool's words for "your local emergency number").
 */
public final class Wording {

  static final String EMERGENCY_NUMBER = "{emergency_number}";

  private final Questionnaire questionnaire;
  private final String language;
  private final String emergencyNumber;

  private final Optional<String> number;

  public Wording(Questionnaire questionnaire, String language, Optional<String> emergencyNumber, Messages messages) {
    this.questionnaire = questionnaire;
    this.language = language;
    this.number = emergencyNumber;
    this.emergencyNumber = emergencyNumber.orElseGet(() -> messages.get("emergency-number-unknown"));
  }

  /** The emergency number the texts name, when one is known. */
  public Optional<String> emergencyNumber() {
    return number;
  }

  /** The words of a text in this language, the emergency number filled in, nothing that could drive a terminal. */
  public String of(Text text) {
    String words = Visible.of(text.in(language));
    return words.contains(EMERGENCY_NUMBER) ? words.replace(EMERGENCY_NUMBER, emergencyNumber) : words;
  }

  public String language() {
    return language;
  }

  /** The answer words of this language. */
  public AnswerWords words() {
    return questionnaire.words(language);
  }

  /** An answer as a person reading this language would say it: {@code sí}, an option's text, a number. */
  public String answer(Step step) {
    if (step.question() instanceof ChoiceQuestion) {
      return of(step.answer().label());
    }
    if (step.question() instanceof NumberQuestion && !step.given().equals(YesNoQuestion.UNSURE)) {
      return step.given();
    }
    return words().shown(step.given());
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }
}
