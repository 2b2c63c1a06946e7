package triage.model;

import java.util.List;

/** Where a walk can end: a level, a title and the ids of the advice that goes with it. */
public record Outcome(String id, Level level, Text title, List<String> advice, Location at) {

  public Outcome {
    advice = List.copyOf(advice);
  }
}
