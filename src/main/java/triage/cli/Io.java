package triage.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
  }

  /** The process's own streams (as they are now, so test stubs are honoured), written as UTF-8. */
  public static Io system() {
    return new Io(
        System.in,
        new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8),
        System.out,
        new PrintStream(System.err, true, StandardCharsets.UTF_8),
        System.getenv(),
        isTerminal(0),
        isTerminal(1),
        new SystemTerminal());
  }

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
