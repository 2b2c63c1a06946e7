package triage.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.TerminalBuilder;
import triage.Main;
import triage.cli.Io;

/**
 * Runs {@code triage} against a real JLine line reader on a virtual xterm (JLine backs it with a
 * pseudo-terminal pair), and drives it like a person: wait until the prompt shows, then type. What
 * the screen shows is read with the escape sequences taken out.
 */
final class VirtualTerminal implements AutoCloseable {

  private static final long PATIENCE_MS = 120_000; // a hang, not slowness: timing is src/bench's

  static {
    // Closing the pseudo-terminal ends JLine's output pump with EIO, which it logs as a warning.
    java.util.logging.Logger.getLogger("org.jline").setLevel(java.util.logging.Level.SEVERE);
  }

  private final String prompt;
  private int typedLines;

  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final CompletableFuture<Integer> exit;
  private final CompletableFuture<org.jline.terminal.Terminal> terminal = new CompletableFuture<>();

  VirtualTerminal(Map<String, String> env, String... args) throws IOException {
    prompt = Arrays.asList(args).contains("--plain") ? "Your answer: " : "> ";
    InputStream keyboard = new PipedInputStream(keys, 4096);
    // Standard output is the terminal too: what is printed there shows on the screen as well.
    OutputStream stdout = new OutputStream() {
      @Override
      public void write(int b) {
        out.write(b);
        screen.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        out.write(bytes, offset, length);
        screen.write(bytes, offset, length);
      }
    };
    Io io = new Io(InputStream.nullInputStream(),
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        stdout,
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env, true, true,
        plain -> {
          org.jline.terminal.Terminal opened = TerminalBuilder.builder()
              .system(false)
              .streams(keyboard, screen)
              .type(plain ? "dumb" : "xterm-256color")
              .size(Size.of(80, 24))
              .build();
          terminal.complete(opened);
          return opened;
        });
    exit = CompletableFuture.supplyAsync(() -> Main.run(io, args));
  }

  VirtualTerminal(String... args) throws IOException {
    this(Map.of(), args);
  }

  /** Waits until the screen shows {@code text} {@code times} times in all. */
  VirtualTerminal waitFor(String text, int times) throws InterruptedException {
    long deadline = System.currentTimeMillis() + PATIENCE_MS;
    while (count(screen(), text) < times) {
      if (System.currentTimeMillis() > deadline || exit.isDone()) {
        throw new AssertionError("the screen never showed `" + text + "` " + times + " time(s); it shows:\n" + screen()
            + "\nstderr:\n" + err());
      }
      Thread.sleep(5);
    }
    return this;
  }

  VirtualTerminal waitFor(String text) throws InterruptedException {
    return waitFor(text, 1);
  }

  /** Types a line and presses Enter, once the prompt for it shows. */
  VirtualTerminal line(String text) throws IOException, InterruptedException {
    keys(text + "\r");
    typedLines++;
    return this;
  }

  /** Types keys at the current prompt, once it shows. */
  VirtualTerminal keys(String typed) throws IOException, InterruptedException {
    waitFor(prompt, typedLines + 1);
    keys.write(typed.getBytes(StandardCharsets.UTF_8));
    keys.flush();
    return this;
  }

  int exitCode() throws Exception {
    return exit.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
  }

  /** Makes the terminal this many columns wide, as a person dragging the window's edge does. */
  VirtualTerminal resize(int columns) throws Exception {
    waitFor(prompt, typedLines + 1); // the line reader is reading: it is the one that hears the signal
    org.jline.terminal.Terminal opened = terminal.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
    opened.setSize(Size.of(columns, 24));
    opened.raise(org.jline.terminal.Terminal.Signal.WINCH);
    return this;
  }

  /** What the terminal shows, escape sequences and all. */
  String rawScreen() {
    return screen.toString(StandardCharsets.UTF_8);
  }

  /** What the terminal shows, without escape sequences. */
  String screen() {
    return plain(screen.toString(StandardCharsets.UTF_8));
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** What went to stdout (the verdict), without escape sequences. */
  String out() {
    return plain(rawOut());
  }

  String rawOut() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String plain(String text) {
    return text.replaceAll("\u001b\\[[0-9;?$]*[ -/]*[@-~]", "")
        .replaceAll("\u001b[()][0-9A-Za-z]", "")
        .replaceAll("\u001b[=>]", "")
        .replace("\r", "");
  }

  private static int count(String haystack, String needle) {
    int count = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
      count++;
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    keys.close();
  }
}
