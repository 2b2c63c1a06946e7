package triage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Standard output or error, watched: it counts the bytes and lines that reached the stream and
 * keeps the first write that failed (a full disk, a closed pipe), which a {@code PrintStream}
 * would otherwise swallow. Every later write fails the same way, so nothing is half written after
 * a failure.
 */
final class Watched extends OutputStream {

  private final OutputStream out;
  private IOException failure;
  private long bytes;
  private long lines;

  Watched(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    check();
    try {
      out.write(b);
      swallowed();
    } catch (IOException e) {
      throw failed(e);
    }
    bytes++;
    lines += b == '\n' ? 1 : 0;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    write(b, off, len, newlines(b, off, len));
  }

  /**
   * Writes bytes holding exactly {@code newlines} line ends, as the caller knows (batch writes whole
   * chunks of lines it counted), so they need not be counted again.
   */
  void write(byte[] b, int off, int len, long newlines) throws IOException {
    check();
    try {
      out.write(b, off, len);
      swallowed();
    } catch (IOException e) {
      throw failed(e);
    }
    bytes += len;
    lines += newlines;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * How many {@code \n} bytes there are, eight at a time: batch writes gigabytes through here, and a
   * byte-by-byte count was the largest single cost of writing them.
   */
  static long newlines(byte[] b, int off, int len) {
    long count = 0;
    int i = off;
    for (int end = off + len - 7; i < end; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES; // a newline byte is now a zero byte
      // Exactly the zero bytes get their high bit set (no carries between bytes), counted at once.
      long zeros = ~(((x & LOW7) + LOW7) | x | LOW7);
      count += Long.bitCount(zeros);
    }
    for (; i < off + len; i++) {
      count += b[i] == '\n' ? 1 : 0;
    }
    return count;
  }

  @Override
  public void flush() throws IOException {
    check();
    try {
      out.flush();
      swallowed();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** A {@code PrintStream} underneath (System.out replaced) keeps its failures to itself: ask it. */
  private void swallowed() throws IOException {
    if (out instanceof PrintStream print && print.checkError()) {
      throw new IOException("the stream reported an error");
    }
  }

  private void check() throws IOException {
    if (failure != null) {
      throw new IOException(failure.getMessage(), failure); // a new one: a stream closed after it may add it
    }
  }

  private IOException failed(IOException e) {
    failure = e;
    return e;
  }

  /** The first write that failed, if one did. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the reader went away (a closed pipe, as with {@code | head}): not an error to report. */
  boolean readerGone() {
    return failure != null && failure.getMessage() != null && failure.getMessage().contains("Broken pipe");
  }

  long bytes() {
    return bytes;
  }

  long lines() {
    return lines;
  }
}
