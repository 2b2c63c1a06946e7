package triage.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import triage.model.Answer;
import triage.model.Level;
import triage.model.RouteGraph;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * Every distinct path from the start to a verdict. Counting never enumerates: one pass over the
 * questions in order carries, for each question and each level raised so far, how many paths
 * arrive there. Listing walks them with the walker itself.
 */
public final class Paths {

  private Paths() {}

  /** How many paths end at each level. */
  public static Map<Level, Count> count(Walker walker) {
    RouteGraph graph = walker.graph();
    Map<Level, Count> byLevel = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      byLevel.put(level, Count.ZERO);
    }
    if (graph.start() == RouteGraph.NOWHERE) {
      return byLevel;
    }
    int levels = Level.values().length;
    Count[][] arriving = new Count[graph.nodeCount()][]; // by node, then raised level; dropped once passed
    arriving[graph.start()] = new Count[levels];
    arriving[graph.start()][Level.SELF_CARE.ordinal()] = Count.ONE;
    for (int q : graph.topologicalOrder()) {
      Count[] here = arriving[q];
      arriving[q] = null;
      if (here == null) {
        continue;
      }
      int[] next = graph.next(q);
      for (Level raised : Level.values()) {
        Count paths = here[raised.ordinal()];
        if (paths == null) {
          continue;
        }
        for (int a = 0; a < next.length; a++) {
          Level after = raised.atLeast(walker.raise(q, a));
          int target = next[a];
          if (graph.isQuestion(target)) {
            if (arriving[target] == null) {
              arriving[target] = new Count[levels];
            }
            Count before = arriving[target][after.ordinal()];
            arriving[target][after.ordinal()] = before == null ? paths : before.plus(paths);
          } else {
            Level verdict = walker.verdictLevel(target, after);
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
    Deque<Walk> pending = new ArrayDeque<>();
    pending.push(walker.start());
    while (!pending.isEmpty() && paths.size() < limit) {
      Walk walk = pending.pop();
      if (walk.finished()) {
        paths.add(walk.verdict());
        continue;
      }
      List<Answer> answers = walk.question().answers();
      for (int i = answers.size() - 1; i >= 0; i--) {
        pending.push(walk.answer(answers.get(i), answers.get(i).value()));
      }
    }
    return paths;
  }
}
