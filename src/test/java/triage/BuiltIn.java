package triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.model.Origin;

/** The built-in questionnaire as the jar carries it, and the repo's scenario suite for it. */
public final class BuiltIn {

  public static final Path SCENARIOS = Path.of("src/test/scenarios/built-in.yaml");

  /** How many scenarios the suite holds. */
  public static final int SCENARIO_COUNT = 239;

  /** A self-care walk with no warning sign, piped (see {@link StartupTraining#ALL_NO}). */
  public static final String ALL_NO = StartupTraining.ALL_NO;

  /** The sha256 of the repo's questions.yaml as {@code sha256sum} prints it: worked out outside the code under test. */
  public static final String SHA256 = sha256sum(Path.of("questions.yaml"));

  private BuiltIn() {}

  public static byte[] bytes() {
    try (InputStream in = BuiltIn.class.getResourceAsStream("/triage/questions.yaml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Loaded load() {
    return QuestionnaireLoader.load(Origin.BUILT_IN, bytes());
  }

  private static String sha256sum(Path file) {
    try {
      Process process = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("sha256sum failed: " + out);
      }
      return out.substring(0, 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static byte[] scenarios() {
    try {
      return Files.readAllBytes(SCENARIOS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
