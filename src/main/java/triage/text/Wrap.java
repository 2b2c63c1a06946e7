package triage.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps text for a terminal by the columns it takes on screen (see {@link Width}), so that long
 * questions and advice stay readable in any script. A word longer than a line keeps a line of its own.
 */
public final class Wrap {

  private Wrap() {}

  /** {@code text} wrapped at {@code width} columns, the first line after {@code first}, the rest after {@code rest}. */
  public static List<String> lines(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int empty = Width.of(first);
    int columns = empty;
    for (String word : text.strip().split("\\s+")) {
      int wordColumns = Width.of(word);
      if (columns > empty && columns + 1 + wordColumns > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        empty = Width.of(rest);
        columns = empty;
      }
      if (columns > empty) {
        line.append(' ');
        columns++;
      }
      line.append(word);
      columns += wordColumns;
    }
    lines.add(line.toString());
    return lines;
  }

  public static String block(String text, int width, String first, String rest) {
    return String.join("\n", lines(text, width, first, rest));
  }
}
