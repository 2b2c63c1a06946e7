package triage.walk;

import java.util.List;
import triage.model.Advice;
import triage.model.Level;
import triage.model.Outcome;

/**
 * How a walk ended. {@code level} is the highest of the outcome reached and every raise on the
 * path; when raises lifted it above {@code reached}, {@code outcome} is the escalation outcome for
 * that level, so the words always fit the level.
 */
public record Verdict(
    Level level, Outcome outcome, Outcome reached, List<Advice> advice, List<Reason> reasons, List<Step> path) {

  public Verdict {
    advice = List.copyOf(advice);
    reasons = List.copyOf(reasons);
    path = List.copyOf(path);
  }
}
