package triage.cli;

/** {@code --format} of commands that print tables: for people, for programs, for spreadsheets. */
public enum TableFormat {
  text,
  json,
  csv
}
