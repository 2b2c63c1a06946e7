package triage.analysis;

import java.util.Locale;

/**
 * A number of paths or answer combinations: exact while it fits a long, then kept as a logarithm,
 * since a tree of many questions has more paths than any exact number is worth printing.
 */
public final class Count {

  public static final Count ZERO = new Count(0, Double.NEGATIVE_INFINITY, true);
  public static final Count ONE = new Count(1, 0, true);

  private final long exact;
  private final double log10;
  private final boolean isExact;

  private Count(long exact, double log10, boolean isExact) {
    this.exact = exact;
    this.log10 = log10;
    this.isExact = isExact;
  }

  public Count plus(Count other) {
    if (other.isZero()) {
      return this;
    }
    if (isZero()) {
      return other;
    }
    if (isExact && other.isExact) {
      long sum = exact + other.exact;
      if (sum >= 0 && sum >= exact) {
        return new Count(sum, Math.log10(sum), true);
      }
    }
    double high = Math.max(log10, other.log10);
    double low = Math.min(log10, other.log10);
    return new Count(0, high + Math.log10(1 + Math.pow(10, low - high)), false);
  }

  public boolean isZero() {
    return isExact && exact == 0;
  }

  public boolean exceeds(long limit) {
    return !isExact || exact > limit;
  }

  public boolean isExact() {
    return isExact;
  }

  /** The exact value; only for an exact count. */
  public long exact() {
    return exact;
  }

  /**
   * The count as a JSON number: its digits when exact, else in scientific notation
   * ({@code 2.3e4567}), which JSON allows however large.
   */
  public String json() {
    if (isExact) {
      return Long.toString(exact);
    }
    int power = (int) Math.floor(log10);
    return String.format(Locale.ROOT, "%.3fe%d", Math.pow(10, log10 - power), power);
  }

  /** "1,234" when exact, "about 2.3e4567" when not. */
  @Override
  public String toString() {
    if (isExact) {
      return String.format(Locale.ROOT, "%,d", exact);
    }
    int power = (int) Math.floor(log10);
    return String.format(Locale.ROOT, "about %.1fe%d", Math.pow(10, log10 - power), power);
  }
}
