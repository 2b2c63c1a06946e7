package triage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import triage.model.Level;
import triage.walk.AnswerSheet;
import triage.walk.Walker;

/**
 * Triages the lines of a chunk into its output, one line out for each line in: reads the answers,
 * checks them, walks, and writes the verdict or the error. Each thread has its own, since what it
 * writes with (a JSON generator, the verdict writer's caches) is not for two threads at once; the
 * walker is shared.
 */
final class BatchWorker {

  private final Walker walker;
  private final Columns columns;
  private final List<String> ownNames;
  private final Batch.Gaps gaps;
  private final boolean parseOnly;
  private final BatchInput input;
  private final AnswerLine line;
  private final Target target = new Target();
  private final LineWriter writer;
  private final Into answers = new Into();
  private final List<LineWriter.Echo> echoed = new ArrayList<>();
  private final AnswerLine.Kept[] noKept;

  /** {@code writer} makes the line writer, given where it writes. */
  BatchWorker(Walker walker, Columns columns, Batch.Gaps gaps, boolean parseOnly, BatchInput input,
      WriterFactory writer) throws IOException {
    this.walker = walker;
    this.columns = columns;
    this.ownNames = columns.ownNames();
    this.gaps = gaps;
    this.parseOnly = parseOnly;
    this.input = input;
    this.line = new AnswerLine(columns);
    this.writer = writer.open(target);
    this.noKept = new AnswerLine.Kept[columns.keep().size()];
  }

  /** Makes a worker's line writer, writing to {@code out}. */
  @FunctionalInterface
  interface WriterFactory {
    LineWriter open(OutputStream out) throws IOException;
  }

  /** Triages every line of the chunk into its output, counting the levels and errors. */
  void triage(Chunk chunk) throws IOException {
    target.to = chunk.out;
    Optional<String> name = input.count() > 1 ? Optional.of(input.name(chunk.input)) : Optional.empty();
    for (int i = 0; i < chunk.count; i++) {
      Optional<Level> level = line(chunk, i, name);
      if (level.isPresent()) {
        chunk.levels[level.get().ordinal()]++;
      } else {
        chunk.errors++;
      }
    }
    writer.flush();
  }

  private Optional<Level> line(Chunk chunk, int i, Optional<String> name) throws IOException {
    long number = chunk.numbers[i];
    switch (chunk.kinds[i]) {
      case TOO_LONG -> {
        return error(new LineWriter.Where(name, number, Optional.empty(), noKept),
            Failure.of(Failure.Kind.INVALID_ANSWER, "the line is longer than " + Batch.MAX_LINE + " bytes"));
      }
      case BROKEN -> {
        return error(new LineWriter.Where(name, number, Optional.empty(), noKept),
            Failure.of(Failure.Kind.INVALID_CSV, chunk.problem[i]));
      }
      case ROW -> {
        return row(chunk.cells[i], input.header(chunk.input), name, number);
      }
      default -> {
        return json(chunk, i, name, number);
      }
    }
  }

  private Optional<Level> json(Chunk chunk, int i, Optional<String> name, long number) throws IOException {
    answers.builder = parseOnly ? null : new AnswerSheet.Builder(walker, ownNames);
    echoed.clear();
    if (FhirLines.isResource(chunk.bytes, chunk.starts[i], chunk.lengths[i])) {
      LineWriter.Where where = new LineWriter.Where(name, number, Optional.empty(), noKept);
      Optional<Failure> unreadable = FhirLines.read(chunk.bytes, chunk.starts[i], chunk.lengths[i], number,
          walker.questionnaire(), answers);
      if (unreadable.isPresent()) {
        return error(where, unreadable.get());
      }
      if (parseOnly) {
        writer.echo(where, echoed);
        return Optional.of(Level.SELF_CARE);
      }
      return walk(where, answers.builder);
    }
    try {
      line.parse(chunk.bytes, chunk.starts[i], chunk.lengths[i], answers);
    } catch (AnswerLine.Malformed e) {
      return error(new LineWriter.Where(name, number, line.id(), line.kept()), e.failure());
    }
    LineWriter.Where where = new LineWriter.Where(name, number, line.id(), line.kept());
    if (parseOnly) {
      writer.echo(where, echoed);
      return Optional.of(Level.SELF_CARE);
    }
    return walk(where, answers.builder);
  }

