package triage.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import triage.model.Origin;
import triage.model.Problem;
import triage.model.Questionnaire;

/**
 * What loading a file gave: the questionnaire (possibly partial, so that later checks can still
 * report on it), every problem found, where it came from (its name and sha256), and the ids of
 * questions and outcomes the file has but that could not be read (an unknown `type`, a missing
 * `level`): nothing that would follow from their absence is said of them.
 */
public record Loaded(Optional<Questionnaire> questionnaire, List<Problem> problems, Origin origin, Set<String> unread) {

  public Loaded {
    problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
    unread = Set.copyOf(unread);
  }

  public Loaded(Optional<Questionnaire> questionnaire, List<Problem> problems, Origin origin) {
    this(questionnaire, problems, origin, Set.of());
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
