package triage.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import triage.walk.Walker;

/**
 * The inputs of a batch, read one after another into chunks: JSON Lines (one object a line) or CSV
 * (a header row, then one answer set a row), from files or standard input. Blank lines are skipped
 * and counted. Only reading happens here, on one thread; parsing JSON is the workers' job, while a
 * CSV row, whose quotes may span lines, is split here.
 */
final class BatchInput implements Closeable {

  /** What the inputs are written in. */
  enum Format {
    jsonl,
    csv
  }

  /** An input as named on the command line; {@code path} is empty for standard input ({@code -}). */
  record Source(String name, Optional<Path> path) {}

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final List<Source> sources;
  private final Format format;
  private final Io io;
  private final CsvHeader[] headers;
  private CSVParser stdinCsv; // standard input's header is read first, with the others; the rest later

  private int current = -1;
  private InputStream in;
  private ByteLines lines;
  private CSVParser csv;
  private Iterator<CSVRecord> rows;
  private long blank;

  private BatchInput(List<Source> sources, Format format, Io io) {
    this.sources = List.copyOf(sources);
    this.format = format;
    this.io = io;
    this.headers = new CsvHeader[sources.size()];
  }

  /**
   * The inputs, each checked before any is triaged: a file that cannot be read, or a CSV header
   * that names something that is not a question, the id or a kept column, stops the batch before
   * its first output line.
   */
  static BatchInput open(List<Source> sources, Format format, Columns columns, Walker walker, Io io) throws Failure {
    for (Source source : sources) {
      if (source.path().isPresent()) {
        InputFiles.checkRegular(source.path().get());
      }
    }
    BatchInput input = new BatchInput(sources, format, io);
    if (format == Format.csv) {
      for (int i = 0; i < sources.size(); i++) {
        Source source = sources.get(i);
        CSVParser parser = null;
        try {
          parser = input.csv(source);
          Iterator<CSVRecord> records = parser.iterator();
          List<String> names = records.hasNext() ? records.next().toList() : List.of();
          if (names.isEmpty() || names.size() == 1 && names.get(0).isEmpty()) {
            throw Failure.of(Failure.Kind.INVALID_CSV, source.name() + ": there is no header row naming the columns");
          }
          input.headers[i] = CsvHeader.of(source.name(), names, columns, walker);
        } catch (UncheckedIOException e) {
          throw Failure.of(Failure.Kind.INVALID_CSV, source.name() + ": the header row is not valid CSV: "
              + csvProblem(e.getCause()));
        } finally {
          if (source.path().isEmpty()) {
            input.stdinCsv = parser;
          } else if (parser != null) {
            closeQuietly(parser);
          }
        }
      }
    }
    return input;
  }

  private CSVParser csv(Source source) throws Failure {
    InputStream stream = source.path().isPresent() ? InputFiles.open(source.path().get()) : io.in();
    Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      return CSVParser.builder().setReader(reader).setFormat(CSV).get();
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + source.name() + ": " + e.getMessage());
    }
  }

  /** Which input, by its place on the command line, and its name. */
  String name(int input) {
    return sources.get(input).name();
  }

  int count() {
    return sources.size();
  }

  /** The header of a CSV input. */
  CsvHeader header(int input) {
    return headers[input];
  }

  /** How many blank lines were skipped. */
  long blank() {
    return blank;
  }

  /**
   * Fills {@code chunk} with the next lines of one input (a chunk never holds two inputs' lines).
   *
   * @return false when every input has been read
   */
  boolean fill(Chunk chunk) throws IOException {
    while (true) {
      if (current >= 0 && (lines != null || rows != null)) {
        chunk.clear(current);
        boolean more = format == Format.jsonl ? fillJson(chunk) : fillCsv(chunk);
        if (!more) {
          endInput();
        }
        if (chunk.count > 0) {
          return true;
        }
        continue;
      }
      if (current + 1 >= sources.size()) {
        return false;
      }
      startInput(++current);
    }
  }

  /** Lines into the chunk until it is full (true) or the input ends (false). */
  private boolean fillJson(Chunk chunk) throws IOException {
    while (!chunk.full()) {
      if (!lines.next()) {
        return false;
      }
      if (lines.tooLong()) {
        chunk.tooLong(lines.number());
      } else if (isBlank(lines.bytes(), lines.length())) {
        blank++;
      } else {
        chunk.json(lines.number(), lines.bytes(), lines.length());
      }
    }
    return true;
  }

  private boolean fillCsv(Chunk chunk) {
    while (!chunk.full()) {
      long start = csv.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!rows.hasNext()) {
          return false;
        }
        record = rows.next();
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof CharacterCodingException || e.getCause() instanceof org.apache.commons.csv.CSVException)) {
          throw e;
        }
        chunk.broken(start, "not valid CSV: " + csvProblem(e.getCause()) + "; the rest of " + name(current)
            + " was not read");
        return false; // a parser that has lost its place among the quotes cannot be trusted with the rest
      }
      String[] cells = record.toList().toArray(String[]::new);
      if (isBlank(cells)) {
        blank++;
      } else {
        chunk.row(start, cells);
      }
    }
    return true;
  }

  private void startInput(int input) throws IOException {
    Source source = sources.get(input);
    try {
      if (format == Format.jsonl) {
        in = source.path().isPresent() ? InputFiles.open(source.path().get()) : io.in();
        lines = new ByteLines(in, Batch.MAX_LINE);
      } else {
        csv = source.path().isPresent() ? csv(source) : stdinCsv;
        rows = csv.iterator();
        if (source.path().isPresent()) {
          rows.next(); // the header, read and checked when the batch began (standard input's was read then)
        }
      }
    } catch (Failure e) {
      throw new IOException(e.getMessage(), e); // checked when the batch began; gone since
    }
  }

  private void endInput() throws IOException {
    if (sources.get(current).path().isPresent()) {
      if (in != null) {
        in.close();
      }
      if (csv != null) {
        csv.close();
      }
    }
    in = null;
    lines = null;
    csv = null;
    rows = null;
  }

  @Override
  public void close() throws IOException {
    if (current >= 0 && current < sources.size() && (lines != null || rows != null)) {
      endInput();
    }
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String[] cells) {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** What a CSV reader found wrong, in a few words of ours. */
  private static String csvProblem(Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    if (cause instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (message.contains("between encapsulated token and delimiter")) {
      return "a quoted cell must be followed by a comma or the end of the line";
    }
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted cell is never closed";
    }
    return "it cannot be read as CSV";
  }

  private static void closeQuietly(CSVParser parser) {
    try {
      parser.close();
    } catch (IOException e) {
      // only read from: nothing is lost
    }
  }
}
