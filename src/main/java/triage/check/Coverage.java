package triage.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import triage.model.Level;
import triage.model.Problem;
import triage.model.Question;
import triage.model.RouteGraph;

/**
 * Finds red flags that some path skips on its way to a verdict below the flag's level: every such
 * path must ask the flag. For a level L, a "low" path is one whose raises and outcome all stay
 * below L; a flag of level L is covered exactly when it dominates the end of every low path. One
 * dominator pass per level decides every flag at once, so this stays linear in the size of the tree.
 */
public final class Coverage {

  /** Example paths are worked out for this many problems; the rest are named without one. */
  private static final int EXAMPLES = 50;

  private final RouteGraph graph;
  private final int sink;
  private int examples;

  private Coverage(RouteGraph graph) {
    this.graph = graph;
    this.sink = graph.nodeCount();
  }

  /** Needs a graph without loops and with every route resolved (as after a clean load). */
  static List<Problem> problems(RouteGraph graph) {
    Coverage coverage = new Coverage(graph);
    Map<Level, List<Integer>> flags = new EnumMap<>(Level.class);
    for (int q = 0; q < graph.questionCount(); q++) {
      int flag = q;
      graph.question(q).redFlag().ifPresent(level -> flags.computeIfAbsent(level, l -> new ArrayList<>()).add(flag));
    }
    List<Problem> problems = new ArrayList<>();
    flags.forEach((level, questions) -> problems.addAll(coverage.check(level, questions)));
    return problems;
  }

  private List<Problem> check(Level level, List<Integer> flags) {
    int start = graph.start();
    if (start == RouteGraph.NOWHERE) {
      return List.of();
    }
    List<List<Integer>> predecessors = lowPredecessors(level);
    if (predecessors.get(sink).isEmpty()) {
      return List.of(); // no path stays below this level: nothing can skip a flag of it
    }
    int[] idom = dominators(start, predecessors);
    boolean[] dominatesEnd = new boolean[sink + 1];
    for (int node = sink; node != start; node = idom[node]) {
      dominatesEnd[node] = true;
    }
    dominatesEnd[start] = true;
    List<Problem> problems = new ArrayList<>();
    for (int flag : flags) {
      if (!dominatesEnd[flag]) {
        Question question = graph.question(flag);
        String example = examples++ < EXAMPLES ? ", for example " + lowPathAvoiding(level, flag) : "";
        problems.add(Problem.error(question.at(), "coverage", "red flag `" + question.id() + "` ("
            + level.word() + ") is skipped by a path that ends below " + level.word() + example));
      }
    }
    return problems;
  }

  /** Predecessors of each node along low routes (raise below {@code level}), from the start; the sink ends low paths. */
  private List<List<Integer>> lowPredecessors(Level level) {
    List<List<Integer>> predecessors = new ArrayList<>(sink + 1);
    for (int i = 0; i <= sink; i++) {
      predecessors.add(new ArrayList<>());
    }
    boolean[] seen = new boolean[sink];
    Deque<Integer> pending = new ArrayDeque<>();
    pending.add(graph.start());
    seen[graph.start()] = true;
    while (!pending.isEmpty()) {
      int q = pending.poll();
      for (int a = 0; a < graph.next(q).length; a++) {
        int target = lowTarget(q, a, level);
        if (target == RouteGraph.NOWHERE) {
          continue;
        }
        predecessors.get(target).add(q);
        if (target != sink && !seen[target]) {
          seen[target] = true;
          pending.add(target);
        }
      }
    }
    return predecessors;
  }

  /** Where answer {@code a} of {@code q} leads on a low path: a question, the sink, or nowhere. */
  private int lowTarget(int q, int a, Level level) {
    Question question = graph.question(q);
    if (!question.answers().get(a).route().raiseOrSelfCare().below(level)) {
      return RouteGraph.NOWHERE;
    }
    int target = graph.next(q)[a];
    if (graph.isQuestion(target)) {
      return target;
    }
    return target != RouteGraph.NOWHERE && graph.outcome(target).level().below(level) ? sink : RouteGraph.NOWHERE;
  }

  /**
   * Immediate dominators on the low graph (a DAG), in topological order; -1 where unreachable. The
   * end of low paths can have thousands of predecessors deep in the tree, so finding where two
   * dominator chains meet jumps up by powers of two instead of one step at a time.
   */
  private int[] dominators(int start, List<List<Integer>> predecessors) {
    int[] idom = new int[sink + 1];
    int[] depth = new int[sink + 1];
    int levels = 1;
    while ((1 << levels) <= sink + 1) {
      levels++;
    }
    int[][] up = new int[levels][sink + 1]; // up[k][v]: the 2^k-th dominator above v
    Arrays.fill(idom, -1);
    idom[start] = start;
    for (int[] row : up) {
      row[start] = start;
    }
    int[] order = Arrays.copyOf(graph.topologicalOrder(), graph.questionCount() + 1);
    order[graph.questionCount()] = sink;
    for (int node : order) {
      if (node == start) {
        continue;
      }
      int dominator = -1;
      for (int predecessor : predecessors.get(node)) {
        if (idom[predecessor] != -1) {
          dominator = dominator == -1 ? predecessor : meet(dominator, predecessor, up, depth);
        }
      }
      idom[node] = dominator;
      if (dominator != -1) {
        depth[node] = depth[dominator] + 1;
        up[0][node] = dominator;
        for (int k = 1; k < levels; k++) {
          up[k][node] = up[k - 1][up[k - 1][node]];
        }
      }
    }
    return idom;
  }

  /** Where the dominator chains of {@code a} and {@code b} meet (their lowest common dominator). */
  private static int meet(int a, int b, int[][] up, int[] depth) {
    if (depth[a] < depth[b]) {
      int swap = a;
      a = b;
      b = swap;
    }
    for (int k = up.length - 1; k >= 0; k--) {
      if (depth[a] - (1 << k) >= depth[b]) {
        a = up[k][a];
      }
    }
    if (a == b) {
      return a;
    }
    for (int k = up.length - 1; k >= 0; k--) {
      if (up[k][a] != up[k][b]) {
        a = up[k][a];
        b = up[k][b];
      }
    }
    return up[0][a];
  }

  /** A low path from the start that never asks {@code flag}, as "id=answer -> ... -> outcome". */
  private String lowPathAvoiding(Level level, int flag) {
    int[] cameFrom = new int[sink + 1];
    int[] answerTaken = new int[sink + 1];
    int[] endsAt = new int[sink + 1];
    Arrays.fill(cameFrom, -2);
    Deque<Integer> pending = new ArrayDeque<>();
    cameFrom[graph.start()] = -1;
    pending.add(graph.start());
    while (!pending.isEmpty() && cameFrom[sink] == -2) {
      int q = pending.poll();
      for (int a = 0; a < graph.next(q).length; a++) {
        int target = lowTarget(q, a, level);
        if (target == RouteGraph.NOWHERE || target == flag || cameFrom[target] != -2) {
          continue;
        }
        cameFrom[target] = q;
        answerTaken[target] = a;
        if (target == sink) {
          endsAt[sink] = graph.next(q)[a];
        }
        pending.add(target);
      }
    }
    List<String> steps = new ArrayList<>();
    for (int node = sink; cameFrom[node] >= 0; node = cameFrom[node]) {
      Question question = graph.question(cameFrom[node]);
      steps.add(0, question.id() + "=" + question.answers().get(answerTaken[node]).value());
    }
    return Example.of(steps, graph.id(endsAt[sink]) + " (" + graph.outcome(endsAt[sink]).level().word() + ")");
  }
}
