package triage.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name to a misspelt one, when it is close enough. */
public final class Suggestion {

  private Suggestion() {}

  public static Optional<String> closest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = wrong.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, wrong.length() / 3);
    if (bestDistance <= allowed) {
      return Optional.ofNullable(best);
    }
    return prefixOf(lower, known).or(() -> wordOf(lower, known));
  }

  /** A known name that is a whole word of the wrong one ({@code choice} in {@code multiple-choice}). */
  private static Optional<String> wordOf(String lower, Collection<String> known) {
    for (String candidate : known) {
      String other = candidate.toLowerCase(Locale.ROOT);
      int at = lower.indexOf(other);
      boolean starts = at == 0 || at > 0 && !Character.isLetterOrDigit(lower.charAt(at - 1));
      int end = at + other.length();
      boolean ends = end == lower.length() || end < lower.length() && !Character.isLetterOrDigit(lower.charAt(end));
      if (other.length() >= 3 && at >= 0 && starts && ends) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A known name that starts the wrong one or is started by it ({@code numbness} for {@code numb}). */
  private static Optional<String> prefixOf(String lower, Collection<String> known) {
    String best = null;
    for (String candidate : known) {
      String other = candidate.toLowerCase(Locale.ROOT);
      boolean related = other.length() >= 3 && lower.length() >= 3 && (lower.startsWith(other) || other.startsWith(lower));
      if (related && (best == null || Math.abs(candidate.length() - lower.length())
          < Math.abs(best.length() - lower.length()))) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "; did you mean `x`?" or nothing. */
  public static String didYouMean(String wrong, Collection<String> known) {
    return closest(wrong, known).map(s -> "; did you mean `" + s + "`?").orElse("");
  }

  /**
   * Optimal string alignment distance (Levenshtein with swaps of neighbours, the commonest typo),
   * giving up early once it cannot beat {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
