package triage.walk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import triage.load.Suggestion;
import triage.model.Question;
import triage.model.Questionnaire;

/**
 * Answers given by question id, as scripts and scenarios give them, and the walk they lead to.
 * Strict: an id the questionnaire does not have, or a value a question does not accept, is an error
 * before anything is walked (a typo must never turn a red flag into "not answered"); a question the
 * walk reaches without an answer is an error too. Answers the walk never reached are listed.
 */
public final class AnswerSheet {

  /** What answering by id led to. */
  public sealed interface Result {}

  /** A verdict, and the ids answered that the walk never reached. */
  public record Finished(Verdict verdict, List<String> unused) implements Result {}

  /** The walk reached a question that has no answer; {@code walk} stands at it. */
  public record Missing(Question question, Walk walk) implements Result {}

  /** An answer the question does not accept. */
  public record Invalid(Question question, String value) implements Result {}

  /** An id that names no question, and the closest one that does. */
  public record Unknown(String id, Optional<String> didYouMean) implements Result {}

  private final Map<String, String> answers;

  public AnswerSheet(Map<String, String> answers) {
    this.answers = new LinkedHashMap<>(answers);
  }

  public Map<String, String> answers() {
    return answers;
  }

  /** Checks every answer, then walks as far as the answers go. */
  public Result walk(Walker walker) {
    Questionnaire questionnaire = walker.questionnaire();
    Map<String, Step> steps = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : answers.entrySet()) {
      Optional<Question> question = questionnaire.question(entry.getKey());
      if (question.isEmpty()) {
        Set<String> ids = questionnaire.questions().stream().map(Question::id).collect(Collectors.toSet());
        return new Unknown(entry.getKey(), Suggestion.closest(entry.getKey(), ids));
      }
      Optional<Step> step = AnswerParser.parse(question.get(), entry.getValue(), AnswerParser.Strictness.EXACT);
      if (step.isEmpty()) {
        return new Invalid(question.get(), entry.getValue());
      }
      steps.put(entry.getKey(), step.get());
    }
    return continueFrom(walker.start(), steps);
  }

  /** Walks on from {@code walk}, using the (already checked) answers wherever the walk reaches them. */
  private static Result continueFrom(Walk walk, Map<String, Step> steps) {
    while (!walk.finished()) {
      Step step = steps.get(walk.question().id());
      if (step == null) {
        return new Missing(walk.question(), walk);
      }
      walk = walk.answer(step.answer(), step.given());
    }
    Set<String> asked = walk.steps().stream().map(s -> s.question().id()).collect(Collectors.toSet());
    List<String> unused = new ArrayList<>();
    for (String id : steps.keySet()) {
      if (!asked.contains(id)) {
        unused.add(id);
      }
    }
    return new Finished(walk.verdict(), unused);
  }
}
