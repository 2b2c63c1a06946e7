package triage.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Answered;
import triage.model.Level;
import triage.model.Location;
import triage.model.Problem;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.walk.StepRule;

/**
 * Finds red flags that some path skips on its way to a verdict below the flag's level. For a level
 * L, a "low" path is a walk, moving by the {@link StepRule}, whose raised level and verdict stay
 * below L. Every low path must ask every red flag of level L, and every question that opens a
 * follow-up of level L (a {@code yes} there could have led to it); a follow-up itself must be asked
 * on every low path through an answer that opens it, before the verdict.
 *
 * <p>A walk may stand at a question in one of several states (one per level raised before it), so
 * the routes into each required question's states pass through one join point, and one dominator
 * pass per level decides every required question at once: it is asked on every low path when its
 * join point dominates the end of low paths. This stays linear in the size of the tree.
 */
final class Coverage {

  /** Example paths are worked out for this many problems; the rest are named without one. */
  private static final int EXAMPLES = 50;

  private final StepRule rule;
  private final RouteGraph graph;
  private final Map<Level, LowGraph> lowGraphs = new EnumMap<>(Level.class);
  private int examples;

  private Coverage(StepRule rule) {
    this.rule = rule;
    this.graph = rule.graph();
  }

  /** Needs a graph without loops and with every route resolved (as after a clean load). */
  static List<Problem> problems(StepRule rule) {
    Coverage coverage = new Coverage(rule);
    Map<Level, Map<Integer, Requirement>> required = coverage.required();
    List<Problem> problems = new ArrayList<>();
    required.forEach((level, questions) -> problems.addAll(coverage.check(level, questions)));
    problems.addAll(coverage.followUps());
    return problems;
  }

  /** Why a question must be asked on every low path of a level: the message that says it is not, and where. */
  private record Requirement(String skipped, Location at) {}

  /** By level, the questions every low path of that level must ask, each with why. */
  private Map<Level, Map<Integer, Requirement>> required() {
    Map<Level, Map<Integer, Requirement>> required = new EnumMap<>(Level.class);
    for (int q = 0; q < graph.questionCount(); q++) {
      Question question = graph.question(q);
      Optional<Level> level = question.redFlag().filter(l -> l != Level.SELF_CARE);
      if (level.isEmpty()) {
        continue;
      }
      if (!question.isFollowUp()) {
        required.computeIfAbsent(level.get(), l -> new LinkedHashMap<>()).put(q, new Requirement("red flag `"
            + question.id() + "` (" + level.get().word() + ") is skipped by a path that ends below "
            + level.get().word(), question.at()));
      }
      for (Answered opening : question.openedBy()) {
        Optional<Integer> opener = graph.node(opening.question());
        if (opener.isPresent()) {
          required.computeIfAbsent(level.get(), l -> new LinkedHashMap<>()).putIfAbsent(opener.get(),
              new Requirement("question `" + opening.question() + "` opens follow-up `" + question.id() + "` ("
                  + level.get().word() + "), but a path that ends below " + level.get().word() + " skips it",
                  graph.question(opener.get()).at()));
        }
      }
    }
    return required;
  }

  private LowGraph low(Level level, Map<Integer, Requirement> required) {
    return lowGraphs.computeIfAbsent(level, l -> new LowGraph(l, List.copyOf(required.keySet())));
  }

  /** The low graph for one level: its vertices numbered in topological order, with their predecessors. */
  private final class LowGraph {
    final Level level;
    final Map<Integer, Integer> flagIndex = new HashMap<>(); // required node -> its index
    final int[] vertexOfState; // state -> vertex, or -1 when not on a low path
    final int[] vertexOfJoin; // required index -> vertex of its join point, or -1
    final int sink;
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

    /** Whether a low path from the start reaches this state. */
    boolean reached(int state) {
      return vertexOfState[state] >= 0;
    }

    /**
     * The vertex answer {@code a} in a low state leads to on a low path: a question state (through
     * its join point, if the question is required), the sink, or -1 when it leaves the low paths.
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

  /** The required questions of one level that some low path skips. */
  private List<Problem> check(Level level, Map<Integer, Requirement> required) {
    if (rule.start() == StepRule.NOWHERE) {
      return List.of();
    }
    LowGraph low = low(level, required);
    if (low.predecessors.get(low.sink).isEmpty()) {
      return List.of(); // no path stays below this level: nothing can skip a question of it
    }
    int[] idom = Dominators.of(low.predecessors);
    boolean[] dominatesEnd = new boolean[low.predecessors.size()];
    for (int vertex = low.sink; vertex > 0; vertex = idom[vertex]) {
      dominatesEnd[vertex] = true;
    }
    dominatesEnd[0] = true;
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<Integer, Requirement> entry : required.entrySet()) {
      int join = low.vertexOfJoin[low.flagIndex.get(entry.getKey())];
      if (join >= 0 && dominatesEnd[join]) {
        continue;
      }
      String example = "";
      if (examples++ < EXAMPLES) {
        Optional<List<String>> path = pathToEnd(low, rule.start(), entry.getKey());
        if (path.isEmpty()) {
          continue; // every low path asks it after all, in one state or another
        }
        example = ", for example " + Example.of(path.get().subList(0, path.get().size() - 1),
            path.get().get(path.get().size() - 1));
      }
      problems.add(Problem.error(entry.getValue().at(), "coverage", entry.getValue().skipped() + example));
    }
    return problems;
  }

