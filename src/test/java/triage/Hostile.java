package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** What the hostile suites share: a questionnaire refused in a JVM of its own, with a 512 MB heap. */
public final class Hostile {

  private Hostile() {}

  /** Refused with exit 78 and one line, FILE:LINE:COL: error: ..., ending as given; nothing on stdout. */
  public static void assertRefused(Path file, int line, int column, String ending) throws Exception {
    Subprocess run = Subprocess.start(List.of("-Xmx512m"), "--questions", file.toString(), "--no-input");
    run.closeInput();
    assertEquals(78, run.exitCode(), run.err());
    assertTrue(Pattern.matches(Pattern.quote(file + ":" + line + ":" + column + ": error: ") + "[^\n]*"
        + Pattern.quote(ending) + "\n", run.err()), run.err());
    assertEquals("", run.out());
  }
}
