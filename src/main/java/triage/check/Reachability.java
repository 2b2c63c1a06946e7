package triage.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import triage.model.Advice;
import triage.model.Escalation;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.RouteGraph;

/**
 * What no walk can ever reach (questions never asked, outcomes never given, advice never shown:
 * warnings, since nothing unsafe follows), and questions from which no outcome can be reached
 * (dead ends: errors, a walk there could never end).
 */
final class Reachability {

  private Reachability() {}

  static List<Problem> problems(Questionnaire questionnaire, RouteGraph graph) {
    List<Problem> problems = new ArrayList<>();
    boolean[] reached = forward(graph);
    for (Escalation escalation : questionnaire.escalations()) {
      graph.node(escalation.outcome()).ifPresent(node -> reached[node] = true);
    }
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
    boolean[] ends = backward(graph);
    for (int q = 0; q < graph.questionCount(); q++) {
      if (!ends[q] && reached[q]) {
        problems.add(Problem.error(graph.question(q).at(), "dead-end", "no outcome can be reached from question `"
            + graph.question(q).id() + "`: every answer leads into a loop or to nothing"));
      }
    }
    return problems;
  }

  /** Nodes a walk can reach from the start. */
  private static boolean[] forward(RouteGraph graph) {
    boolean[] reached = new boolean[graph.nodeCount()];
    if (graph.start() == RouteGraph.NOWHERE) {
      return reached;
    }
    Deque<Integer> pending = new ArrayDeque<>();
    reached[graph.start()] = true;
    pending.add(graph.start());
    while (!pending.isEmpty()) {
      int node = pending.poll();
      if (!graph.isQuestion(node)) {
        continue;
      }
      for (int target : graph.next(node)) {
        if (target != RouteGraph.NOWHERE && !reached[target]) {
          reached[target] = true;
          pending.add(target);
        }
      }
    }
    return reached;
  }

  /** Questions from which some outcome can be reached. */
  private static boolean[] backward(RouteGraph graph) {
    List<List<Integer>> into = new ArrayList<>(graph.nodeCount());
    for (int node = 0; node < graph.nodeCount(); node++) {
      into.add(new ArrayList<>(1));
    }
    for (int q = 0; q < graph.questionCount(); q++) {
      for (int target : graph.next(q)) {
        if (target != RouteGraph.NOWHERE) {
          into.get(target).add(q);
        }
      }
    }
    boolean[] ends = new boolean[graph.nodeCount()];
    Deque<Integer> pending = new ArrayDeque<>();
    for (int node = graph.questionCount(); node < graph.nodeCount(); node++) {
      ends[node] = true;
      pending.add(node);
    }
    while (!pending.isEmpty()) {
      for (int from : into.get(pending.poll())) {
        if (!ends[from]) {
          ends[from] = true;
          pending.add(from);
        }
      }
    }
    return ends;
  }
}
