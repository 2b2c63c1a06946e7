package triage.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;

/**
 * The outside world a command talks to: standard streams, the environment, whether stdin and stdout
 * are terminals, and how to open a terminal. Tests build their own; {@link #system()} is the real one.
 * {@code out} is for text (UTF-8); {@code rawOut} is the same stdout without the text layer, for
 * commands that write bytes in bulk.
 */
public record Io(
    InputStream in,
    PrintStream out,
    OutputStream rawOut,
    PrintStream err,
    Map<String, String> env,
    boolean stdinIsTerminal,
    boolean stdoutIsTerminal,
    Terminals terminals) {

  /** Opens the terminal for an interactive session; only called when stdin is a terminal. */
  @FunctionalInterface
  public interface Terminals {
    Terminal open(boolean plain) throws IOException;

    /** How many columns the terminal on standard output has, asked directly and at once (0: unknown). */
    default int columns() {
      return 0;
    }
  }

  /**
   * The process's own streams, written as UTF-8 straight to file descriptors 1 and 2, each
   * {@link Watched} so that a write that fails (a full disk, a reader gone) is known with its
   * reason, not swallowed. What {@code main} uses.
   */
  public static Io system() {
    return of(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
  }

  /**
   * The JVM's {@code System.out} and {@code System.err} as they are now: an embedding program's or
   * a test's own, where they have been replaced. A failed write is still known (by the stream's
   * error flag), though not its reason.
   */
  public static Io standard() {
    return of(System.out, System.err);
  }

  private static Io of(OutputStream out, OutputStream err) {
    Watched stdout = new Watched(out);
    Watched stderr = new Watched(err);
    return new Io(
        System.in,
        new PrintStream(new BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8),
        stdout,
        new PrintStream(stderr, true, StandardCharsets.UTF_8),
        System.getenv(),
        isTerminal(0),
        isTerminal(1),
        new SystemTerminal(System.getenv()));
  }

  /**
   * How writing went, once the command is done: empty when every write reached its stream; else the
   * first failure, on stdout or stderr. Flushes what is still buffered first.
   */
  public Optional<WriteFailure> writeFailure() {
    boolean outFailed = out.checkError();
    boolean errFailed = err.checkError();
    if (!outFailed && !errFailed) {
      return Optional.empty();
    }
    Optional<Watched> watched = Optional.of(rawOut).filter(Watched.class::isInstance).map(Watched.class::cast);
    return Optional.of(new WriteFailure(outFailed ? "standard output" : "standard error",
        watched.flatMap(Watched::failure).map(IOException::getMessage).orElse("the write failed"),
        watched.map(Watched::bytes).orElse(-1L), watched.map(Watched::readerGone).orElse(false)));
  }

  /** A write that failed: to which stream, why, how many bytes of stdout got there, and whether the reader went away. */
  public record WriteFailure(String stream, String reason, long written, boolean readerGone) {}

  public String env(String name) {
    return env.get(name);
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Linux tells through /proc; elsewhere, the
   * console tells for stdin and stdout together.
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException e) {
      return consoleIsTerminal();
    }
  }

  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a console even for pipes, and says so here.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
