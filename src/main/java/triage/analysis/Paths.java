package triage.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import triage.model.Answer;
import triage.model.Level;
import triage.walk.StepRule;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * Every distinct path from the start to a verdict. Counting never enumerates: one pass over the
 * questions in order carries, for each state of a walk (a question and the level raised so far),
 * how many paths arrive there, moving by the walker's {@link StepRule}. Listing walks them with the
 * walker itself.
 */
public final class Paths {

  private Paths() {}

  /** How many paths end at each level. */
  public static Map<Level, Count> count(Walker walker) {
    StepRule rule = walker.rule();
    Map<Level, Count> byLevel = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      byLevel.put(level, Count.ZERO);
    }
    if (rule.start() == StepRule.NOWHERE) {
      return byLevel;
    }
    Count[] arriving = new Count[rule.stateCount()]; // by state; dropped once passed
    arriving[rule.start()] = Count.ONE;
    for (int q : rule.graph().topologicalOrder()) {
      for (Level raised : Level.values()) {
        int state = StepRule.state(q, raised);
        Count paths = arriving[state];
        arriving[state] = null;
        if (paths == null) {
          continue;
        }
        for (int a = 0; a < rule.answerCount(state); a++) {
          int next = rule.next(state, a);
          if (next == StepRule.NOWHERE) {
            continue;
          }
          if (rule.asks(next)) {
            arriving[next] = arriving[next] == null ? paths : arriving[next].plus(paths);
          } else {
            Level verdict = rule.level(next);
            byLevel.put(verdict, byLevel.get(verdict).plus(paths));
          }
        }
      }
    }
    return byLevel;
  }

  public static Count total(Map<Level, Count> byLevel) {
    Count total = Count.ZERO;
    for (Count count : byLevel.values()) {
      total = total.plus(count);
    }
    return total;
  }

  /** The first {@code limit} paths, depth first, answers in the order each question offers them. */
  public static List<Verdict> list(Walker walker, int limit) {
    List<Verdict> paths = new ArrayList<>();
    each(walker, limit, paths::add);
    return paths;
  }

  /**
   * The first {@code limit} paths, in the order of {@link #list}, handed on one at a time until
   * {@code path} says to stop (its reader has gone): only the walks still to take are held (a few
   * per question deep), so a listing of billions stays small.
   */
  public static void each(Walker walker, long limit, Predicate<Verdict> path) {
    Deque<Walk> pending = new ArrayDeque<>();
    pending.push(walker.start());
    long listed = 0;
    while (!pending.isEmpty() && listed < limit) {
      Walk walk = pending.pop();
      if (walk.finished()) {
        if (!path.test(walk.verdict())) {
          return;
        }
        listed++;
        continue;
      }
      List<Answer> answers = walk.question().answers();
      for (int i = answers.size() - 1; i >= 0; i--) {
        pending.push(walk.answer(answers.get(i), answers.get(i).value()));
      }
    }
  }
}
