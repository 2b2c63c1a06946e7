package triage.walk;

import triage.model.Question;

/** Drives a walk with typed answers, as a script would. */
final class Walks {

  private Walks() {}

  static Walk answer(Walk walk, String... typed) {
    for (String input : typed) {
      Question question = walk.question();
      Step step = AnswerParser.parse(question, input, AnswerParser.Strictness.EXACT, triage.model.AnswerWords.ENGLISH)
          .orElseThrow(() -> new AssertionError("`" + input + "` is not an answer to " + question.id()));
      walk = walk.answer(step);
    }
    return walk;
  }
}
