package triage.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import triage.model.Advice;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.RouteGraph;
import triage.walk.StepRule;

/**
 * What no walk can ever reach (questions never asked, outcomes never given, advice never shown:
 * warnings, since nothing unsafe follows), and questions from which no outcome can be reached
 * (dead ends: errors, a walk there could never end). Walks move by the {@link StepRule}, so an
 * escalation outcome counts as given exactly when some walk's verdict uses it.
 */
final class Reachability {

  private Reachability() {}

  static List<Problem> problems(Questionnaire questionnaire, StepRule rule) {
    RouteGraph graph = rule.graph();
    boolean[] reachedState = rule.reachable(state -> true);
    boolean[] reached = new boolean[graph.nodeCount()];
    for (int state = 0; state < reachedState.length; state++) {
      if (reachedState[state]) {
        reached[StepRule.node(state)] = true;
        if (!rule.asks(state)) {
          reached[rule.outcome(state)] = true; // the outcome whose words the verdict uses
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    Set<String> adviceGiven = new HashSet<>();
    for (int node = 0; node < graph.nodeCount(); node++) {
      if (graph.isQuestion(node)) {
        Question question = graph.question(node);
        if (!reached[node]) {
          problems.add(Problem.warning(question.at(), "unreachable",
              "question `" + question.id() + "` is never asked: no route leads to it"));
        } else {
          question.answers().forEach(answer -> adviceGiven.addAll(answer.route().advice()));
        }
      } else {
        Outcome outcome = graph.outcome(node);
        if (!reached[node]) {
          problems.add(Problem.warning(outcome.at(), "unreachable",
              "outcome `" + outcome.id() + "` is never given: no route leads to it"));
        } else {
          adviceGiven.addAll(outcome.advice());
        }
      }
    }
    for (Advice advice : questionnaire.advice()) {
      if (!adviceGiven.contains(advice.id())) {
        problems.add(Problem.warning(advice.at(), "unreachable",
            "advice `" + advice.id() + "` is never given: no outcome or answer that can be reached names it"));
      }
    }
    boolean[] ends = ending(rule, reachedState);
    for (int q = 0; q < graph.questionCount(); q++) {
      if (reached[q] && !ends[q]) {
        problems.add(Problem.error(graph.question(q).at(), "dead-end", "no outcome can be reached from question `"
            + graph.question(q).id() + "`: every answer leads into a loop or to nothing"));
      }
    }
    return problems;
  }

  /** The question nodes that some reachable state of theirs can get from to an outcome. */
  private static boolean[] ending(StepRule rule, boolean[] reachedState) {
    List<List<Integer>> into = new ArrayList<>(reachedState.length);
    for (int state = 0; state < reachedState.length; state++) {
      into.add(null);
    }
    Deque<Integer> pending = new ArrayDeque<>();
    boolean[] ends = new boolean[reachedState.length];
    for (int state = 0; state < reachedState.length; state++) {
      if (!reachedState[state]) {
        continue;
      }
      if (!rule.asks(state)) {
        ends[state] = true;
        pending.add(state);
        continue;
      }
      for (int a = 0; a < rule.answerCount(state); a++) {
        int next = rule.next(state, a);
        if (next != StepRule.NOWHERE) {
          if (into.get(next) == null) {
            into.set(next, new ArrayList<>(1));
          }
          into.get(next).add(state);
        }
      }
    }
    while (!pending.isEmpty()) {
      List<Integer> from = into.get(pending.poll());
      for (int state : from == null ? List.<Integer>of() : from) {
        if (!ends[state]) {
          ends[state] = true;
          pending.add(state);
        }
      }
    }
    boolean[] nodes = new boolean[rule.graph().nodeCount()];
    for (int state = 0; state < ends.length; state++) {
      nodes[StepRule.node(state)] |= ends[state];
    }
    return nodes;
  }
}
