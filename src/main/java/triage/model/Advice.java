package triage.model;

import java.util.List;

/**
 * One piece of advice, written once and named by outcomes and answers that add it. It is given
 * only at the verdict levels in {@code levels} (every level when empty), and never after any of
 * the answers in {@code unless}.
 */
public record Advice(String id, Text text, List<String> sources, List<Level> levels, List<Answered> unless,
    Location at) {

  public Advice {
    sources = List.copyOf(sources);
    levels = List.copyOf(levels);
    unless = List.copyOf(unless);
  }

  /** Whether it may be given in a verdict of this level (answers aside). */
  public boolean givenAt(Level level) {
    return levels.isEmpty() || levels.contains(level);
  }
}
