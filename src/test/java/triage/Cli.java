package triage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.org.webcompere.systemstubs.environment.EnvironmentVariables;
import uk.org.webcompere.systemstubs.resource.Resources;
import uk.org.webcompere.systemstubs.stream.SystemErr;
import uk.org.webcompere.systemstubs.stream.SystemIn;
import uk.org.webcompere.systemstubs.stream.SystemOut;

/**
 * Runs {@code triage} as {@code main} would, minus {@code System.exit}: stdin, stdout, stderr and
 * the environment are system-stubs, so the code under test uses the real {@code System} streams.
 */
public final class Cli {

  /** What a run did: its exit code and everything it wrote. */
  public record Result(int exit, String out, String err) {}

  private Cli() {}

  public static Result run(String stdin, String... args) throws Exception {
    return run(Map.of(), stdin, args);
  }

  /** Runs with these bytes, whatever they are, on stdin. */
  public static Result run(byte[] stdin, String... args) throws Exception {
    return run(Map.of(), stdin, args);
  }

  /** Runs with these environment variables set, and the ones triage reads otherwise unset. */
  public static Result run(Map<String, String> env, String stdin, String... args) throws Exception {
    return run(env, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private static Result run(Map<String, String> env, byte[] stdin, String... args) throws Exception {
    EnvironmentVariables variables = new EnvironmentVariables();
    for (String name : new String[] {"TRIAGE_QUESTIONS", "NO_COLOR", "LANG", "LC_ALL", "LANGUAGE"}) {
      if (!env.containsKey(name)) {
        variables.remove(name);
      }
    }
    env.forEach(variables::set);
    SystemIn in = new SystemIn(new ByteArrayInputStream(stdin));
    SystemOut out = new SystemOut();
    SystemErr err = new SystemErr();
    int exit = Resources.execute(() -> Main.run(args), variables, in, out, err);
    return new Result(exit, out.getText(), err.getText());
  }
}
