package triage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
    check();
    try {
      out.write(b, off, len);
      swallowed();
    } catch (IOException e) {
      throw failed(e);
    }
    bytes += len;
    for (int i = off; i < off + len; i++) {
      lines += b[i] == '\n' ? 1 : 0;
    }
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
