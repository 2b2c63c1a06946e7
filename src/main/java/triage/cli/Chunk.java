package triage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A run of consecutive lines of one input, and, once triaged, what they give: the bytes of their
 * output lines and how many gave each level. The unit batch hands to a worker and writes in
 * order. Chunks are reused, so a batch holds only the few in flight however long its input.
 */
final class Chunk {

  /** At most this many lines a chunk. */
  static final int LINES = 256;
  /** A chunk takes no more lines once its input holds this many bytes (one longer line still fits). */
  static final int BYTES = 1 << 18;

  /** What an entry of a chunk is. */
  enum Kind {
    /** A line of JSON, its bytes in {@link #bytes}. */
    JSON,
    /** A line longer than {@link Batch#MAX_LINE}, not kept. */
    TOO_LONG,
    /** A CSV row, its cells in {@link #cells}. */
    ROW,
    /** What a CSV input could not be read as; the message in {@link #problem}. */
    BROKEN
  }

  /** Which input (its place on the command line) the lines come from. */
  int input;
  int count;
  final Kind[] kinds = new Kind[LINES];
  final long[] numbers = new long[LINES]; // each line's number in its input, from 1
  final int[] starts = new int[LINES];
  final int[] lengths = new int[LINES];
  final String[][] cells = new String[LINES][];
  final String[] problem = new String[LINES];
  byte[] bytes = new byte[1 << 12];
  int used;

  /** The output lines, once triaged. */
  final Output out = new Output();
  /** Output lines by level (by ordinal), and error lines. */
  final long[] levels = new long[triage.model.Level.values().length];
  long errors;

  void clear(int input) {
    this.input = input;
    count = 0;
    used = 0;
    Arrays.fill(cells, null);
    Arrays.fill(problem, null);
    out.size = 0;
    Arrays.fill(levels, 0);
    errors = 0;
  }

  boolean full() {
    return count == LINES || used >= BYTES;
  }

  void json(long number, byte[] line, int length) {
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length * 2));
    }
    System.arraycopy(line, 0, bytes, used, length);
    starts[count] = used;
    lengths[count] = length;
    used += length;
    add(Kind.JSON, number);
  }

  void tooLong(long number) {
    add(Kind.TOO_LONG, number);
  }

  void row(long number, String[] row) {
    cells[count] = row;
    used += 16 * row.length; // roughly: rows are counted towards the chunk's size too
    add(Kind.ROW, number);
  }

  void broken(long number, String message) {
    problem[count] = message;
    add(Kind.BROKEN, number);
  }

  private void add(Kind kind, long number) {
    kinds[count] = kind;
    numbers[count] = number;
    count++;
  }

  /** The chunk's output bytes, grown as needed and kept for the next use. */
  static final class Output extends OutputStream {
    byte[] bytes = new byte[1 << 14];
    int size;

    @Override
    public void write(int b) {
      grow(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      grow(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    private void grow(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
      }
    }

    void writeTo(OutputStream out) throws IOException {
      out.write(bytes, 0, size);
    }
  }
}
