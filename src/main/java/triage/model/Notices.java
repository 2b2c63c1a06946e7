package triage.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed words around every verdict: that it is not a diagnosis; for each level below
 * emergency, what should bring the person back sooner and which signs mean calling the emergency
 * number now (the safety net); and one line shown before the first question.
 */
public record Notices(Text notADiagnosis, Map<Level, Text> seekHelpIf, Optional<Text> beforeStart, Location at) {

  public Notices {
    seekHelpIf = Collections.unmodifiableMap(seekHelpIf.isEmpty() ? new EnumMap<>(Level.class)
        : new EnumMap<>(seekHelpIf));
  }

  /** The safety net for a verdict of this level, if the questionnaire has one. */
  public Optional<Text> seekHelpIf(Level level) {
    return Optional.ofNullable(seekHelpIf.get(level));
  }
}
