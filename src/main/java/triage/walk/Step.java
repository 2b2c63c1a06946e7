package triage.walk;

import triage.model.Answer;
import triage.model.Question;

/** One question asked and the answer given; {@code given} is the number typed, for numbers. */
public record Step(Question question, Answer answer, String given) {

  /** The step as scripts write it: {@code id=value}. */
  public String shown() {
    return question.id() + "=" + given;
  }
}
