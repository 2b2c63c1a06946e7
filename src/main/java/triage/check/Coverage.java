package triage.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Level;
import triage.model.Problem;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.walk.StepRule;

/**
 * Finds red flags that some path skips on its way to a verdict below the flag's level: every such
 * path must ask the flag. For a level L, a "low" path is a walk, moving by the {@link StepRule},
 * whose raised level and verdict stay below L; a flag of level L is covered exactly when every low
 * path asks it. A walk may stand at a flag in one of several states (one per level raised before
 * it), so the routes into each flag's states pass through one join point, and one dominator pass
 * per level decides every flag at once: a flag is covered when its join point dominates the end of
 * low paths. This stays linear in the size of the tree.
 */
final class Coverage {

  /** Example paths are worked out for this many problems; the rest are named without one. */
  private static final int EXAMPLES = 50;

  private final StepRule rule;
  private final RouteGraph graph;
  private int examples;

  private Coverage(StepRule rule) {
    this.rule = rule;
    this.graph = rule.graph();
  }

  /** Needs a graph without loops and with every route resolved (as after a clean load). */
  static List<Problem> problems(StepRule rule) {
    Coverage coverage = new Coverage(rule);
    Map<Level, List<Integer>> flags = new EnumMap<>(Level.class);
    for (int q = 0; q < coverage.graph.questionCount(); q++) {
      int flag = q;
      coverage.graph.question(q).redFlag().filter(level -> level != Level.SELF_CARE)
          .ifPresent(level -> flags.computeIfAbsent(level, l -> new ArrayList<>()).add(flag));
    }
    List<Problem> problems = new ArrayList<>();
    flags.forEach((level, questions) -> problems.addAll(coverage.check(level, questions)));
    return problems;
  }

  /** The low graph for one level: its vertices numbered in topological order, with their predecessors. */
  private final class LowGraph {
    final Level level;
    final Map<Integer, Integer> flagIndex = new HashMap<>(); // flag node -> index in the flags of this level
    final int[] vertexOfState; // state -> vertex, or -1 when not on a low path
    final int[] vertexOfJoin; // flag index -> vertex of its join point, or -1
    int sink = -1;
    final List<List<Integer>> predecessors = new ArrayList<>();

    LowGraph(Level level, List<Integer> flags) {
      this.level = level;
      for (int i = 0; i < flags.size(); i++) {
        flagIndex.put(flags.get(i), i);
      }
      vertexOfState = new int[rule.stateCount()];
      Arrays.fill(vertexOfState, -1);
      vertexOfJoin = new int[flags.size()];
      Arrays.fill(vertexOfJoin, -1);
      boolean[] reached = rule.reachable(this::low);
      // Number the vertices in topological order: a question's join point, then its states; the sink last.
      for (int node : graph.topologicalOrder()) {
        Integer flag = flagIndex.get(node);
        boolean any = false;
        for (Level raised : Level.values()) {
          any |= reached[StepRule.state(node, raised)];
        }
        if (flag != null && any) {
          vertexOfJoin[flag] = add();
        }
        for (Level raised : Level.values()) {
          int state = StepRule.state(node, raised);
          if (reached[state]) {
            vertexOfState[state] = add();
          }
        }
      }
      sink = add();
      for (int state = 0; state < reached.length; state++) {
        if (!reached[state]) {
          continue;
        }
        Integer flag = flagIndex.get(StepRule.node(state));
        if (flag != null) {
          predecessors.get(vertexOfState[state]).add(vertexOfJoin[flag]);
        }
        for (int a = 0; a < rule.answerCount(state); a++) {
          int target = target(state, a);
          if (target >= 0) {
            predecessors.get(target).add(vertexOfState[state]);
          }
        }
      }
    }

    private int add() {
      predecessors.add(new ArrayList<>(1));
      return predecessors.size() - 1;
    }

    /** Whether a walk in this state still asks, with the level raised below this graph's level. */
    boolean low(int state) {
      return state != StepRule.NOWHERE && rule.asks(state) && StepRule.raised(state).below(level);
    }

    /** Whether a walk has ended in this state with a verdict below this graph's level. */
    boolean lowEnd(int state) {
      return state != StepRule.NOWHERE && !rule.asks(state) && rule.level(state).below(level);
    }

    /**
     * The vertex answer {@code a} in a low state leads to on a low path: a question state (through
     * its flag's join point, if it is a flag), the sink, or -1 when it leaves the low paths.
     */
    int target(int state, int a) {
      int next = rule.next(state, a);
      if (lowEnd(next)) {
        return sink;
      }
      if (!low(next)) {
        return -1;
      }
      Integer flag = flagIndex.get(StepRule.node(next));
      return flag != null ? vertexOfJoin[flag] : vertexOfState[next];
    }
  }

  private List<Problem> check(Level level, List<Integer> flags) {
    if (rule.start() == StepRule.NOWHERE) {
      return List.of();
    }
    LowGraph low = new LowGraph(level, flags);
    if (low.predecessors.get(low.sink).isEmpty()) {
      return List.of(); // no path stays below this level: nothing can skip a flag of it
    }
    int[] idom = Dominators.of(low.predecessors);
    boolean[] dominatesEnd = new boolean[low.predecessors.size()];
    for (int vertex = low.sink; vertex > 0; vertex = idom[vertex]) {
      dominatesEnd[vertex] = true;
    }
    dominatesEnd[0] = true;
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < flags.size(); i++) {
      int join = low.vertexOfJoin[i];
      if (join >= 0 && dominatesEnd[join]) {
        continue;
      }
      Question question = graph.question(flags.get(i));
      String example = "";
      if (examples++ < EXAMPLES) {
        Optional<String> path = lowPathAvoiding(low, flags.get(i));
        if (path.isEmpty()) {
          continue; // every low path asks it after all, in one state or another
        }
        example = ", for example " + path.get();
      }
      problems.add(Problem.error(question.at(), "coverage", "red flag `" + question.id() + "` ("
          + level.word() + ") is skipped by a path that ends below " + level.word() + example));
    }
    return problems;
  }

  /** A low path from the start that never asks {@code flag}, as "id=answer -> ... -> outcome", if there is one. */
  private Optional<String> lowPathAvoiding(LowGraph low, int flag) {
    Map<Integer, int[]> cameFrom = new HashMap<>(); // state -> (previous state, answer)
    Deque<Integer> pending = new ArrayDeque<>();
    pending.add(rule.start());
    cameFrom.put(rule.start(), null);
    int[] end = null; // (last question state, answer)
    while (!pending.isEmpty() && end == null) {
      int state = pending.poll();
      for (int a = 0; a < rule.answerCount(state) && end == null; a++) {
        int next = rule.next(state, a);
        if (low.lowEnd(next)) {
          end = new int[] {state, a};
        } else if (low.low(next) && StepRule.node(next) != flag && !cameFrom.containsKey(next)) {
          cameFrom.put(next, new int[] {state, a});
          pending.add(next);
        }
      }
    }
    if (end == null) {
      return Optional.empty();
    }
    List<String> steps = new ArrayList<>();
    for (int[] step = end; step != null; step = cameFrom.get(step[0])) {
      steps.add(0, rule.question(step[0]).id() + "=" + rule.answer(step[0], step[1]).value());
    }
    int outcome = StepRule.node(rule.next(end[0], end[1]));
    return Optional.of(Example.of(steps, graph.id(outcome) + " (" + graph.outcome(outcome).level().word() + ")"));
  }
}
