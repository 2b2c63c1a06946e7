package triage.walk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;

/**
 * Where a walk through the questionnaire stands: the answers so far and what comes next, either a
 * question or a verdict. Immutable: answering or going back gives a new walk, which shares the
 * earlier steps with this one (so a walk of n answers costs n small objects, not n copies).
 */
public final class Walk {

  private final Walker walker;
  private final Walk before; // the walk before the last answer; null at the start
  private final Step last; // the last answer; null at the start
  private final int lastAnswer; // which of its question's answers the last one was
  private final int node; // where the walk stands: a question, or the outcome reached
  private final int count; // how many answers so far
  private final Level raised; // the highest raise so far

  private Walk(Walker walker, Walk before, Step last, int lastAnswer, int node, int count, Level raised) {
    this.walker = walker;
    this.before = before;
    this.last = last;
    this.lastAnswer = lastAnswer;
    this.node = node;
    this.count = count;
    this.raised = raised;
  }

  static Walk first(Walker walker, int start) {
    return new Walk(walker, null, null, -1, start, 0, Level.SELF_CARE);
  }

  /** Where the walk stands in the walker's graph. */
  int node() {
    return node;
  }

  public boolean finished() {
    return !walker.graph().isQuestion(node);
  }

  /** The question to ask now. */
  public Question question() {
    if (finished()) {
      throw new NoSuchElementException("the walk has ended");
    }
    return walker.graph().question(node);
  }

  /** The number of the question asked now, counting from 1. */
  public int number() {
    return count + 1;
  }

  /** How many questions this walk can still ask at most, the current one included. */
  public int atMostRemaining() {
    return finished() ? 0 : walker.longestFrom(node);
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
    Answer[] answers = walker.answers(node);
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
    return new Walk(walker, this, step, index, walker.graph().next(node)[index], count + 1,
        raised.atLeast(walker.raise(node, index)));
  }

  /** The walk as it was before the last answer, which is forgotten. */
  public Walk back() {
    return before == null ? this : before;
  }

  /** The highest level any answer so far has raised to. */
  public Level raised() {
    return raised;
  }

  public Verdict verdict() {
    if (!finished()) {
      throw new IllegalStateException("the walk has not ended: `" + question().id() + "` is unanswered");
    }
    Outcome reached = walker.graph().outcome(node);
    Level level = walker.verdictLevel(node, raised);
    int outcomeNode = walker.verdictOutcome(node, raised);
    Outcome outcome = walker.graph().outcome(outcomeNode);
    // The outcome's advice first, then what answers added, in the order they were given, each once.
    Step[] steps = new Step[count];
    int[] answerNodes = new int[count];
    int[] answerIndexes = new int[count];
    for (Walk walk = this; walk.last != null; walk = walk.before) {
      steps[walk.count - 1] = walk.last;
      answerNodes[walk.count - 1] = walk.before.node;
      answerIndexes[walk.count - 1] = walk.lastAnswer;
    }
    List<Advice> advice = new ArrayList<>();
    boolean[] given = new boolean[walker.adviceCount()];
    addAdvice(advice, given, walker.outcomeAdvice(outcomeNode));
    List<Reason> reasons = new ArrayList<>(2);
    for (int i = 0; i < count; i++) {
      addAdvice(advice, given, walker.answerAdvice(answerNodes[i], answerIndexes[i]));
      Level contribution = walker.raise(answerNodes[i], answerIndexes[i]);
      if (i == count - 1) {
        contribution = contribution.atLeast(reached.level());
      }
      if (contribution != Level.SELF_CARE) {
        reasons.add(new Reason(steps[i], contribution));
      }
    }
    // Immutable lists made once here, so the Verdict keeps them without copying again.
    return new Verdict(level, outcome, reached, List.copyOf(advice), List.copyOf(reasons), List.of(steps));
  }

  private void addAdvice(List<Advice> advice, boolean[] given, int[] indexes) {
    for (int index : indexes) {
      if (!given[index]) {
        given[index] = true;
        advice.add(walker.advice(index));
      }
    }
  }
}
