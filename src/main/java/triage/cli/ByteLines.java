package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, without their line ends ({@code \n} or {@code \r\n}), so that each
 * line is decoded (and judged) on its own. A line longer than the limit is passed over and reported
 * as too long; memory stays bounded however long the input.
 */
final class ByteLines {

  private final InputStream in;
  private final int limit;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkStart;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;

  ByteLines(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd) {
        chunkEnd = in.read(chunk);
        chunkStart = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          if (any) {
            number++;
          }
          return any;
        }
      }
      any = true;
      int newline = chunkStart;
      while (newline < chunkEnd && chunk[newline] != '\n') {
        newline++;
      }
      append(chunkStart, newline - chunkStart);
      chunkStart = newline;
      if (newline < chunkEnd) {
        chunkStart++;
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        number++;
        return true;
      }
    }
  }

  private void append(int from, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if (length + count > limit) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
    }
    System.arraycopy(chunk, from, line, length, count);
    length += count;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** The number of the current line, counting from 1. */
  long number() {
    return number;
  }
}
