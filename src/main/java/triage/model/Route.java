package triage.model;

import java.util.List;
import java.util.Optional;

/**
 * Where an answer sends the walk: the next question or outcome, an optional raise of the level that
 * holds whatever comes after, and advice ids added to the final verdict (tailoring).
 */
public record Route(String next, Optional<Level> raise, List<String> advice, Location at) {

  public Route {
    advice = List.copyOf(advice);
  }

  public Level raiseOrSelfCare() {
    return raise.orElse(Level.SELF_CARE);
  }
}
