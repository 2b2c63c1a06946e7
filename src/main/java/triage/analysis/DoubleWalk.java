package triage.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import triage.analysis.Choices.Choice;
import triage.analysis.VerdictDiff.Change;
import triage.analysis.VerdictDiff.End;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.walk.StepRule;
import triage.walk.Walker;

/**
 * Two versions of a questionnaire walked side by side, each by its own {@link StepRule}, questions
 * matched by id. When only one version asks a question the other may still ask later, the answer
 * is carried along (pending) until it does, so that both versions always see the same answers.
 */
final class DoubleWalk {

  static final int BEFORE = 0;
  static final int AFTER = 1;

  /** Where the double walk stands: each version's state, and (question, choice, side still to ask) triples. */
  record State(int before, int after, int[] pending) {
    @Override
    public boolean equals(Object other) {
      return other instanceof State s && s.before == before && s.after == after && Arrays.equals(s.pending, pending);
    }

    @Override
    public int hashCode() {
      return (before * 31 + after) * 31 + Arrays.hashCode(pending);
    }
  }

  /** An answer taken from a state: to another state, or to an end that needs no more walking. */
  record Edge(String label, State next, Change end) {}

  private final StepRule[] rules;
  private final RouteGraph[] graphs;
  private final List<String> ids = new ArrayList<>();
  private final int[][] unionOf = new int[2][]; // by side, question node -> union question
  private final int[][] nodeOf; // by side, union question -> node, or -1
  private final int[][] position = new int[2][]; // by side, question node -> place in topological order
  private final List<Choice[]> choices = new ArrayList<>(); // by union question
  private final Map<Change, Change> changes = new HashMap<>(); // one instance of each, compared by identity

  DoubleWalk(Walker before, Walker after) {
    rules = new StepRule[] {before.rule(), after.rule()};
    graphs = new RouteGraph[] {before.graph(), after.graph()};
    Map<String, Integer> union = new HashMap<>();
    for (int side = BEFORE; side <= AFTER; side++) {
      RouteGraph graph = graphs[side];
      unionOf[side] = new int[graph.questionCount()];
      for (int q = 0; q < graph.questionCount(); q++) {
        String id = graph.question(q).id();
        Integer index = union.get(id);
        if (index == null) {
          index = ids.size();
          union.put(id, index);
          ids.add(id);
        }
        unionOf[side][q] = index;
      }
      position[side] = new int[graph.questionCount()];
      int[] order = graph.topologicalOrder();
      for (int i = 0; i < order.length; i++) {
        position[side][order[i]] = i;
      }
    }
    nodeOf = new int[2][ids.size()];
    for (int side = BEFORE; side <= AFTER; side++) {
      Arrays.fill(nodeOf[side], -1);
      for (int q = 0; q < unionOf[side].length; q++) {
        nodeOf[side][unionOf[side][q]] = q;
      }
    }
    for (int u = 0; u < ids.size(); u++) {
      choices.add(Choices.across(question(BEFORE, u), question(AFTER, u)));
    }
  }

  State start() {
    return new State(rules[BEFORE].start(), rules[AFTER].start(), new int[0]);
  }

  private Question question(int side, int union) {
    int node = nodeOf[side][union];
    return node < 0 ? null : graphs[side].question(node);
  }

  private boolean asks(int side, State state) {
    return rules[side].asks(side == BEFORE ? state.before : state.after);
  }

  private int union(int side, int state) {
    return unionOf[side][StepRule.node(state)];
  }

  /** Whether a side standing in {@code state} may still ask union question {@code union}. */
  private boolean mayAsk(int side, int union, int state) {
    int question = nodeOf[side][union];
    return question >= 0 && rules[side].asks(state)
        && position[side][question] >= position[side][StepRule.node(state)];
  }

  /** Whether both versions have ended. */
  boolean ended(State state) {
    return !asks(BEFORE, state) && !asks(AFTER, state);
  }

  /** How both versions end, once both have. */
  Change endOf(State state) {
    return canonical(new Change(end(BEFORE, state.before), end(AFTER, state.after)));
  }

