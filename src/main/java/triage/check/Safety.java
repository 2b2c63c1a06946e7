package triage.check;

import java.util.ArrayList;
import java.util.List;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Problem;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.model.YesNoQuestion;

/**
 * Red flags whose {@code yes} (or {@code unsure}) can still end in a verdict below what it must
 * mean: its level for {@code yes}, the unsure floor for {@code unsure}. One pass computes, for every
 * node, the lowest verdict any way on from it can reach; a red flag's answer fails when that is too
 * low. Needs a graph without loops and with every route resolved.
 */
final class Safety {

  private final RouteGraph graph;
  private final Level[] lowest; // the lowest verdict reachable from each node, ignoring raises before it
  private final int[] lowestAnswer; // which answer of a question leads to it

  private Safety(RouteGraph graph) {
    this.graph = graph;
    this.lowest = new Level[graph.nodeCount()];
    this.lowestAnswer = new int[graph.questionCount()];
    for (int node = graph.questionCount(); node < graph.nodeCount(); node++) {
      lowest[node] = graph.outcome(node).level();
    }
    int[] order = graph.topologicalOrder();
    for (int i = order.length - 1; i >= 0; i--) {
      int q = order[i];
      Level least = Level.EMERGENCY;
      for (int a = 0; a < graph.next(q).length; a++) {
        Level via = through(q, a);
        if (via.below(least) || a == 0) {
          least = via;
          lowestAnswer[q] = a;
        }
      }
      lowest[q] = least;
    }
  }

  static List<Problem> problems(RouteGraph graph) {
    return new Safety(graph).check();
  }

  /** The lowest verdict reachable by answering {@code a} at {@code q}. */
  private Level through(int q, int a) {
    int next = graph.next(q)[a];
    Level after = next == RouteGraph.NOWHERE ? Level.EMERGENCY : lowest[next];
    return after.atLeast(graph.question(q).answers().get(a).route().raiseOrSelfCare());
  }

  private List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    for (int q = 0; q < graph.questionCount(); q++) {
      Question question = graph.question(q);
      if (question.redFlag().isEmpty()) {
        continue;
      }
      Level flag = question.redFlag().get();
      List<Answer> answers = question.answers();
      for (int a = 0; a < answers.size(); a++) {
        String value = answers.get(a).value();
        Level needed = value.equals(YesNoQuestion.YES) && question instanceof YesNoQuestion ? flag
            : value.equals(YesNoQuestion.UNSURE) ? flag.unsureFloor() : null;
        if (needed == null) {
          continue;
        }
        Level reached = through(q, a);
        if (reached.below(needed)) {
          problems.add(Problem.error(answers.get(a).at(), "safety", "question `" + question.id()
              + "` is a red flag (" + flag.word() + "), but `" + value + "` can end in " + reached.word()
              + ", below " + needed.word() + ": " + example(q, a)));
        }
      }
    }
    return problems;
  }

  /** The way to the lowest verdict after answer {@code a} at {@code q}, as "q=a -> ... -> outcome". */
  private String example(int q, int a) {
    List<String> steps = new ArrayList<>();
    steps.add(graph.question(q).id() + "=" + graph.question(q).answers().get(a).value());
    int node = graph.next(q)[a];
    while (graph.isQuestion(node)) {
      int answer = lowestAnswer[node];
      steps.add(graph.question(node).id() + "=" + graph.question(node).answers().get(answer).value());
      node = graph.next(node)[answer];
    }
    return Example.of(steps, graph.id(node));
  }
}
