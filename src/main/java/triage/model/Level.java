package triage.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How urgent a verdict is, least to most: the order of the constants is the order of urgency. */
public enum Level {
  SELF_CARE("self-care"),
  SEE_PROFESSIONAL("see-professional"),
  URGENT("urgent"),
  EMERGENCY("emergency");

  private final String word;

  Level(String word) {
    this.word = word;
  }

  /** The word used in questionnaires, JSON and exit-code documentation. */
  public String word() {
    return word;
  }

  public static Optional<Level> ofWord(String word) {
    for (Level level : values()) {
      if (level.word.equals(word)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public static String words() {
    return Arrays.stream(values()).map(Level::word).collect(Collectors.joining(", "));
  }

  public Level atLeast(Level other) {
    return other.compareTo(this) > 0 ? other : this;
  }

  public boolean below(Level other) {
    return compareTo(other) < 0;
  }

  /**
   * The least a verdict may be after "unsure" on a red flag of this level: one step down, but never
   * below see-professional. Not knowing is never reassurance.
   */
  public Level unsureFloor() {
    Level oneDown = values()[Math.max(0, ordinal() - 1)];
    return oneDown.atLeast(SEE_PROFESSIONAL);
  }
}
