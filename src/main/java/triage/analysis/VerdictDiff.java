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
import triage.model.Level;
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
    return new Result(all, changed, changes, diff.examples(start, limit));
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

  private boolean leadsToChange(State state) {
    if (walk.ended(state)) {
      return walk.endOf(state).changed();
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
    frames.push(new Frame(start, walk.edges(start)));
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
      Change end = edge.end() != null ? edge.end() : walk.ended(edge.next()) ? walk.endOf(edge.next()) : null;
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
        aligned.addLast(walk.together(edge.next()));
        frames.push(new Frame(edge.next(), walk.edges(edge.next())));
      }
    }
    return examples;
  }
}
