package triage.load;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import triage.model.Location;
import triage.model.Problem;

/**
 * SnakeYAML's syntax errors, said as the fix an author needs: a text to put in quotes, a key to
 * move to a column (and which line it belongs with), a quote to close, spaces instead of a tab.
 * Where the words cannot be improved, SnakeYAML's own are kept, on one line.
 */
final class SyntaxHelp {

  private SyntaxHelp() {}

  static Problem explain(String file, String text, MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark mark = e.getProblemMark();
    if (problem.contains("\\t(TAB)") || problem.contains("'\\t'") || context.contains("\\t(TAB)")) {
      return syntax(YamlDocument.at(file, mark), "a tab character is used for indentation; indent with spaces");
    }
    List<String> lines = text.lines().toList();
    int line = mark == null ? 1 : mark.getLine() + 1;
    if (problem.startsWith("expected <block end>") || problem.startsWith("mapping values are not allowed")
        || problem.startsWith("expected '<document start>'") || problem.startsWith("could not find expected ':'")) {
      Optional<Indentation.Misplaced> misplaced = Indentation.first(lines, line);
      if (misplaced.isPresent()) {
        return misplaced(file, misplaced.get());
      }
    }
    if (mark != null && line <= lines.size() && (problem.startsWith("mapping values are not allowed")
        || context.startsWith("while parsing a flow mapping") && problem.contains("but got :"))) {
      Optional<String> fixed = quoted(lines.get(line - 1), mark.getColumn());
      if (fixed.isPresent()) {
        return syntax(YamlDocument.at(file, mark), "the text holds a colon followed by a space, which YAML reads as"
            + " the start of a key: put the whole text in quotes: `" + fixed.get() + "`");
      }
    }
    if (context.startsWith("while scanning a quoted scalar") && problem.contains("end of stream")
        && e.getContextMark() != null) {
      Mark open = e.getContextMark();
      char quote = open.getLine() < lines.size() && open.getColumn() < lines.get(open.getLine()).length()
          ? lines.get(open.getLine()).charAt(open.getColumn()) : '"';
      return syntax(YamlDocument.at(file, open), "the quote " + quote + " opened here is never closed: end the text"
          + " with " + quote + (quote == '\'' ? " (and write a ' inside it as '')" : " (and write a \" inside it as \\\")"));
    }
    String message = problem.isEmpty() ? context : context.isEmpty() ? problem : problem + " (" + context + ")";
    return syntax(YamlDocument.at(file, mark), YamlDocument.oneLine(message.isEmpty() ? null : message));
  }

  private static Problem misplaced(String file, Indentation.Misplaced m) {
    Location at = new Location(file, m.line(), m.column());
    String what = m.what().equals("-") ? "this `-`" : "`" + m.what() + "`";
    if (m.what().isEmpty()) {
      return syntax(at, "this line goes on with the text of `" + m.with() + "` on line " + m.withLine()
          + ", but starts at column " + m.column() + ": indent it to column " + m.belongsColumn()
          + " or further (a text over several lines is indented past its key)");
    }
    if (m.withLine() == 0) {
      return syntax(at, what + " starts at column " + m.column() + ", but the file's first keys start at column 1:"
          + " move it to column 1");
    }
    String with = m.with().equals("-") ? "the `-` on line " + m.withLine() : "`" + m.with() + "` on line "
        + m.withLine();
    String same = m.what().equals("-") ? "the items of one list start in the same column"
        : "the keys of one map start in the same column";
    if (m.withIsFirst()) {
      // The line it belongs with opened its map or list: either of the two may be the one out of place.
      return syntax(at, what + " starts at column " + m.column() + ", but " + with + ", the first of the "
          + (m.what().equals("-") ? "list" : "map") + " it belongs to, starts at column " + m.belongsColumn()
          + ": start both in the same column (" + same + ")");
    }
    return syntax(at, what + " starts at column " + m.column() + ", but belongs with " + with
        + ", which starts at column " + m.belongsColumn() + ": move it to column " + m.belongsColumn()
        + " (" + same + ")");
  }

