package triage.api;

import triage.model.Location;

/**
 * Something wrong (or worth a second look) in a questionnaire file, where it is, and the rule that
 * found it. {@link #toString()} gives {@code FILE:LINE:COL: error: message [rule]}, the form
 * editors and CI understand.
 *
 * @param file the file's name as it was given (or {@code built-in})
 * @param line the line, counting from 1
 * @param column the column, counting from 1
 * @param severity an error (the questionnaire cannot be used) or a warning
 * @param rule the name of the rule that found it, such as {@code reference} or {@code safety}
 * @param message what is wrong, in the author's terms
 */
public record Problem(String file, int line, int column, Severity severity, String rule, String message) {

  /** Whether a problem stops a questionnaire from being used. */
  public enum Severity {
    /** The questionnaire cannot be used as it is. */
    ERROR,
    /** Worth a second look; the questionnaire can be used. */
    WARNING
  }

  static Problem of(triage.model.Problem problem) {
    return new Problem(problem.at().file(), problem.at().line(), problem.at().column(),
        problem.isError() ? Severity.ERROR : Severity.WARNING, problem.rule(), problem.message());
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE:COL: error: message [rule]}, anything that could drive a terminal made visible. */
  @Override
  public String toString() {
    return new triage.model.Problem(new Location(file, line, column),
        isError() ? triage.model.Problem.Severity.ERROR : triage.model.Problem.Severity.WARNING, message, rule)
        .format();
  }
}
