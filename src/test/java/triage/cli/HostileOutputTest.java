package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import triage.Main;
import triage.Schemas;
import triage.Trees;

/**
 * Output that cannot be written is never reported as given (issue 12): a full disk exits 74 saying
 * how much got out, a reader that goes away ends quietly with 141, and a transcript records a
 * verdict only once it was written. Standard output here is a stream that fails after a given
 * number of bytes, as a full disk or a closed pipe does.
 */
class HostileOutputTest {

  @TempDir
  Path dir;

  /** A stream that takes {@code room} bytes and then fails with {@code reason}, as the operating system would say it. */
  private static final class Full extends OutputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final long room;
    private final String reason;

    Full(long room, String reason) {
      this.room = room;
      this.reason = reason;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      long left = room - kept.size();
      kept.write(b, off, (int) Math.min(left, len));
      if (len > left) {
        throw new IOException(reason);
      }
    }

    String text() {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(Full stdout, String stdin, String... args) {
    Watched watched = new Watched(stdout);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(watched, false, StandardCharsets.UTF_8), watched,
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false, false, plain -> {
          throw new AssertionError("no terminal here");
        });
    return new Run(Main.run(io, args), stdout.text(), err.toString(StandardCharsets.UTF_8));
  }

  private static final String FULL = "No space left on device";
  private static final String GONE = "Broken pipe";

  @Test
  void aVerdictThatCannotBeWrittenExits74AndIsNotRecordedAsGiven() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path transcripts = dir.resolve("t.jsonl");
    Run full = run(new Full(0, FULL), "", "--questions", small.toString(), "--answer", "chest=yes", "--format", "json",
        "--record", transcripts.toString());
    assertEquals(74, full.exit());
    assertEquals("triage: could not write to standard output (No space left on device); 0 bytes of output were"
        + " written before it\n", full.err());
    String recorded = Files.readString(transcripts);
    assertTrue(recorded.contains("\"end\":\"unwritten\""), recorded);
    Schemas.assertEveryLineValid("transcript-line", recorded);
    assertFalse(recorded.contains("\"end\":\"verdict\""), recorded);
  }

  @Test
  void aReaderThatGoesAwayEndsTheRunQuietly() throws Exception {
    Run gone = run(new Full(10, GONE), "", "--questions", Trees.writeSmall(dir).toString(), "--answer", "chest=yes");
    assertEquals(141, gone.exit());
    assertEquals("", gone.err());
  }

  @Test
  void aBatchIntoAFullDiskSaysHowManyWholeLinesWereWritten() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      lines.append("{\"id\":").append(i).append(",\"chest\":\"yes\"}\n");
    }
    Full disk = new Full(300_000, FULL);
    Run batch = run(disk, lines.toString(), "batch", "--questions", Trees.writeSmall(dir).toString());
    assertEquals(74, batch.exit(), batch.err());
    Matcher said = Pattern.compile("triage batch: stopped: could not write to standard output \\(No space left on "
        + "device\\); lines 1 to (\\d+) reached it whole, lines (\\d+) to (\\d+) may be missing or cut short, and "
        + "nothing after line (\\d+) was triaged\n").matcher(batch.err());
    assertTrue(said.matches(), batch.err());
    long sure = Long.parseLong(said.group(1));
    long last = Long.parseLong(said.group(3));
    assertEquals(sure + 1, Long.parseLong(said.group(2)));
    assertEquals(last, Long.parseLong(said.group(4)));
    long whole = disk.text().chars().filter(c -> c == '\n').count();
    assertTrue(sure <= whole && whole <= last && last < 5_000, sure + " <= " + whole + " <= " + last);
    String[] written = disk.text().split("\n", -1);
    for (int i = 0; i < whole; i++) {
      assertTrue(written[i].startsWith("{\"id\":" + i + ","), "line " + (i + 1) + " is whole and in order");
    }
    assertFalse(batch.err().contains("5000 lines"), "no summary of lines that were never written");
  }

  @Test
  void aBatchWhoseReaderGoesAwayStopsWithoutASummary() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      lines.append("{\"id\":").append(i).append(",\"chest\":\"yes\"}\n");
    }
    Run batch = run(new Full(1_000, GONE), lines.toString(), "batch", "--questions", Trees.writeSmall(dir).toString());
    assertEquals(141, batch.exit());
    assertEquals("", batch.err());
  }

  /**
   * 22 billion paths with a limit above them all: listed as they are found, so the first 100 kB
   * cost no more than that, and the listing stops once its reader has gone (it once gathered every
   * path first and ran out of memory).
   */
  @Test
  @Timeout(60)
  void aListingOfBillionsOfPathsStreamsAndStopsWhenItsReaderGoes() throws Exception {
    Run paths = run(new Full(100_000, GONE), "", "paths", "--limit", "1000000000000");
    assertEquals(141, paths.exit());
    assertEquals("", paths.err());
    assertTrue(paths.out().startsWith("1. chest_pain=yes => emergency (emergency)\n2. chest_pain=no -> "),
        paths.out().substring(0, 200));
  }

  @Test
  void reportGraphPathsAndValidateIntoAFullDiskExit74() throws Exception {
    String small = Trees.writeSmall(dir).toString();
    Path transcripts = Files.writeString(dir.resolve("t.jsonl"), "");
    for (String[] args : new String[][] {{"graph", "--questions", small}, {"paths", "--questions", small},
        {"report", "--questions", small, transcripts.toString()}, {"validate", small},
        {"test", "--questions", small, triage.BuiltIn.SCENARIOS.toString()}}) {
      Run full = run(new Full(5, FULL), "", args);
      assertEquals(74, full.exit(), String.join(" ", args) + ": " + full.err());
      assertTrue(full.err().contains("could not write to standard output (No space left on device)"), full.err());
    }
  }
}
