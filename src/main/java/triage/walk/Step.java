package triage.walk;

import triage.model.Answer;
import triage.model.NumberQuestion;
import triage.model.Question;

/** One question asked and the answer given; {@code given} is the number typed, for numbers. */
public record Step(Question question, Answer answer, String given) {

  /** The step as scripts write it: {@code id=value}. */
  public String shown() {
    return question.id() + "=" + given;
  }

  /**
   * Whether the answer is a whole number (given to a number question), which JSON writes as a
   * number; {@code unsure} and a range of numbers ({@code 0-9}, as {@code paths} lists them) are words.
   */
  public boolean isNumber() {
    if (!(question instanceof NumberQuestion) || given.isEmpty()) {
      return false;
    }
    int start = given.charAt(0) == '-' && given.length() > 1 ? 1 : 0;
    for (int i = start; i < given.length(); i++) {
      if (given.charAt(i) < '0' || given.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
