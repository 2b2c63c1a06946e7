package triage.render;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text for a terminal, so that long questions and advice stay readable. */
public final class Wrap {

  private Wrap() {}

  /** {@code text} wrapped at {@code width}, the first line after {@code first}, the rest after {@code rest}. */
  public static List<String> lines(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int empty = first.length();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        empty = rest.length();
      }
      if (line.length() > empty) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  public static String block(String text, int width, String first, String rest) {
    return String.join("\n", lines(text, width, first, rest));
  }
}
