package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Subprocess;
import triage.Trees;

/** What only a whole process shows: signals, and which classes a path loads. */
class ProcessTest {

  @TempDir
  Path dir;

  @Test
  void ctrlCWhileAnswersComeFromAPipeSaysNoVerdictWasGiven() throws Exception {
    Path small = dir.resolve("small.yaml");
    Files.writeString(small, Trees.SMALL);
    Subprocess triage = Subprocess.start(List.of(), "--questions", small.toString());
    triage.write("no\n");
    triage.waitForErr("Numbness?");
    triage.signal("INT");
    assertEquals(130, triage.exitCode());
    assertEquals("", triage.out());
    assertTrue(triage.err().endsWith("triage: Interrupted: no result was given.\n"));
  }

  @Test
  void answersFromAPipeNeverLoadJLine() throws Exception {
    Subprocess triage = Subprocess.start(List.of("-Xlog:class+load=info:stderr"), "-q");
    triage.write("yes\n");
    triage.closeInput();
    assertEquals(0, triage.exitCode(), triage.err());
    String out = triage.out();
    String err = triage.err();
    assertTrue(out.contains("EMERGENCY"), out);
    assertTrue(err.contains("triage.Main"), "class loading was not logged");
    assertFalse(err.contains("org.jline"), "a JLine class was loaded on a pipe");
  }
}
