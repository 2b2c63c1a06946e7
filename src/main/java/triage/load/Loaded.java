package triage.load;

import java.util.List;
import java.util.Optional;
import triage.model.Origin;
import triage.model.Problem;
import triage.model.Questionnaire;

/**
 * What loading a file gave: the questionnaire (possibly partial, so that later checks can still
 * report on it), every problem found, and where it came from (its name and sha256).
 */
public record Loaded(Optional<Questionnaire> questionnaire, List<Problem> problems, Origin origin) {

  public Loaded {
    problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
  }

  /** The questionnaire, for callers that have checked {@link #hasErrors()}. */
  public Questionnaire ready() {
    if (hasErrors() || questionnaire.isEmpty()) {
      throw new IllegalStateException("the questionnaire has errors");
    }
    return questionnaire.get();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
