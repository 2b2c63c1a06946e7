package triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.Trees;
import triage.model.Origin;
import triage.model.Questionnaire;

/** A snapshot reads back exactly what loading gave, and only for the bytes it was made from. */
class SnapshotTest {

  private static final String KEY = "a build";

  @Test
  void theBuiltInQuestionnaireReadsBackWhole() {
    byte[] yaml = BuiltIn.bytes();
    Loaded loaded = QuestionnaireLoader.load(Origin.BUILT_IN, yaml);
    assertSame(loaded, Snapshot.read(Snapshot.write(KEY, yaml, loaded), KEY, yaml).orElseThrow());
  }

  @Test
  void everyKindOfQuestionAndProblemReadsBackWhole() {
    String tree = Trees.SMALL.replace("version: 1.0.0", "version: 1.0.0\ntitle: {en: Small, es: Pequeño}")
        + "unused_key: 1\n";
    byte[] yaml = tree.getBytes(StandardCharsets.UTF_8);
    Loaded loaded = QuestionnaireLoader.load("small.yaml", yaml);
    assertTrue(!loaded.problems().isEmpty(), "the tree has a problem to carry");
    assertSame(loaded, Snapshot.read(Snapshot.write(KEY, yaml, loaded), KEY, yaml).orElseThrow());
  }

  @Test
  void aFileThatDidNotLoadReadsBackAsSuch() {
    byte[] yaml = "id: [".getBytes(StandardCharsets.UTF_8);
    Loaded loaded = QuestionnaireLoader.load("broken.yaml", yaml);
    assertSame(loaded, Snapshot.read(Snapshot.write(KEY, yaml, loaded), KEY, yaml).orElseThrow());
  }

  @Test
  void otherBytesOrATornSnapshotGiveNothing() {
    byte[] yaml = BuiltIn.bytes();
    byte[] snapshot = Snapshot.write(KEY, yaml, QuestionnaireLoader.load(Origin.BUILT_IN, yaml));
    byte[] edited = yaml.clone();
    edited[edited.length / 2] ^= 1;
    assertEquals(Optional.empty(), Snapshot.read(snapshot, KEY, edited), "one bit of the YAML changed");
    assertEquals(Optional.empty(), Snapshot.read(snapshot, KEY, Arrays.copyOf(yaml, yaml.length - 1)));
    assertEquals(Optional.empty(), Snapshot.read(Arrays.copyOf(snapshot, snapshot.length - 7), KEY, yaml));
    assertEquals(Optional.empty(), Snapshot.read(Arrays.copyOf(snapshot, snapshot.length + 1), KEY, yaml));
    assertEquals(Optional.empty(), Snapshot.read(snapshot, "another build", yaml), "made by another build");
  }

  private static void assertSame(Loaded expected, Loaded actual) {
    assertEquals(expected.origin(), actual.origin());
    assertEquals(expected.problems(), actual.problems());
    assertEquals(expected.questionnaire().isPresent(), actual.questionnaire().isPresent());
    expected.questionnaire().ifPresent(q -> assertSame(q, actual.questionnaire().get()));
  }

  private static void assertSame(Questionnaire expected, Questionnaire actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.version(), actual.version());
    assertEquals(expected.title(), actual.title());
    assertEquals(expected.language(), actual.language());
    assertEquals(expected.emergencyNumbers(), actual.emergencyNumbers());
    assertEquals(expected.sources(), actual.sources());
    assertEquals(expected.readability(), actual.readability());
    assertEquals(expected.notices(), actual.notices());
    assertEquals(expected.start(), actual.start());
    assertEquals(expected.startAt(), actual.startAt());
    assertEquals(expected.questions(), actual.questions());
    assertEquals(expected.outcomes(), actual.outcomes());
    assertEquals(expected.advice(), actual.advice());
    assertEquals(expected.escalations(), actual.escalations());
    assertEquals(expected.languages(), actual.languages());
    for (String language : expected.languages()) {
      assertEquals(expected.words(language), actual.words(language));
    }
  }
}
