package triage.check;

import java.util.ArrayList;
import java.util.List;
import triage.model.Answer;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Problem;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.model.YesNoQuestion;
import triage.walk.StepRule;

/**
 * Red flags whose {@code yes} (or {@code unsure}) can still end in a verdict below what it must
 * mean: its level for {@code yes}, the unsure floor for {@code unsure}. One pass over the states of
 * a walk, moving by the {@link StepRule}, computes the lowest verdict any way on from each state can
 * reach; a red flag's answer fails when, whatever level was raised before it (below what it must
 * mean), that is too low. Needs a graph without loops and with every route resolved.
 */
final class Safety {

  private static final Level[] LEVELS = Level.values();

  private final StepRule rule;
  private final Level[] lowest; // by state: the lowest verdict reachable from it
  private final int[] lowestAnswer; // by question state: which answer leads to it

  private Safety(StepRule rule) {
    this.rule = rule;
    this.lowest = new Level[rule.stateCount()];
    this.lowestAnswer = new int[rule.stateCount()];
    RouteGraph graph = rule.graph();
    for (int node = graph.questionCount(); node < graph.nodeCount(); node++) {
      for (Level raised : LEVELS) {
        int end = StepRule.state(node, raised);
        lowest[end] = rule.level(end);
      }
    }
    int[] order = graph.topologicalOrder();
    for (int i = order.length - 1; i >= 0; i--) {
      for (Level raised : LEVELS) {
        int state = StepRule.state(order[i], raised);
        Level least = Level.EMERGENCY;
        for (int a = 0; a < rule.answerCount(state); a++) {
          Level via = through(state, a);
          if (via.below(least) || a == 0) {
            least = via;
            lowestAnswer[state] = a;
          }
        }
        lowest[state] = least;
      }
    }
  }

  static List<Problem> problems(StepRule rule) {
    return new Safety(rule).check();
  }

  /** The lowest verdict reachable by answering {@code a} in {@code state}. */
  private Level through(int state, int a) {
    int next = rule.next(state, a);
    return next == StepRule.NOWHERE ? Level.EMERGENCY : lowest[next];
  }

  private List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    RouteGraph graph = rule.graph();
    for (int q = 0; q < graph.questionCount(); q++) {
      Question question = graph.question(q);
      if (question.redFlag().isEmpty()) {
        continue;
      }
      Level flag = question.redFlag().get();
      List<Answer> answers = question.answers();
      if (question instanceof NumberQuestion number && !meansItsFlag(q, number)) {
        problems.add(Problem.error(question.at(), "safety", "question `" + question.id() + "` is a red flag ("
            + flag.word() + "), but none of its ranges is sure to give " + flag.word() + ": give the range that"
            + " means it `raise: " + flag.word() + "`, or route it to an outcome at that level"));
      }
      for (int a = 0; a < answers.size(); a++) {
        String value = answers.get(a).value();
        Level needed = value.equals(YesNoQuestion.YES) && question instanceof YesNoQuestion ? flag
            : value.equals(YesNoQuestion.UNSURE) ? flag.unsureFloor() : null;
        if (needed == null) {
          continue;
        }
        // Whatever was raised before, below what the answer must mean, it must still get there.
        int worst = StepRule.state(q, Level.SELF_CARE);
        for (Level raised : LEVELS) {
          int state = StepRule.state(q, raised);
          if (raised.below(needed) && through(state, a).below(through(worst, a))) {
            worst = state;
          }
        }
        Level reached = through(worst, a);
        if (reached.below(needed)) {
          problems.add(Problem.error(answers.get(a).at(), "safety", "question `" + question.id()
              + "` is a red flag (" + flag.word() + "), but `" + value + "` can end in " + reached.word()
              + ", below " + needed.word() + ": " + example(worst, a)));
        }
      }
    }
    return problems;
  }

  /** Whether some range of a number red flag is sure to give its level, whatever was answered before. */
  private boolean meansItsFlag(int q, NumberQuestion number) {
    int state = StepRule.state(q, Level.SELF_CARE);
    for (int a = 0; a < number.answers().size(); a++) {
      if (!number.answers().get(a).value().equals(YesNoQuestion.UNSURE)
          && !through(state, a).below(number.redFlag().orElseThrow())) {
        return true;
      }
    }
    return false;
  }

  /** The way to the lowest verdict after answer {@code a} in {@code state}, as "q=a -> ... -> outcome". */
  private String example(int state, int a) {
    List<String> steps = new ArrayList<>();
    steps.add(rule.question(state).id() + "=" + rule.answer(state, a).value());
    int at = rule.next(state, a);
    while (rule.asks(at)) {
      int answer = lowestAnswer[at];
      steps.add(rule.question(at).id() + "=" + rule.answer(at, answer).value());
      at = rule.next(at, answer);
    }
    return Example.of(steps, rule.graph().id(StepRule.node(at)));
  }
}
