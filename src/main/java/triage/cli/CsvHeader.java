package triage.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import triage.model.Question;
import triage.render.Shown;
import triage.text.Suggestion;
import triage.walk.Walker;

/**
 * What each column of a CSV input holds, read from its header row: the line's id, a column to
 * keep, or the answers to one question. A column that is none of these is refused with the whole
 * file, before any row is read: a misspelt question must never be a column quietly passed over.
 */
final class CsvHeader {

  private final int idColumn;
  private final int[] keepColumns; // by place in --keep; -1 where the file has no such column
  private final String[] questions; // by column; null where it is not a question
  private final int width;

  private CsvHeader(int idColumn, int[] keepColumns, String[] questions) {
    this.idColumn = idColumn;
    this.keepColumns = keepColumns;
    this.questions = questions;
    this.width = questions.length;
  }

  /** The header row {@code names} of {@code source}, or why it cannot be read. */
  static CsvHeader of(String source, List<String> names, Columns columns, Walker walker) throws Failure {
    Set<String> questionIds = walker.questionnaire().questions().stream().map(Question::id).collect(Collectors.toSet());
    Map<String, Integer> seen = new HashMap<>();
    int idColumn = -1;
    int[] keepColumns = new int[columns.keep().size()];
    java.util.Arrays.fill(keepColumns, -1);
    String[] questions = new String[names.size()];
    for (int c = 0; c < names.size(); c++) {
      String name = c == 0 && names.get(0).startsWith("\uFEFF") ? names.get(0).substring(1) : names.get(c);
      String where = source + ": column " + (c + 1) + ": ";
      if (name.isBlank()) {
        throw Failure.of(Failure.Kind.INVALID_CSV, where + "the header names no column; every column needs a name");
      }
      Integer before = seen.put(name, c);
      if (before != null) {
        throw Failure.of(Failure.Kind.INVALID_CSV, where + Shown.input(name) + " is also column " + (before + 1)
            + "; a header names each column once");
      }
      int keep = columns.keep().indexOf(name);
      if (name.equals(columns.idField())) {
        idColumn = c;
      } else if (keep >= 0) {
        keepColumns[keep] = c;
      } else if (questionIds.contains(name)) {
        questions[c] = name;
      } else {
        List<String> known = new ArrayList<>(questionIds);
        known.addAll(columns.ownNames());
        throw Failure.unknownQuestion(where, name, Suggestion.closest(name, known));
      }
    }
    return new CsvHeader(idColumn, keepColumns, questions);
  }

  /** How many cells every row has. */
  int width() {
    return width;
  }

  /** The column of the line's id, or -1. */
  int idColumn() {
    return idColumn;
  }

  /** The column of each kept value, by its place in {@code --keep}; -1 where the file has none. */
  int keepColumn(int keep) {
    return keepColumns[keep];
  }

  /** The question whose answers a column holds, or null. */
  String question(int column) {
    return questions[column];
  }
}
