package triage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import triage.load.QuestionnaireLoader;
import triage.load.Snapshot;
import triage.model.Origin;

/**
 * Not a test: the build step that writes the snapshot of the built-in questionnaire next to it in
 * the build's classes (pom.xml, prepare-package), so that the jar carries both.
 * Arguments: the questionnaire, the snapshot to write.
 */
public final class BuiltInSnapshot {

  private BuiltInSnapshot() {}

  public static void main(String[] args) throws IOException {
    byte[] yaml = Files.readAllBytes(Path.of(args[0]));
    Files.write(Path.of(args[1]), Snapshot.write(yaml, QuestionnaireLoader.load(Origin.BUILT_IN, yaml)));
  }
}