  private End end(int side, int state) {
    StepRule rule = rules[side];
    return End.verdict(rule.level(state), graphs[side].id(rule.outcome(state)));
  }

  private Change canonical(Change change) {
    Change known = changes.putIfAbsent(change, change);
    return known == null ? change : known;
  }

  /** Every answer that can be taken from a state where at least one version still asks. */
  List<Edge> edges(State state) {
    int mover = mover(state);
    int union = union(mover, mover == BEFORE ? state.before : state.after);
    boolean beforeAsks = asks(BEFORE, state) && union(BEFORE, state.before) == union;
    boolean afterAsks = asks(AFTER, state) && union(AFTER, state.after) == union;
    Choice[] all = choices.get(union);
    int given = pendingChoice(state.pending, union);
    List<Edge> edges = new ArrayList<>(given >= 0 ? 1 : all.length);
    for (int c = 0; c < all.length; c++) {
      if (given >= 0 && c != given) {
        continue;
      }
      Choice choice = all[c];
      String label = ids.get(union) + "=" + choice.label();
      if (beforeAsks && choice.before() < 0) {
        edges.add(new Edge(label, null,
            canonical(new Change(End.refusing(ids.get(union), choice.label()), End.NOT_WALKED))));
        continue;
      }
      if (afterAsks && choice.after() < 0) {
        edges.add(new Edge(label, null,
            canonical(new Change(End.NOT_WALKED, End.refusing(ids.get(union), choice.label())))));
        continue;
      }
      int before = beforeAsks ? rules[BEFORE].next(state.before, choice.before()) : state.before;
      int after = afterAsks ? rules[AFTER].next(state.after, choice.after()) : state.after;
      int[] pending = pending(state.pending, union, c, beforeAsks && !afterAsks, !beforeAsks && afterAsks, before,
          after);
      edges.add(new Edge(label, new State(before, after, pending), null));
    }
    return edges;
  }

  /**
   * Which side asks next, when they stand at different questions: the one whose question the other
   * will never ask from where it stands (its answer matters to it alone, so nothing waits), else the
   * old version (and its answer waits for the new one). Asking a new question first this way keeps
   * a version that adds questions from carrying every old answer along until its end.
   */
  private int mover(State state) {
    if (!asks(AFTER, state)) {
      return BEFORE;
    }
    if (!asks(BEFORE, state)) {
      return AFTER;
    }
    int before = union(BEFORE, state.before);
    int after = union(AFTER, state.after);
    if (before == after || !mayAsk(AFTER, before, state.after)) {
      return BEFORE;
    }
    return mayAsk(BEFORE, after, state.before) ? BEFORE : AFTER;
  }

  private static int pendingChoice(int[] pending, int union) {
    for (int i = 0; i < pending.length; i += 3) {
      if (pending[i] == union) {
        return pending[i + 1];
      }
    }
    return -1;
  }

  /**
   * The answers still waiting after this step: without the one just taken, with it added when only
   * one side asked it and the other may still, and without any the waiting side can no longer ask.
   */
  private int[] pending(int[] old, int union, int choice, boolean beforeOnly, boolean afterOnly, int before,
      int after) {
    List<int[]> kept = new ArrayList<>();
    for (int i = 0; i < old.length; i += 3) {
      int waiting = old[i + 2];
      if (old[i] != union && mayAsk(waiting, old[i], waiting == BEFORE ? before : after)) {
        kept.add(new int[] {old[i], old[i + 1], waiting});
      }
    }
    if (beforeOnly && mayAsk(AFTER, union, after)) {
      kept.add(new int[] {union, choice, AFTER});
    } else if (afterOnly && mayAsk(BEFORE, union, before)) {
      kept.add(new int[] {union, choice, BEFORE});
    }
    if (kept.isEmpty()) {
      return old.length == 0 ? old : new int[0];
    }
    kept.sort((x, y) -> Integer.compare(x[0], y[0]));
    int[] pending = new int[kept.size() * 3];
    for (int i = 0; i < kept.size(); i++) {
      System.arraycopy(kept.get(i), 0, pending, i * 3, 3);
    }
    return pending;
  }
}
