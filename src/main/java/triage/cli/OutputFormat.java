package triage.cli;

/** {@code --format} of commands that print a verdict or a report: for people, or for programs. */
public enum OutputFormat {
  text,
  json
}
