package triage.render;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV, for spreadsheets and data tools: RFC 4180 quoting (a field with a comma, a
 * quote or any line break is quoted, quotes doubled) by Apache Commons CSV, lines ending in
 * {@code \n}. Every command that writes CSV writes it through this.
 */
public final class CsvTable {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private final CSVPrinter printer;

  /** A table on {@code out}, starting with a header row of these column names. */
  public CsvTable(PrintStream out, String... columns) {
    try {
      printer = new CSVPrinter(out, FORMAT);
      printer.printRecord((Object[]) columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void row(Object... fields) {
    try {
      printer.printRecord(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
