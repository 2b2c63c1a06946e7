package triage.model;

import java.util.Comparator;
import triage.text.Visible;

/**
 * Something wrong (or worth a second look) in a questionnaire, where it is, and the rule that found
 * it. Printed as {@code FILE:LINE:COL: error: message [rule]}, the form editors and CI understand.
 */
public record Problem(Location at, Severity severity, String message, String rule) {

  /** By line, then column: the order an author reads the file in. */
  public static final Comparator<Problem> IN_FILE_ORDER =
      Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column());

  /** Errors stop a questionnaire from running; warnings do not. */
  public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String word;

    Severity(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  public static Problem error(Location at, String rule, String message) {
    return new Problem(at, Severity.ERROR, message, rule);
  }

  public static Problem warning(Location at, String rule, String message) {
    return new Problem(at, Severity.WARNING, message, rule);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The problem as one line: whatever a file held that could drive a terminal is made visible. */
  public String format() {
    return Visible.line(at + ": " + severity.word() + ": " + message + " [" + rule + "]");
  }
}
