package triage.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import triage.model.Answer;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.model.YesNoQuestion;
import triage.walk.Walker;

/**
 * Which answer combinations get a different verdict (level or outcome) from two versions of a
 * questionnaire. Both are walked side by side, questions matched by id; an answer one version has
 * given and the other may still ask is carried along until it asks. Each state of this double walk
 * is worked out once, so two versions that ask the same questions in the same order cost time in
 * proportion to their size; the combinations are counted, never enumerated, and only changed ones
 * are listed, up to a limit.
 */
public final class VerdictDiff {

  /** How one version ends a combination: a verdict, or none because it does not accept an answer. */
  public record End(Level level, String outcome, String refused) {

    static final End NOT_WALKED = new End(null, null, null);

    static End verdict(Level level, String outcome) {
      return new End(level, outcome, null);
    }

    static End refusing(String question, String answer) {
      return new End(null, null, "`" + answer + "` is not an answer to `" + question + "` there");
    }

    public String describe() {
      if (refused != null) {
        return "no verdict: " + refused;
      }
      return level == null ? "-" : level.word() + " (" + outcome + ")";
    }
  }

  /** How the old and the new version end the same answers. */
  public record Change(End before, End after) {
    public boolean changed() {
      return !before.equals(after);
    }
  }

  /**
   * One changed combination: its answers in the order asked, the change, and the index of the first
   * answer after which the two versions no longer stand at the same place (where to look).
   */
  public record Example(List<String> answers, Change change, int divergence) {

    /** The answers for people: the first and last few, and those around where the versions part. */
    public String shortened() {
      int around = 2;
      List<String> shown = new ArrayList<>();
      int last = -1;
      for (int i = 0; i < answers.size(); i++) {
        boolean keep = i < around || i >= answers.size() - around || Math.abs(i - divergence) <= around;
        if (keep) {
          if (last >= 0 && i > last + 1) {
            shown.add("... (" + (i - last - 1) + " more)");
          }
          shown.add(answers.get(i));
          last = i;
        }
      }
      return String.join(" -> ", shown);
    }
  }

  /** All combinations, the changed ones, their count by change, and examples of them. */
  public record Result(Count combinations, Count changed, Map<Change, Count> byChange, List<Example> examples) {}

  /** One way to answer a question, across both versions: its answer there, or -1 where it has none. */
  private record Choice(String label, int before, int after) {}

  /** Where the double walk stands; {@code pending} holds (question, choice, side still to ask) triples. */
  private record State(int before, int after, int raisedBefore, int raisedAfter, int[] pending) {
    @Override
    public boolean equals(Object other) {
      return other instanceof State s && s.before == before && s.after == after && s.raisedBefore == raisedBefore
          && s.raisedAfter == raisedAfter && Arrays.equals(s.pending, pending);
    }

    @Override
    public int hashCode() {
      return ((before * 31 + after) * 31 + raisedBefore * 5 + raisedAfter) * 31 + Arrays.hashCode(pending);
    }
  }

  /** An answer taken from a state: to another state, or to an end that needs no more walking. */
  private record Edge(String label, State next, Change end) {}

  private static final int BEFORE = 0;
  private static final int AFTER = 1;
  private static final Level[] LEVELS = Level.values();

  private final Walker[] walkers;
  private final RouteGraph[] graphs;
  private final List<String> ids = new ArrayList<>();
  private final int[][] unionOf = new int[2][]; // by side, question node -> union question
  private final int[][] nodeOf; // by side, union question -> node, or -1
  private final int[][] position = new int[2][]; // by side, question node -> place in topological order
  private final List<Choice[]> choices = new ArrayList<>(); // by union question
  private final Map<State, Tally> memo = new HashMap<>();
  private final Map<Change, Change> changes = new HashMap<>(); // one instance of each, compared by identity

