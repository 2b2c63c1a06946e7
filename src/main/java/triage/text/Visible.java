package triage.text;

/**
 * Characters that can drive a terminal or reorder what it shows, made visible: control characters
 * (C0 but line breaks and tabs, DEL, C1) and the bidirectional controls that reverse text
 * (U+202A to U+202E, U+2066 to U+2069) become {@code \\u001b}-style escapes. Everything from a file
 * or from another person passes through this before it reaches a terminal.
 */
public final class Visible {

  private Visible() {}

  /** Whether {@code c} is a character that must never reach a terminal as it is. */
  public static boolean hidden(int c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
        || c >= 0x2066 && c <= 0x2069;
  }

  /** The first such character in {@code text}, or -1. */
  public static int firstHidden(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (hidden(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text} with every such character written as an escape. */
  public static String of(String text) {
    if (firstHidden(text) < 0) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (hidden(c)) {
        shown.append(String.format("\\u%04x", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  /**
   * {@code text} kept to one line: as {@link #of}, and line breaks and tabs written as escapes too,
   * for what is shown in a row or after a label (an id, an answer, a scenario's name), where a line
   * break could fake a line of its own ("ok ...").
   */
  public static String line(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escaped = hidden(c) || c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029';
      if (escaped && shown == null) {
        shown = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (shown != null) {
        shown.append(escaped ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return shown == null ? text : shown.toString();
  }

  /** The name of such a character, for messages: "U+001B". */
  public static String name(int c) {
    return String.format("U+%04X", c);
  }
}
