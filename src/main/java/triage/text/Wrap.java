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

  /**
   * {@code text} on one line of at most {@code width} columns: whole if it fits, else cut after the
   * last word that fits, with an ellipsis.
   */
  public static String cut(String text, int width) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (Width.of(line) <= width) {
      return line;
    }
    StringBuilder kept = new StringBuilder();
    for (String word : line.split(" ")) {
      if (Width.of(kept.toString()) + (kept.length() > 0 ? 1 : 0) + Width.of(word) + 1 > width) {
        break;
      }
      kept.append(kept.length() > 0 ? " " : "").append(word);
    }
    return (kept.length() == 0 ? line.substring(0, Math.max(0, width - 1)) : kept.toString()) + "\u2026";
  }

  public static String block(String text, int width, String first, String rest) {
    return String.join("\n", lines(text, width, first, rest));
  }
}
