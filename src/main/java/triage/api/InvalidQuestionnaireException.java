package triage.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A questionnaire that cannot be used: its file has errors (YAML syntax, unknown keys, missing or
 * mistyped values, broken references, loops). Every problem found is listed, each at its
 * {@code FILE:LINE:COL}, as {@code triage validate} would show it.
 */
public final class InvalidQuestionnaireException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<Problem> problems;

  InvalidQuestionnaireException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    return source + " is not a valid questionnaire: " + errors + (errors == 1 ? " error" : " errors") + "\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /** The file's name as it was given. */
  public String source() {
    return source;
  }

  /** Every problem loading found, errors and warnings, in the order of the file. */
  public List<Problem> problems() {
    return problems;
  }
}
