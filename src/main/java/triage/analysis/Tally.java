package triage.analysis;

import java.util.Arrays;
import triage.analysis.VerdictDiff.Change;

/** How many combinations end in each change: a few entries at most, changes compared by identity. */
final class Tally {

  private Change[] changes = new Change[2];
  private Count[] counts = new Count[2];
  private int size;

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

  int size() {
    return size;
  }

  Change change(int i) {
    return changes[i];
  }

  Count count(int i) {
    return counts[i];
  }
}
