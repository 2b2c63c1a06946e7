package triage.model;

/**
 * A text shown to people, what it belongs to (for messages), what kind of text it is, and where it
 * stands in the file.
 */
public record TextSite(String what, Kind kind, Text text, Location at) {

  /** What a text is for, which decides how plainly it must read. */
  public enum Kind {
    QUESTION,
    OPTION,
    HELP,
    TITLE,
    NOTICE,
    ADVICE
  }
}
