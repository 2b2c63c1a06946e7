package triage.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import triage.text.Visible;

/**
 * A table as CSV, for spreadsheets and data tools: RFC 4180 quoting (a field with a comma, a
 * quote or any line break is quoted, quotes doubled) by Apache Commons CSV, lines ending in
 * {@code \n}. Every command that writes CSV writes it through this.
 */
public final class CsvTable {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private final CSVPrinter printer;

  /**
   * A text as a cell: one that starts as a spreadsheet formula would ({@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return) gets a leading apostrophe, so that opening the file never
   * runs it (OWASP's advice against CSV injection).
   */
  static String cell(String text) {
    String shown = Visible.of(text);
    return !shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0 && !NUMBER.matcher(shown).matches()
        ? "'" + shown : shown;
  }

  /** A plain number, such as {@code -3.5}: never a formula, and a number column must stay one. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

  /** A table on {@code out}, starting with a header row of these column names. */
  public CsvTable(Appendable out, String... columns) {
    this(out);
    row((Object[]) columns);
  }

  private CsvTable(Appendable out) {
    try {
      printer = new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a table whose header is written elsewhere (batch writes its rows on several threads). */
  public static CsvTable rows(Appendable out) {
    return new CsvTable(out);
  }

  /** A row of cells; see {@link #row(Object...)}. */
  public void row(List<?> fields) {
    row(fields.toArray());
  }

  /** Writes what is buffered to the stream underneath. */
  public void flush() throws IOException {
    printer.flush();
  }

  /** A row; a text that a spreadsheet would read as a formula is kept as text ({@link #cell}). */
  public void row(Object... fields) {
    Object[] cells = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      cells[i] = fields[i] instanceof String text ? cell(text) : fields[i];
    }
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
