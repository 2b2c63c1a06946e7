package triage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import triage.cli.Io;

/**
 * The test context for running {@code triage} as {@code main} would, minus {@code System.exit}: a
 * command line goes to {@link Main#run(Io, String...)} with streams held here, an environment of
 * exactly the variables given, and stdin and stdout that are not terminals (a terminal session is
 * driven through {@code triage.session.VirtualTerminal} instead).
 */
public final class Cli {

  /** What a run did: its exit code and everything it wrote. */
  public record Result(int exit, String out, String err) {}

  private Cli() {}

  public static Result run(String stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  /** Runs with these bytes, whatever they are, on stdin. */
  public static Result run(byte[] stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  /** Runs with these environment variables, and no others. */
  public static Result run(Map<String, String> env, String stdin, String... args) {
    return run(env, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  public static Result run(Map<String, String> env, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8), out,
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.copyOf(env), false, false,
        plain -> {
          throw new AssertionError("a test without a terminal tried to open one");
        });
    int exit = Main.run(io, args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
