package triage.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import triage.analysis.DoubleWalk.Edge;
import triage.analysis.DoubleWalk.State;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import triage.model.Level;
import triage.model.Question;
import triage.model.YesNoQuestion;
import triage.walk.Walker;

/**
 * Which answer combinations get a different verdict (level or outcome) from two versions of a
 * questionnaire, walked side by side ({@link DoubleWalk}). Each state of that double walk is worked
 * out once, so two versions that ask the same questions in the same order cost time in proportion
 * to their size; the combinations are counted, never enumerated, and only changed ones are listed,
 * up to a limit.
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

    /** Whether the new version gives a less urgent verdict (or none where the old one gave one). */
    public boolean lessUrgent() {
      return before.level() != null && (after.level() == null || after.level().below(before.level()));
    }
  }

  /**
   * One decision that changed verdicts: the answers in the order asked up to the point after which
   * every combination ends in the same change ({@code rest}: whatever is answered after them), the
   * change, and how many combinations it covers.
   */
  public record Decision(List<String> answers, boolean rest, Change change, Count count, List<String> whatever) {

    Decision(List<String> answers, boolean rest, Change change, Count count) {
      this(answers, rest, change, count, List.of());
    }

    /** Whether the change makes the verdict less urgent: the kind to look at first. */
    public boolean lessUrgent() {
      return change.lessUrgent();
    }

    /**
     * The answers for people: those that are not a plain {@code no}, and how many plain {@code no}
     * came before the last of them ("clunk=yes, with the 20 answers before it no").
     */
    public String shortened() {
      List<String> said = new ArrayList<>();
      int no = 0;
      for (String answer : answers) {
        if (answer.endsWith("=no")) {
          no++;
        } else {
          said.add(answer);
        }
      }
      String others = !whatever.isEmpty() ? "the other answers" : no == 1 ? "the 1 other answer"
          : "the " + no + " other answers"; // merged decisions differ in how many were asked
      String shown = said.isEmpty() ? "every answer no" : String.join(", ", said) + (no == 0 ? "" : ", with " + others
          + " no");
      return shown + whatever.stream().map(id -> ", whatever is answered to " + id).collect(Collectors.joining())
          + (rest ? ", whatever is answered after" : "");
    }

    /** The answers that are not a plain no, but for those to {@code question}. */
    List<String> decisiveWithout(String question) {
      return answers.stream().filter(a -> !a.endsWith("=no") && !a.startsWith(question + "=")).toList();
    }

    /** This decision's answer to {@code question}: its value, or no (said no, or not asked). */
    String valueOf(String question) {
      return answers.stream().filter(a -> a.startsWith(question + "=")).findFirst()
          .map(a -> a.substring(question.length() + 1)).orElse(YesNoQuestion.NO);
    }
  }

  /** All combinations, the changed ones, their count by change, and the first decisions (less urgent first). */
  public record Result(Count combinations, Count changed, Map<Change, Count> byChange, List<Decision> decisions) {}

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

  private final DoubleWalk walk;
  private final Map<State, Tally> memo = new HashMap<>();

  private VerdictDiff(Walker before, Walker after) {
    walk = new DoubleWalk(before, after);
  }

  /** Compares two versions; lists at most {@code limit} changed combinations. */
  public static Result compare(Walker before, Walker after, int limit) {
    VerdictDiff diff = new VerdictDiff(before, after);
    State start = diff.walk.start();
    Tally byChange = diff.evaluate(start);
    Count all = Count.ZERO;
    Count changed = Count.ZERO;
    Map<Change, Count> changes = new LinkedHashMap<>();
    for (int i = 0; i < byChange.size(); i++) {
      all = all.plus(byChange.count(i));
      if (byChange.change(i).changed()) {
        changed = changed.plus(byChange.count(i));
        changes.put(byChange.change(i), byChange.count(i));
      }
    }
    List<Decision> decisions = new ArrayList<>(merged(diff.decisions(start, limit, true), after));
    decisions.addAll(merged(diff.decisions(start, limit - decisions.size(), false), after));
    return new Result(all, changed, changes, decisions);
  }

  /**
   * Decisions that differ only in the answer to one yes/no question, together covering every answer
   * it takes, made one ("whatever is answered to age_65"): such a question did not decide anything.
   */
  private static List<Decision> merged(List<Decision> decisions, Walker after) {
    List<Decision> result = new ArrayList<>(decisions);
    boolean changed = true;
    while (changed) {
      changed = false;
      search:
      for (Decision first : result) {
        for (String answer : first.answers()) {
          String question = answer.substring(0, answer.indexOf('='));
          Optional<Question> asked = after.questionnaire().question(question);
          if (asked.isEmpty() || !(asked.get() instanceof YesNoQuestion)) {
            continue;
          }
          List<Decision> alike = result.stream().filter(d -> d.change() == first.change() && d.rest() == first.rest()
              && d.decisiveWithout(question).equals(first.decisiveWithout(question))).toList();
          Set<String> values = alike.stream().map(d -> d.valueOf(question)).collect(Collectors.toSet());
          if (alike.size() > 1 && values.containsAll(YesNoQuestion.VALUES)) {
            Count count = alike.stream().map(Decision::count).reduce(Count.ZERO, Count::plus);
            List<String> whatever = new ArrayList<>(first.whatever());
            whatever.add(question);
            List<String> answers = first.answers().stream().filter(a -> !a.startsWith(question + "=")).toList();
            int at = result.indexOf(alike.get(0));
            result.removeAll(alike);
            result.add(at, new Decision(answers, first.rest(), first.change(), count, whatever));
            changed = true;
            break search;
          }
        }
      }
    }
    return result;
  }

  /** How many combinations from {@code start} end in each change; each state worked out once. */
  private Tally evaluate(State start) {
    if (walk.ended(start)) {
      Tally tally = new Tally();
      tally.add(walk.endOf(start), Count.ONE);
      return tally;
    }
    Deque<Frame> frames = new ArrayDeque<>();
    frames.push(new Frame(start, walk.edges(start)));
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
      } else if (walk.ended(edge.next())) {
        frame.totals.add(walk.endOf(edge.next()), Count.ONE);
      } else {
        Tally known = memo.get(edge.next());
        if (known != null) {
          frame.totals.addAll(known);
        } else {
          frame.next--; // come back to this edge once the state below is worked out
          frames.push(new Frame(edge.next(), walk.edges(edge.next())));
        }
      }
    }
    return memo.get(start);
  }

  /** Whether some combination from {@code state} ends in a change of the kind asked for. */
  private boolean leadsTo(State state, boolean lessUrgent) {
    if (walk.ended(state)) {
      return kind(walk.endOf(state), lessUrgent);
    }
    Tally tally = memo.get(state);
    for (int i = 0; i < tally.size(); i++) {
      if (kind(tally.change(i), lessUrgent)) {
        return true;
      }
    }
    return false;
  }

  private static boolean kind(Change change, boolean lessUrgent) {
    return change.changed() && change.lessUrgent() == lessUrgent;
  }

  /**
   * The first decisions of one kind (less urgent, or not), depth first: a way of answering is
   * followed only while it can still lead to such a change, and stops where every way on ends in
   * the same change.
   */
  private List<Decision> decisions(State start, int limit, boolean lessUrgent) {
    List<Decision> decisions = new ArrayList<>();
    if (limit <= 0 || !leadsTo(start, lessUrgent)) {
      return decisions;
    }
    Deque<Frame> frames = new ArrayDeque<>();
    Deque<String> answers = new ArrayDeque<>();
    frames.push(new Frame(start, walk.edges(start)));
    while (!frames.isEmpty() && decisions.size() < limit) {
      Frame frame = frames.peek();
      if (frame.next == frame.edges.size()) {
        frames.pop();
        if (!answers.isEmpty()) {
          answers.removeLast();
        }
        continue;
      }
      Edge edge = frame.edges.get(frame.next++);
      Change end = edge.end() != null ? edge.end() : walk.ended(edge.next()) ? walk.endOf(edge.next()) : null;
      List<String> path = new ArrayList<>(answers);
      path.add(edge.label());
      if (end != null) {
        if (kind(end, lessUrgent)) {
          decisions.add(new Decision(path, false, end, Count.ONE));
        }
        continue;
      }
      Tally below = memo.get(edge.next());
      if (below.size() == 1) {
        if (kind(below.change(0), lessUrgent)) {
          decisions.add(new Decision(path, true, below.change(0), below.count(0)));
        }
      } else if (leadsTo(edge.next(), lessUrgent)) {
        answers.addLast(edge.label());
        frames.push(new Frame(edge.next(), walk.edges(edge.next())));
      }
    }
    return decisions;
  }
}
