package triage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import triage.render.CsvTable;
import triage.render.VerdictCsv;
import triage.walk.AnswerSheet;

/**
 * Batch output as CSV: one header row, then one row a line with the same columns whatever the line
 * gave: {@code id}, {@code file} (with several inputs), {@code line}, the kept columns, the chosen
 * verdict fields, and {@code error}, {@code message} and {@code question}, empty for a verdict.
 */
final class CsvLineWriter implements LineWriter {

  private static final List<String> ERROR_COLUMNS = List.of("error", "message", "question");

  private final Writer out;
  private final CsvTable table;
  private final VerdictCsv verdicts;
  private final int keep;
  private final int fields;
  private final List<Object> row = new ArrayList<>();

  CsvLineWriter(OutputStream out, VerdictCsv verdicts, int keep) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.table = CsvTable.rows(this.out);
    this.verdicts = verdicts;
    this.keep = keep;
    this.fields = verdicts.header().size();
  }

  /** The header row, written once before every other. */
  static void header(Appendable out, boolean files, List<String> keep, VerdictCsv verdicts) {
    List<String> columns = new ArrayList<>(List.of(Columns.DEFAULT_ID));
    if (files) {
      columns.add("file");
    }
    columns.add("line");
    columns.addAll(keep);
    columns.addAll(verdicts.header());
    columns.addAll(ERROR_COLUMNS);
    new CsvTable(out, columns.toArray(String[]::new));
  }

  @Override
  public void verdict(Where where, AnswerSheet.Finished finished) {
    start(where);
    verdicts.cells(row, finished.verdict(), finished.unused(), finished.assumedUnsure());
    blanks(ERROR_COLUMNS.size());
    table.row(row);
  }

  @Override
  public void error(Where where, Failure failure) {
    start(where);
    blanks(fields);
    row.add(failure.kind().code());
    row.add(failure.getMessage());
    row.add(failure.questionId().orElse(""));
    table.row(row);
  }

  @Override
  public void echo(Where where, List<Echo> answers) {
    throw new UnsupportedOperationException("--parse-only writes JSON");
  }

  private void start(Where where) {
    row.clear();
    row.add(where.id().map(AnswerLine.Id::text).orElse(""));
    where.input().ifPresent(row::add);
    row.add(where.line());
    for (int i = 0; i < keep; i++) {
      row.add(where.kept()[i] == null ? "" : where.kept()[i].cell());
    }
  }

  private void blanks(int count) {
    for (int i = 0; i < count; i++) {
      row.add("");
    }
  }

  @Override
  public void flush() throws IOException {
    table.flush();
    out.flush();
  }
}