  /**
   * The line with the text holding {@code column} in quotes: the value after {@code key: } (in a
   * {@code {...}}, up to the next {@code ,} or {@code }}), or empty when there is none to quote.
   */
  static Optional<String> quoted(String line, int column) {
    int start = -1;
    int end = line.length();
    int open = Math.max(line.lastIndexOf('{', column), line.lastIndexOf(',', column));
    if (open >= 0 && line.lastIndexOf('}', column) < open) {
      int colon = line.indexOf(": ", open);
      start = colon >= 0 && colon < column ? colon + 2 : -1;
      int comma = line.indexOf(',', column);
      int close = line.indexOf('}', column);
      end = comma >= 0 && (close < 0 || comma < close) ? comma : close >= 0 ? close : line.length();
    } else {
      int indent = line.length() - line.stripLeading().length();
      while (line.startsWith("- ", indent)) {
        indent = line.length() - line.substring(indent + 1).stripLeading().length();
      }
      int colon = line.indexOf(": ", indent);
      start = colon >= 0 && colon < column ? colon + 2 : -1;
    }
    if (start < 0) {
      return Optional.empty();
    }
    while (start < end && line.charAt(start) == ' ') {
      start++;
    }
    String value = line.substring(start, end).stripTrailing();
    if (value.isEmpty() || value.startsWith("\"") || value.startsWith("'")) {
      return Optional.empty();
    }
    String quoted = value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value.replace("\\", "\\\\")
        + "\"";
    return Optional.of((line.substring(0, start) + quoted + line.substring(start + value.length())).strip());
  }

  /**
   * A text in {@code {...}} cut in two by a comma ({@code {en: On one side, throbbing}} reads as
   * two keys, the second without a value): said once, at the piece after the comma, and the pieces
   * dropped from the map.
   */
  static Optional<Problem> commaInText(String file, String text, MappingNode mapping) {
    if (mapping.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
      return Optional.empty();
    }
    List<NodeTuple> tuples = mapping.getValue();
    for (int i = 1; i < tuples.size(); i++) {
      if (bare(tuples.get(i), text) && tuples.get(i - 1).getValueNode() instanceof ScalarNode before
          && before.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && !before.getValue().isEmpty()) {
        int last = i;
        while (last + 1 < tuples.size() && bare(tuples.get(last + 1), text)) {
          last++;
        }
        Mark from = before.getStartMark();
        Mark to = tuples.get(last).getKeyNode().getEndMark();
        if (from.getLine() != to.getLine()) {
          return Optional.empty();
        }
        String line = line(text, from.getLine());
        int start = index(line, from.getColumn());
        int end = index(line, to.getColumn());
        if (start < 0 || end < start) {
          return Optional.empty(); // lines broken by characters other than \n: not worth guessing
        }
        String cut = line.substring(start, end);
        String fixed = line.substring(0, start) + "\"" + cut.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
            + line.substring(end);
        Node key = tuples.get(i).getKeyNode();
        tuples.subList(i, last + 1).clear();
        return Optional.of(syntax(YamlDocument.at(file, key), "the text `" + cut + "` holds a comma inside `{...}`,"
            + " which YAML reads as the end of the text: put the whole text in quotes: `" + fixed.strip() + "`"));
      }
    }
    return Optional.empty();
  }

  /** A plain key with no colon after it, and so no value: what follows a comma in a text. */
  private static boolean bare(NodeTuple tuple, String text) {
    if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
        || !(tuple.getValueNode() instanceof ScalarNode value) || !value.getValue().isEmpty()) {
      return false;
    }
    Mark end = key.getEndMark();
    String line = line(text, end.getLine());
    int at = index(line, end.getColumn());
    return at >= 0 && !line.substring(at).stripLeading().startsWith(":");
  }

  /** Where column {@code column} (0-based, in code points, as SnakeYAML counts) is in the line; -1 if past its end. */
  private static int index(String line, int column) {
    return column <= line.codePointCount(0, line.length()) ? line.offsetByCodePoints(0, column) : -1;
  }

  /** Line {@code index} (0-based) of the text. */
  private static String line(String text, int index) {
    int start = 0;
    for (int i = 0; i < index && start >= 0; i++) {
      start = text.indexOf('\n', start);
      start = start < 0 ? -1 : start + 1;
    }
    if (start < 0) {
      return "";
    }
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static Problem syntax(Location at, String message) {
    return Problem.error(at, "syntax", message);
  }
}
