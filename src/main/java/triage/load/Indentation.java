package triage.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a block YAML file whose key or {@code -} starts in a column where no open map
 * or list has its entries, and the column it belongs in: what SnakeYAML calls "expected
 * &lt;block end&gt;" or "mapping values are not allowed here" when an author indents a line two
 * spaces short or too far. Reads lines only; texts over several lines, block texts ({@code |},
 * {@code >}) and {@code {...}} or {@code [...]} over several lines are stepped over.
 */
final class Indentation {

  /** A line that starts where nothing it could belong with starts, and the line it belongs with. */
  record Misplaced(int line, int column, String what, int belongsColumn, int withLine, String with,
      boolean withIsFirst) {}

  /** A key (plain or quoted) followed by a colon and a space or the end of the line. */
  private static final Pattern KEY = Pattern.compile("(\"[^\"]*\"|'[^']*'|[^\\s#'\"{\\[,:-][^:#]*?|-[^\\s:#][^:#]*?)"
      + "\\s*:(\\s|$)");

  /** An open map (its keys' column) or list (its dashes' column), the last line that started there. */
  private record Level(int column, boolean list, int line, String name, int entries) {
    Level(int column, boolean list, int line, String name) {
      this(column, list, line, name, 1);
    }
  }

  private Indentation() {}

  /** The first misplaced line up to {@code last} (1-based), if any. */
  static Optional<Misplaced> first(List<String> lines, int last) {
    Deque<Level> open = new ArrayDeque<>();
    boolean opens = false; // the line before ends in `key:`, and may open a map or list below it
    int blockText = Integer.MAX_VALUE; // after `key: |` or `key: >`, lines indented past this column belong to the text
    int plainText = Integer.MAX_VALUE; // after `key: text`, lines indented past this that are no `key:` go on with the text
    int brackets = 0;
    Level text = null; // the last key that has a text, which lines indented past it go on with
    for (int n = 1; n <= Math.min(last, lines.size()); n++) {
      String line = uncommented(lines.get(n - 1));
      int indent = line.length() - line.stripLeading().length();
      if (line.isBlank() || line.startsWith("---") || line.startsWith("%")) {
        continue;
      }
      if (brackets > 0) {
        brackets += balance(line);
        continue;
      }
      if (indent >= blockText || indent >= plainText && !KEY.matcher(line.substring(indent)).lookingAt()) {
        continue;
      }
      blockText = Integer.MAX_VALUE;
      plainText = Integer.MAX_VALUE;
      int column = indent + 1;
      String rest = line.substring(indent);
      boolean dash = rest.equals("-") || rest.startsWith("- ");
      if (!dash && !KEY.matcher(rest).lookingAt()) {
        // Text that is neither a key nor an item: it goes on with the text above, and is not indented past it.
        return text == null ? Optional.empty()
            : Optional.of(new Misplaced(n, column, "", text.column() + 1, text.line(), text.name(), false));
      }
      Optional<Misplaced> misplaced = place(open, opens, n, column, dash, dash ? "-" : key(rest));
      if (misplaced.isPresent()) {
        Misplaced m = misplaced.get();
        return Optional.of(m.withIsFirst() && nextStartsAt(lines, n, m.belongsColumn())
            ? new Misplaced(m.line(), m.column(), m.what(), m.belongsColumn(), m.withLine(), m.with(), false) : m);
      }
      // Entries on the same line as their dashes: `- - id: x` opens two lists and a map.
      while (dash) {
        String after = rest.substring(1).stripLeading();
        column += rest.length() - after.length();
        rest = after;
        dash = rest.equals("-") || rest.startsWith("- ");
        open.push(new Level(column, dash, n, dash ? "-" : key(rest)));
      }
      Matcher key = KEY.matcher(rest);
      String value = key.lookingAt() ? rest.substring(key.end()).strip() : rest;
      opens = key.lookingAt() && value.isEmpty();
      if (value.startsWith("|") || value.startsWith(">")) {
        blockText = column;
      } else if (!value.isEmpty()) {
        plainText = column;
      }
      text = value.isEmpty() || !key.lookingAt() ? null : new Level(column, false, n, key(rest));
      brackets = value.startsWith("{") || value.startsWith("[") ? balance(value) : 0;
    }
    return Optional.empty();
  }

  /**
   * Where a line starting at {@code column} stands among the open levels: with one of them, as the
   * first entry of a new one below {@code key:}, or nowhere (misplaced).
   */
  private static Optional<Misplaced> place(Deque<Level> open, boolean opens, int n, int column, boolean dash,
      String name) {
    Level parent = open.peek();
    if (parent == null) {
      if (column != 1) {
        return Optional.of(new Misplaced(n, column, name, 1, 0, "", false));
      }
      open.push(new Level(1, dash, n, name));
      return Optional.empty();
    }
    boolean deeper = column > parent.column() || dash && !parent.list() && column == parent.column();
    if (opens && deeper) {
      open.push(new Level(column, dash, n, name));
      return Optional.empty();
    }
    Deque<Level> closed = new ArrayDeque<>();
    while (!open.isEmpty() && open.peek().column() > column) {
      closed.push(open.pop());
    }
    if (!dash && open.peek() != null && open.peek().list() && open.peek().column() == column) {
      closed.push(open.pop()); // a list at its key's own column ends at the next key there
    }
    Level same = open.peek();
    if (same != null && same.column() == column && same.list() == dash) {
      open.push(new Level(column, dash, n, name, open.pop().entries() + 1));
      return Optional.empty();
    }
    // Nowhere: it belongs with the nearest level of its kind, the deeper one of two as near.
    Level best = null;
    for (Level level : concat(open, closed)) {
      if (level.list() == dash && (best == null || Math.abs(level.column() - column) < Math.abs(best.column() - column)
          || Math.abs(level.column() - column) == Math.abs(best.column() - column) && level.column() > best.column())) {
        best = level;
      }
    }
    return best == null ? Optional.empty()
        : Optional.of(new Misplaced(n, column, name, best.column(), best.line(), best.name(),
            best.entries() == 1 && best.column() > 1));
  }

  /**
   * Whether the next line with something on it, after line {@code n}, starts at {@code column}: then
   * the first entry and the one after the misplaced line agree, and the misplaced line is the odd one.
   */
  private static boolean nextStartsAt(List<String> lines, int n, int column) {
    for (int i = n; i < lines.size(); i++) {
      String line = uncommented(lines.get(i));
      if (!line.isBlank()) {
        return line.length() - line.stripLeading().length() + 1 == column;
      }
    }
    return false;
  }

  private static List<Level> concat(Deque<Level> a, Deque<Level> b) {
    List<Level> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String key(String rest) {
    Matcher key = KEY.matcher(rest);
    return key.lookingAt() ? key.group(1).strip() : rest.strip();
  }

  /** The line without a comment: a {@code #} after a space, outside quotes. */
  private static String uncommented(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = i == 0 || " :[{,-".indexOf(line.charAt(i - 1)) >= 0 ? c : 0;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return line.substring(0, i).stripTrailing();
      }
    }
    return line.stripTrailing();
  }

  /** Brackets opened less brackets closed, outside quotes. */
  private static int balance(String text) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return Math.max(depth, 0);
  }
}
