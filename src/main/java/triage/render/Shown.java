package triage.render;

import triage.text.Visible;

/**
 * How something a person or a script typed is shown back in a message: in backticks, at most
 * {@value #LONGEST} characters, with control characters written as escapes, so that an echo can
 * neither flood the screen nor drive the terminal.
 */
public final class Shown {

  static final int LONGEST = 60;

  private Shown() {}

  public static String input(String typed) {
    StringBuilder shown = new StringBuilder("`");
    int count = 0;
    for (int i = 0; i < typed.length(); i = typed.offsetByCodePoints(i, 1)) {
      if (count++ == LONGEST) {
        return shown.append("…` (").append(typed.codePointCount(0, typed.length())).append(" characters)")
            .toString();
      }
      int c = typed.codePointAt(i);
      if (c == '\t') {
        shown.append("\\t");
      } else if (Visible.hidden(c) || c == '\n' || c == '\u2028' || c == '\u2029') {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    }
    return shown.append('`').toString();
  }
}
