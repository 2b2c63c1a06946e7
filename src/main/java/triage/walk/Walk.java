package triage.walk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.RouteGraph;

/**
 * Where a walk through the questionnaire stands: the answers so far and what comes next, either a
 * question or a verdict. Immutable: answering or going back gives a new walk.
 */
public final class Walk {

  private final Walker walker;
  private final List<Step> steps;
  private final List<Integer> nodes; // nodes.get(i) is where step i was asked; the last is where we are

  private Walk(Walker walker, List<Step> steps, List<Integer> nodes) {
    this.walker = walker;
    this.steps = steps;
    this.nodes = nodes;
  }

  static Walk first(Walker walker, int start) {
    return new Walk(walker, List.of(), List.of(start));
  }

  private int node() {
    return nodes.get(nodes.size() - 1);
  }

  public boolean finished() {
    return !walker.graph().isQuestion(node());
  }

  /** The question to ask now. */
  public Question question() {
    if (finished()) {
      throw new NoSuchElementException("the walk has ended");
    }
    return walker.graph().question(node());
  }

  /** The number of the question asked now, counting from 1. */
  public int number() {
    return steps.size() + 1;
  }

  /** How many questions this walk can still ask at most, the current one included. */
  public int atMostRemaining() {
    return finished() ? 0 : walker.longestFrom(node());
  }

  public List<Step> steps() {
    return steps;
  }

  public boolean canGoBack() {
    return !steps.isEmpty();
  }

  /** The walk with this answer to the current question; the answer must be one of its answers. */
  public Walk answer(Answer answer, String given) {
    Question question = question();
    int index = question.answers().indexOf(answer);
    if (index < 0) {
      throw new IllegalArgumentException("`" + answer.value() + "` is not an answer to `" + question.id() + "`");
    }
    List<Step> nextSteps = new ArrayList<>(steps.size() + 1);
    nextSteps.addAll(steps);
    nextSteps.add(new Step(question, answer, given));
    List<Integer> nextNodes = new ArrayList<>(nodes.size() + 1);
    nextNodes.addAll(nodes);
    nextNodes.add(walker.graph().next(node())[index]);
    return new Walk(walker, List.copyOf(nextSteps), List.copyOf(nextNodes));
  }

  /** The walk as it was before the last answer, which is forgotten. */
  public Walk back() {
    if (steps.isEmpty()) {
      return this;
    }
    return new Walk(walker, steps.subList(0, steps.size() - 1), nodes.subList(0, nodes.size() - 1));
  }

  /** The highest level any answer so far has raised to. */
  public Level raised() {
    Level level = Level.SELF_CARE;
    for (Step step : steps) {
      level = level.atLeast(step.answer().route().raiseOrSelfCare());
    }
    return level;
  }

  public Verdict verdict() {
    if (!finished()) {
      throw new IllegalStateException("the walk has not ended: `" + question().id() + "` is unanswered");
    }
    RouteGraph graph = walker.graph();
    Outcome reached = graph.outcome(node());
    Level level = reached.level().atLeast(raised());
    Outcome outcome = level == reached.level()
        ? reached
        : walker.questionnaire().escalation(level).orElse(reached);
    Map<String, Advice> advice = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(outcome.advice());
    steps.forEach(step -> ids.addAll(step.answer().route().advice()));
    for (String id : ids) {
      walker.questionnaire().advice(id).ifPresent(a -> advice.putIfAbsent(id, a));
    }
    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Level contribution = step.answer().route().raiseOrSelfCare();
      if (i == steps.size() - 1) {
        contribution = contribution.atLeast(reached.level());
      }
      if (contribution != Level.SELF_CARE) {
        reasons.add(new Reason(step, contribution));
      }
    }
    return new Verdict(level, outcome, reached, List.copyOf(advice.values()), reasons, steps);
  }
}
