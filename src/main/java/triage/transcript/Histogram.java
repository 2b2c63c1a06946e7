package triage.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times in a fixed number of buckets, so that a median over millions of answers needs no more
 * memory than over ten: 10 ms steps up to 10 seconds, then steps of 5% up to an hour, then one
 * bucket for anything longer. The median is exact to the width of its bucket.
 */
final class Histogram {

  private static final int FINE_STEP_MS = 10;
  private static final int FINE_LIMIT_MS = 10_000;
  private static final double COARSE_GROWTH = 1.05;
  private static final long[] BOUNDS = bounds(); // the lower end of each bucket, in ms

  private final long[] counts = new long[BOUNDS.length];
  private long total;

  private static long[] bounds() {
    List<Long> bounds = new ArrayList<>();
    for (long ms = 0; ms < FINE_LIMIT_MS; ms += FINE_STEP_MS) {
      bounds.add(ms);
    }
    for (double ms = FINE_LIMIT_MS; ms < 3_600_000; ms *= COARSE_GROWTH) {
      bounds.add(Math.round(ms));
    }
    bounds.add(3_600_000L);
    return bounds.stream().mapToLong(Long::longValue).toArray();
  }

  void add(long ms) {
    int bucket = Arrays.binarySearch(BOUNDS, Math.max(0, ms));
    counts[bucket >= 0 ? bucket : -bucket - 2]++;
    total++;
  }

  long total() {
    return total;
  }

  /** The median in ms (the middle of its bucket), or -1 when nothing was added. */
  long median() {
    if (total == 0) {
      return -1;
    }
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen * 2 >= total) {
        long upper = i + 1 < BOUNDS.length ? BOUNDS[i + 1] : BOUNDS[i];
        return (BOUNDS[i] + upper) / 2;
      }
    }
    return BOUNDS[BOUNDS.length - 1];
  }
}