  private VerdictDiff(Walker before, Walker after) {
    walkers = new Walker[] {before, after};
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
      choices.add(choices(question(BEFORE, u), question(AFTER, u)));
    }
  }

  /** Compares two versions; lists at most {@code limit} changed combinations. */
  public static Result compare(Walker before, Walker after, int limit) {
    VerdictDiff diff = new VerdictDiff(before, after);
    State start = new State(before.graph().start(), after.graph().start(), 0, 0, new int[0]);
    Tally byChange = diff.evaluate(start);
    Count all = Count.ZERO;
    Count changed = Count.ZERO;
    Map<Change, Count> changes = new LinkedHashMap<>();
    for (int i = 0; i < byChange.size; i++) {
      all = all.plus(byChange.counts[i]);
      if (byChange.changes[i].changed()) {
        changed = changed.plus(byChange.counts[i]);
        changes.put(byChange.changes[i], byChange.counts[i]);
      }
    }
    return new Result(all, changed, changes, diff.examples(start, limit));
  }

  private Question question(int side, int union) {
    int node = nodeOf[side][union];
    return node < 0 ? null : graphs[side].question(node);
  }

  /** The ways to answer a question across both versions (either may lack it). */
  private static Choice[] choices(Question before, Question after) {
    List<Choice> choices = new ArrayList<>();
    if (before instanceof NumberQuestion b && after instanceof NumberQuestion a) {
      numberChoices(b, a, choices);
    } else {
      List<Answer> left = before == null ? List.of() : before.answers();
      List<Answer> right = after == null ? List.of() : after.answers();
      for (int i = 0; i < left.size(); i++) {
        choices.add(new Choice(left.get(i).value(), index(before, left.get(i)), indexOf(after, right, left.get(i).value())));
      }
      for (Answer answer : right) {
        if (indexOf(before, left, answer.value()) < 0) {
          choices.add(new Choice(answer.value(), -1, index(after, answer)));
        }
      }
    }
    return choices.toArray(Choice[]::new);
  }

  private static int index(Question question, Answer answer) {
    List<Answer> answers = question.answers();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i) == answer) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(Question question, List<Answer> answers, String value) {
    for (Answer answer : answers) {
      if (answer.value().equals(value)) {
        return index(question, answer);
      }
    }
    return -1;
  }

  /** Spans of numbers each version routes the same way: the common refinement of both sets of ranges. */
  private static void numberChoices(NumberQuestion before, NumberQuestion after, List<Choice> choices) {
    TreeSet<Long> bounds = new TreeSet<>();
    for (NumberQuestion question : List.of(before, after)) {
      for (NumberQuestion.Range range : question.ranges()) {
        bounds.add(range.min());
        bounds.add(range.max() + 1);
      }
    }
    Long[] points = bounds.toArray(Long[]::new);
    long spanStart = 0;
    int spanBefore = -2;
    int spanAfter = -2;
    for (int i = 0; i + 1 < points.length; i++) {
      int inBefore = rangeOf(before, points[i]);
      int inAfter = rangeOf(after, points[i]);
      if (inBefore != spanBefore || inAfter != spanAfter) {
        if (spanBefore != -2 && (spanBefore >= 0 || spanAfter >= 0)) {
          choices.add(new Choice(NumberQuestion.Range.value(spanStart, points[i] - 1), spanBefore, spanAfter));
        }
        spanStart = points[i];
        spanBefore = inBefore;
        spanAfter = inAfter;
      }
    }
    if (spanBefore != -2 && (spanBefore >= 0 || spanAfter >= 0)) {
      choices.add(new Choice(NumberQuestion.Range.value(spanStart, points[points.length - 1] - 1), spanBefore, spanAfter));
    }
    if (before.unsure().isPresent() || after.unsure().isPresent()) {
      choices.add(new Choice(YesNoQuestion.UNSURE, before.unsure().map(u -> before.ranges().size()).orElse(-1),
          after.unsure().map(u -> after.ranges().size()).orElse(-1)));
    }
  }

  private static int rangeOf(NumberQuestion question, long number) {
    List<NumberQuestion.Range> ranges = question.ranges();
    for (int i = 0; i < ranges.size(); i++) {
      if (ranges.get(i).contains(number) && number >= question.min() && number <= question.max()) {
        return i;
      }
    }
    return -1;
  }

  private boolean asks(int side, State state) {
    return graphs[side].isQuestion(side == BEFORE ? state.before : state.after);
  }

  /** Whether a side standing at {@code node} may still ask union question {@code union}. */
  private boolean mayAsk(int side, int union, int node) {
    int question = nodeOf[side][union];
    return question >= 0 && graphs[side].isQuestion(node) && position[side][question] >= position[side][node];
  }

  private List<Edge> edges(State state) {
    boolean beforeAsks = asks(BEFORE, state);
    int union = beforeAsks ? unionOf[BEFORE][state.before] : unionOf[AFTER][state.after];
    boolean afterAsks = asks(AFTER, state) && unionOf[AFTER][state.after] == union;
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
      int before = state.before;
      int raisedBefore = state.raisedBefore;
      if (beforeAsks) {
        before = graphs[BEFORE].next(state.before)[choice.before()];
        raisedBefore = Math.max(raisedBefore, walkers[BEFORE].raise(state.before, choice.before()).ordinal());
      }
      int after = state.after;
      int raisedAfter = state.raisedAfter;
      if (afterAsks) {
        after = graphs[AFTER].next(state.after)[choice.after()];
        raisedAfter = Math.max(raisedAfter, walkers[AFTER].raise(state.after, choice.after()).ordinal());
      }
      int[] pending = pending(state.pending, union, c, beforeAsks && !afterAsks, !beforeAsks && afterAsks, before,
          after);
      edges.add(new Edge(label, new State(before, after, raisedBefore, raisedAfter, pending), null));
    }
    return edges;
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

  private boolean ended(State state) {
    return !asks(BEFORE, state) && !asks(AFTER, state);
  }

  private Change endOf(State state) {
    return canonical(new Change(end(BEFORE, state.before, state.raisedBefore),
        end(AFTER, state.after, state.raisedAfter)));
  }

  private Change canonical(Change change) {
    Change known = changes.putIfAbsent(change, change);
    return known == null ? change : known;
  }

  private End end(int side, int outcome, int raised) {
    Level level = walkers[side].verdictLevel(outcome, LEVELS[raised]);
    return End.verdict(level, graphs[side].id(walkers[side].verdictOutcome(outcome, LEVELS[raised])));
  }

  /** How many combinations from {@code start} end in each change; each state worked out once. */
  private Tally evaluate(State start) {
    if (ended(start)) {
      Tally tally = new Tally();
      tally.add(endOf(start), Count.ONE);
      return tally;
    }
    Deque<Frame> frames = new ArrayDeque<>();
    frames.push(new Frame(start, edges(start)));
    while (!frames.isEmpty()) {
      Frame frame = frames.peek();
      if (frame.next == frame.edges.size()) {
        memo.put(frame.state, frame.totals);
        frames.pop();
        continue;
      }
      Edge edge = frame.edges.get(frame.next++);
      if (edge.end() != null) {
        frame.totals.add(edge.end(), Count.ONE);
      } else if (ended(edge.next())) {
        frame.totals.add(endOf(edge.next()), Count.ONE);
      } else {
        Tally known = memo.get(edge.next());
        if (known != null) {
          frame.totals.addAll(known);
        } else {
          frame.next--; // come back to this edge once the state below is worked out
          frames.push(new Frame(edge.next(), edges(edge.next())));
        }
      }
    }
    return memo.get(start);
  }

  /** How many combinations end in each change: a few entries at most, changes compared by identity. */
  private static final class Tally {
    Change[] changes = new Change[2];
    Count[] counts = new Count[2];
    int size;

    void add(Change change, Count count) {
      for (int i = 0; i < size; i++) {
        if (changes[i] == change) {
          counts[i] = counts[i].plus(count);
          return;
        }
      }
      if (size == changes.length) {
        changes = Arrays.copyOf(changes, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      changes[size] = change;
      counts[size++] = count;
    }

    void addAll(Tally other) {
      for (int i = 0; i < other.size; i++) {
        add(other.changes[i], other.counts[i]);
      }
    }

    boolean anyChanged() {
      for (int i = 0; i < size; i++) {
        if (changes[i].changed()) {
          return true;
        }
      }
      return false;
    }
  }

  /** A state on the way down, with its edges and what they add up to so far. */
  private static final class Frame {
    final State state;
    final List<Edge> edges;
    final Tally totals = new Tally();
    int next;

    Frame(State state, List<Edge> edges) {
      this.state = state;
      this.edges = edges;
    }
  }

  /** Whether both versions stand at the same question with the same level raised and nothing pending. */
  private boolean together(State state) {
    return state.pending.length == 0 && state.raisedBefore == state.raisedAfter && asks(BEFORE, state)
        && asks(AFTER, state) && unionOf[BEFORE][state.before] == unionOf[AFTER][state.after];
  }

  private boolean leadsToChange(State state) {
    if (ended(state)) {
      return endOf(state).changed();
    }
    return memo.get(state).anyChanged();
  }

  /** The first changed combinations, depth first, following only edges that lead to a change. */
  private List<Example> examples(State start, int limit) {
    List<Example> examples = new ArrayList<>();
    if (limit <= 0 || !leadsToChange(start)) {
      return examples;
    }
    Deque<Frame> frames = new ArrayDeque<>();
    Deque<String> answers = new ArrayDeque<>();
    Deque<Boolean> aligned = new ArrayDeque<>(); // whether the versions still stood together after each answer
    frames.push(new Frame(start, edges(start)));
    while (!frames.isEmpty() && examples.size() < limit) {
      Frame frame = frames.peek();
      if (frame.next == frame.edges.size()) {
        frames.pop();
        if (!answers.isEmpty()) {
          answers.removeLast();
          aligned.removeLast();
        }
        continue;
      }
      Edge edge = frame.edges.get(frame.next++);
      Change end = edge.end() != null ? edge.end() : ended(edge.next()) ? endOf(edge.next()) : null;
      if (end != null) {
        if (end.changed()) {
          List<String> path = new ArrayList<>(answers);
          path.add(edge.label());
          int divergence = 0;
          for (boolean together : aligned) {
            if (!together) {
              break;
            }
            divergence++;
          }
          examples.add(new Example(path, end, Math.min(divergence, path.size() - 1)));
        }
      } else if (leadsToChange(edge.next())) {
        answers.addLast(edge.label());
        aligned.addLast(together(edge.next()));
        frames.push(new Frame(edge.next(), edges(edge.next())));
      }
    }
    return examples;
  }
}
