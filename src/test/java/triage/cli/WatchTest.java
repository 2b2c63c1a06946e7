package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Main;

/**
 * {@code validate --watch}: driven as a person would, on a thread of its own with its output on a
 * pipe; the file is saved in place and by rename, and an interrupt (what Ctrl-C ends) stops it.
 */
class WatchTest {

  @TempDir
  Path dir;

  private static final String HEADER = "-- \\d\\d:\\d\\d:\\d\\d ";

  @Test
  void everySaveIsCheckedAgainUntilInterrupted() throws Exception {
    Path file = dir.resolve("draft.yaml");
    String starter = Cli.run("", "init").out();
    Files.writeString(file, starter);

    PipedInputStream pipe = new PipedInputStream(1 << 16);
    PrintStream out = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(new byte[0]), out, out, new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), false, false, plain -> {
          throw new AssertionError("no terminal");
        });
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8))) {
        in.lines().forEach(lines::add);
      } catch (IOException | java.io.UncheckedIOException closed) {
        // the watch has ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread watch = new Thread(() -> exit.set(Main.run(io, "validate", "--watch", file.toString())));
    watch.start();

    assertTrue(next(lines).matches(HEADER + java.util.regex.Pattern.quote(file.toString())));

    // Saved in place: one error, said as its fix.
    Files.writeString(file, starter.replace("text: Does an arm or a leg feel weak?",
        "text: Note: does an arm or a leg feel weak?"));
    assertTrue(next(lines).matches(HEADER + java.util.regex.Pattern.quote(file.toString())));
    assertEquals(file + ":42:15: error: the text holds a colon followed by a space, which YAML reads as the start"
        + " of a key: put the whole text in quotes: `text: \"Note: does an arm or a leg feel weak?\"` [syntax]",
        next(lines));

    // Saved as editors do: a new file renamed over the old one. Fixed: no problem left.
    Path saved = Files.writeString(dir.resolve(".draft.yaml.swp"), starter);
    Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertTrue(next(lines).matches(HEADER + java.util.regex.Pattern.quote(file.toString())));

    watch.interrupt();
    watch.join(10_000);
    assertEquals(ExitCode.INTERRUPTED, exit.get());
    assertEquals(file + ": 0 errors, 0 warnings\n" + file + ": 1 error, 0 warnings\n" + file
        + ": 0 errors, 0 warnings\n", err.toString(StandardCharsets.UTF_8));
  }

  private static String next(BlockingQueue<String> lines) throws InterruptedException {
    String line = lines.poll(20, TimeUnit.SECONDS);
    assertNotNull(line, "no output within 20 s");
    return line;
  }

  @Test
  void watchingNeedsAFile() {
    Cli.Result result = Cli.run("", "validate", "--watch");
    assertEquals(64, result.exit());
    assertEquals("triage: --watch needs a FILE to watch; the built-in questionnaire never changes\n", result.err());
  }
}
