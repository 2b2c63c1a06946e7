package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import triage.load.QuestionnaireLoader;
import triage.load.Snapshot;
import triage.model.Origin;

/**
 * Not a command: the build step (pom.xml, {@code package}, after the jar is made) that writes the
 * snapshot of the built-in questionnaire beside the jar, keyed to that jar ({@link BuildKey}). It
 * runs in every build, tests or not. Argument: the jar.
 */
public final class BuiltInSnapshot {

  private BuiltInSnapshot() {}

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    byte[] yaml;
    try (InputStream in = BuiltInSnapshot.class.getResourceAsStream(QuestionnaireOption.BUILT_IN)) {
      yaml = in.readAllBytes();
    }
    Files.write(BuildKey.beside(jar, QuestionnaireOption.SNAPSHOT),
        Snapshot.write(BuildKey.of(jar), yaml, QuestionnaireLoader.load(Origin.BUILT_IN, yaml)));
  }
}
