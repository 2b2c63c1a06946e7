package triage.render;

import java.util.Optional;
import triage.model.Question;
import triage.walk.AnswerParser;

/**
 * Why answers given by question id gave no verdict, in the words every way of giving them shares:
 * {@code --answer}, a batch line and the embedding API ({@code triage.api}) say the same.
 */
public final class Refusals {

  private Refusals() {}

  /** A value the question does not accept, and what it does accept. */
  public static String notAnAnswer(Question question, String value) {
    return Shown.input(value) + " is not an answer to question `" + question.id() + "`; it accepts "
        + AnswerParser.describe(question);
  }

  /** An id that names no question, and the closest one that does. */
  public static String unknownQuestion(String id, Optional<String> didYouMean) {
    return "there is no question " + Shown.input(id) + didYouMean.map(s -> "; did you mean `" + s + "`?").orElse("");
  }

  public static String answeredTwice(Question question) {
    return "`" + question.id() + "` is answered twice";
  }

  /** A question the walk reached without an answer. */
  public static String unanswered(Question question) {
    return "question `" + question.id() + "` has no answer, so there is no verdict";
  }
}
