package triage.walk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Question;

/**
 * Where a walk through the questionnaire stands: the answers so far and what comes next, either a
 * question or a verdict. Immutable: answering or going back gives a new walk, which shares the
 * earlier steps with this one (so a walk of n answers costs n small objects, not n copies). Every
 * move goes through the walker's {@link StepRule}.
 */
public final class Walk {

  private final Walker walker;
  private final Walk before; // the walk before the last answer; null at the start
  private final Step last; // the last answer; null at the start
  private final int lastAnswer; // which of its question's answers the last one was
  private final int state; // where the walk stands (StepRule)
  private final int count; // how many answers so far

  private Walk(Walker walker, Walk before, Step last, int lastAnswer, int state, int count) {
    this.walker = walker;
    this.before = before;
    this.last = last;
    this.lastAnswer = lastAnswer;
    this.state = state;
    this.count = count;
  }

  static Walk first(Walker walker) {
    return new Walk(walker, null, null, -1, walker.rule().start(), 0);
  }

  /** Where the walk stands in the walker's graph. */
  int node() {
    return StepRule.node(state);
  }

  public boolean finished() {
    return !walker.rule().asks(state);
  }

  /** The question to ask now. */
  public Question question() {
    if (finished()) {
      throw new NoSuchElementException("the walk has ended");
    }
    return walker.rule().question(state);
  }

  /** The number of the question asked now, counting from 1. */
  public int number() {
    return count + 1;
  }

  /** How many questions this walk can still ask at most, the current one included. */
  public int atMostRemaining() {
    return walker.longestFrom(state);
  }

  /** The answers so far, first to last. */
  public List<Step> steps() {
    Step[] steps = new Step[count];
    int i = count;
    for (Walk walk = this; walk.last != null; walk = walk.before) {
      steps[--i] = walk.last;
    }
    return Arrays.asList(steps);
  }

  public boolean canGoBack() {
    return last != null;
  }

  /** The walk with this answer to the current question; the answer must be one of its answers. */
  public Walk answer(Answer answer, String given) {
    return answer(new Step(question(), answer, given));
  }

  /** The walk with this step (an answer to the current question) taken. */
  public Walk answer(Step step) {
    Question question = question();
    if (step.question() != question) {
      throw new IllegalArgumentException("a step for `" + step.question().id() + "` taken at `" + question.id() + "`");
    }
    Answer[] answers = walker.answers(node());
    int index = -1;
    for (int i = 0; i < answers.length && index < 0; i++) {
      if (answers[i] == step.answer()) {
        index = i; // answers come from the question itself, so identity finds them cheaply
      }
    }
    for (int i = 0; i < answers.length && index < 0; i++) {
      if (answers[i].equals(step.answer())) {
        index = i;
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException("`" + step.answer().value() + "` is not an answer to `" + question.id() + "`");
    }
    return new Walk(walker, this, step, index, walker.rule().next(state, index), count + 1);
  }

  /** The walk as it was before the last answer, which is forgotten. */
  public Walk back() {
    return before == null ? this : before;
  }

  /** The highest level any answer so far has raised to. */
  public Level raised() {
    return StepRule.raised(state);
  }

  public Verdict verdict() {
    if (!finished()) {
      throw new IllegalStateException("the walk has not ended: `" + question().id() + "` is unanswered");
    }
    StepRule rule = walker.rule();
    int outcomeNode = rule.outcome(state);
    // The outcome's advice first, then what answers added, in the order they were given, each once.
    Step[] steps = new Step[count];
    Walk[] from = new Walk[count];
    for (Walk walk = this; walk.last != null; walk = walk.before) {
      steps[walk.count - 1] = walk.last;
      from[walk.count - 1] = walk;
    }
    Level level = rule.level(state);
    List<Advice> advice = new ArrayList<>();
    boolean[] given = new boolean[walker.adviceCount()];
    addAdvice(advice, given, walker.outcomeAdvice(outcomeNode), level, from);
    List<Reason> reasons = new ArrayList<>(2);
    for (int i = 0; i < count; i++) {
      Walk answered = from[i];
      addAdvice(advice, given, walker.answerAdvice(answered.before.node(), answered.lastAnswer), level, from);
      Level cause = rule.cause(answered.before.state, answered.lastAnswer);
      if (cause != Level.SELF_CARE) {
        reasons.add(new Reason(steps[i], cause));
      }
    }
    // Immutable lists made once here, so the Verdict keeps them without copying again.
    return new Verdict(level, rule.graph().outcome(outcomeNode), rule.reached(state),
        List.copyOf(advice), List.copyOf(reasons), List.of(steps));
  }

  /**
   * Adds the advice not yet given that may be given at this level and after these answers
   * ({@code path}: the walk after each answer, in order).
   */
  private void addAdvice(List<Advice> advice, boolean[] given, int[] indexes, Level level, Walk[] path) {
    for (int index : indexes) {
      Advice item = walker.advice(index);
      if (!given[index] && item.givenAt(level) && !ruledOut(walker.unless(index), path)) {
        given[index] = true;
        advice.add(item);
      }
    }
  }

  /** Whether the path gave any of these answers. */
  private static boolean ruledOut(Walker.Unless[] unless, Walk[] path) {
    for (Walker.Unless condition : unless) {
      for (Walk answered : path) {
        if (answered.before.node() == condition.node() && condition.answers()[answered.lastAnswer]) {
          return true;
        }
      }
    }
    return false;
  }
}