  private Optional<Level> row(String[] cells, CsvHeader header, Optional<String> name, long number)
      throws IOException {
    AnswerLine.Kept[] kept = new AnswerLine.Kept[columns.keep().size()];
    for (int k = 0; k < kept.length; k++) {
      int column = header.keepColumn(k);
      kept[k] = column >= 0 && column < cells.length ? AnswerLine.Kept.text(cells[column]) : null;
    }
    int idColumn = header.idColumn();
    Optional<AnswerLine.Id> id = idColumn >= 0 && idColumn < cells.length && !cells[idColumn].isEmpty()
        ? Optional.of(new AnswerLine.Id(cells[idColumn], false)) : Optional.empty();
    LineWriter.Where where = new LineWriter.Where(name, number, id, kept);
    if (cells.length != header.width()) {
      return error(where, Failure.of(Failure.Kind.INVALID_CSV, "the row has " + cells.length
          + (cells.length == 1 ? " cell" : " cells") + " and the header " + header.width() + "; a row has a cell for"
          + " every column, empty where there is no answer"));
    }
    AnswerSheet.Builder builder = new AnswerSheet.Builder(walker, ownNames);
    echoed.clear();
    for (int c = 0; c < cells.length; c++) {
      String question = header.question(c);
      if (question != null) {
        if (parseOnly) {
          echoed.add(new LineWriter.Echo(question, cells[c], LineWriter.Echo.Kind.TEXT));
        } else {
          builder.addCell(question, cells[c]);
        }
      }
    }
    if (parseOnly) {
      writer.echo(where, echoed);
      return Optional.of(Level.SELF_CARE);
    }
    return walk(where, builder);
  }

  private Optional<Level> walk(LineWriter.Where where, AnswerSheet.Builder builder) throws IOException {
    AnswerSheet.Checked checked = builder.build();
    Optional<Failure> refused = Failure.refusing(checked);
    if (refused.isPresent()) {
      return error(where, refused.get());
    }
    AnswerSheet sheet = ((AnswerSheet.Accepted) checked).sheet();
    AnswerSheet.Reached reached = gaps == Batch.Gaps.UNSURE ? sheet.walkAssumingUnsure(walker) : sheet.walk(walker);
    if (reached instanceof AnswerSheet.Missing missing) {
      return error(where, Failure.unanswered(missing.question(), ""));
    }
    AnswerSheet.Finished finished = (AnswerSheet.Finished) reached;
    writer.verdict(where, finished);
    return Optional.of(finished.verdict().level());
  }

  private Optional<Level> error(LineWriter.Where where, Failure failure) throws IOException {
    writer.error(where, failure);
    return Optional.empty();
  }

  /** The answers of a JSON line, into the line's answer sheet, or, with --parse-only, kept to be echoed. */
  private final class Into implements AnswerLine.Answers {
    AnswerSheet.Builder builder;

    @Override
    public void text(String question, String value) {
      if (builder == null) {
        echoed.add(new LineWriter.Echo(question, value, LineWriter.Echo.Kind.TEXT));
      } else {
        builder.add(question, value);
      }
    }

    @Override
    public void number(String question, String number) {
      if (builder == null) {
        echoed.add(new LineWriter.Echo(question, number, LineWriter.Echo.Kind.NUMBER));
      } else {
        builder.addNumber(question, number);
      }
    }

    @Override
    public void bool(String question, boolean value) {
      if (builder == null) {
        echoed.add(new LineWriter.Echo(question, Boolean.toString(value), LineWriter.Echo.Kind.BOOLEAN));
      } else {
        builder.addBoolean(question, value);
      }
    }

    @Override
    public void nothing(String question) {
      if (builder == null) {
        echoed.add(new LineWriter.Echo(question, "", LineWriter.Echo.Kind.NOTHING));
      } else {
        builder.addNothing(question);
      }
    }
  }

  /** Where the line writer's bytes go: the output of the chunk at hand. */
  private static final class Target extends OutputStream {
    OutputStream to;

    @Override
    public void write(int b) throws IOException {
      to.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      to.write(b, off, len);
    }
  }
}
