package triage.model;

/** Where something stands in a questionnaire file: 1-based line and column, as editors count. */
public record Location(String file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