  /** Follow-ups that some low path through an answer that opens them does not ask before its verdict. */
  private List<Problem> followUps() {
    List<Problem> problems = new ArrayList<>();
    if (rule.start() == StepRule.NOWHERE) {
      return problems;
    }
    for (int f = 0; f < graph.questionCount(); f++) {
      Question followUp = graph.question(f);
      Optional<Level> level = followUp.redFlag().filter(l -> l != Level.SELF_CARE);
      if (level.isEmpty() || !followUp.isFollowUp()) {
        continue;
      }
      LowGraph low = lowGraphs.get(level.get());
      for (Answered opening : followUp.openedBy()) {
        Optional<String> path = low == null ? Optional.empty() : pathThrough(low, opening, f);
        path.ifPresent(example -> problems.add(Problem.error(followUp.at(), "coverage", "follow-up `" + followUp.id()
            + "` (" + level.get().word() + ") is not asked after `" + opening.question() + "` "
            + String.join(" or ", opening.answers()) + " on a path that ends below " + level.get().word()
            + ", for example " + example)));
      }
    }
    return problems;
  }

  /** A low path that gives one of the opening answers and then ends without asking the follow-up. */
  private Optional<String> pathThrough(LowGraph low, Answered opening, int followUp) {
    Optional<Integer> opener = graph.node(opening.question());
    if (opener.isEmpty()) {
      return Optional.empty();
    }
    for (Level raised : Level.values()) {
      int state = StepRule.state(opener.get(), raised);
      if (!low.reached(state)) {
        continue;
      }
      for (int a = 0; a < rule.answerCount(state); a++) {
        if (!opening.answers().contains(rule.answer(state, a).value())) {
          continue;
        }
        Optional<List<String>> after = pathToEnd(low, rule.next(state, a), followUp);
        if (after.isPresent()) {
          List<String> steps = new ArrayList<>(pathTo(low, state));
          steps.add(rule.question(state).id() + "=" + rule.answer(state, a).value());
          steps.addAll(after.get());
          return Optional.of(Example.of(steps.subList(0, steps.size() - 1), steps.get(steps.size() - 1)));
        }
      }
    }
    return Optional.empty();
  }

  /** The answers of a low path from the start to {@code target}. */
  private List<String> pathTo(LowGraph low, int target) {
    Map<Integer, int[]> cameFrom = new HashMap<>(); // state -> (previous state, answer)
    Deque<Integer> pending = new ArrayDeque<>(List.of(rule.start()));
    cameFrom.put(rule.start(), null);
    while (!pending.isEmpty() && !cameFrom.containsKey(target)) {
      int state = pending.poll();
      for (int a = 0; a < rule.answerCount(state); a++) {
        int next = rule.next(state, a);
        if (low.low(next) && !cameFrom.containsKey(next)) {
          cameFrom.put(next, new int[] {state, a});
          pending.add(next);
        }
      }
    }
    List<String> steps = new ArrayList<>();
    for (int[] step = cameFrom.get(target); step != null; step = cameFrom.get(step[0])) {
      steps.add(0, rule.question(step[0]).id() + "=" + rule.answer(step[0], step[1]).value());
    }
    return steps;
  }

  /**
   * A low path from {@code from} to a verdict below the graph's level that never asks
   * {@code avoid}: its answers, then the outcome it ends at with its level; empty when there is none.
   */
  private Optional<List<String>> pathToEnd(LowGraph low, int from, int avoid) {
    if (low.lowEnd(from)) {
      return Optional.of(List.of(ending(from)));
    }
    if (!low.low(from) || StepRule.node(from) == avoid) {
      return Optional.empty();
    }
    Map<Integer, int[]> cameFrom = new HashMap<>(); // state -> (previous state, answer)
    Deque<Integer> pending = new ArrayDeque<>(List.of(from));
    cameFrom.put(from, null);
    int[] end = null; // (last question state, answer)
    while (!pending.isEmpty() && end == null) {
      int state = pending.poll();
      for (int a = 0; a < rule.answerCount(state) && end == null; a++) {
        int next = rule.next(state, a);
        if (low.lowEnd(next)) {
          end = new int[] {state, a};
        } else if (low.low(next) && StepRule.node(next) != avoid && !cameFrom.containsKey(next)) {
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
    steps.add(ending(rule.next(end[0], end[1])));
    return Optional.of(steps);
  }

  /** An end of a walk as examples show it: the outcome reached and the verdict's level. */
  private String ending(int end) {
    return graph.id(StepRule.node(end)) + " (" + rule.level(end).word() + ")";
  }
}
