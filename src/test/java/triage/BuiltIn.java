package triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.model.Origin;

/** The built-in questionnaire as the jar carries it, and the repo's scenario suite for it. */
public final class BuiltIn {

  public static final Path SCENARIOS = Path.of("src/test/scenarios/built-in.yaml");

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

  public static byte[] scenarios() {
    try {
      return Files.readAllBytes(SCENARIOS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
