package triage.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed words around every verdict: that it is not a diagnosis; for each level below
 * emergency, what should bring the person back sooner and which signs mean calling the emergency
 * number now (the safety net), and the same in brief for the verdict's last lines; and one line
 * shown before the first question.
 */
public record Notices(Text notADiagnosis, Map<Level, Text> seekHelpIf, Map<Level, Text> seekHelpIfBrief,
    Optional<Text> beforeStart, Location at) {

  public Notices {
    seekHelpIf = byLevel(seekHelpIf);
    seekHelpIfBrief = byLevel(seekHelpIfBrief);
  }

  private static Map<Level, Text> byLevel(Map<Level, Text> texts) {
    return Collections.unmodifiableMap(texts.isEmpty() ? new EnumMap<>(Level.class) : new EnumMap<>(texts));
  }

  /** The safety net for a verdict of this level, if the questionnaire has one. */
  public Optional<Text> seekHelpIf(Level level) {
    return Optional.ofNullable(seekHelpIf.get(level));
  }

  /** The safety net in brief (a line or two), if the questionnaire has one for this level. */
  public Optional<Text> seekHelpIfBrief(Level level) {
    return Optional.ofNullable(seekHelpIfBrief.get(level));
  }
}
