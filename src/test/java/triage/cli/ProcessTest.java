package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    Path small = Trees.writeSmall(dir);
    Subprocess triage = Subprocess.start(List.of(), "--questions", small.toString());
    triage.write("no\n");
    triage.waitForErr("Numbness?");
    triage.signal("INT");
    assertEquals(130, triage.exitCode());
    assertEquals("", triage.out());
    assertTrue(triage.err().endsWith("triage: Interrupted: no result was given.\n"));
  }

  @Test
  void sigtermOrAHangUpMidWalkStillRecordsTheSessionAsInterrupted() throws Exception {
    for (String[] signal : new String[][] {{"TERM", "143"}, {"HUP", "129"}}) {
      Path record = dir.resolve(signal[0] + ".jsonl");
      Subprocess triage = atSecondQuestion(record);
      triage.signal(signal[0]);
      assertEquals(Integer.parseInt(signal[1]), triage.exitCode(), signal[0]);
      List<String> lines = Files.readAllLines(record);
      assertEquals(1, lines.size());
      assertTrue(lines.get(0).endsWith("\"end\":\"interrupted\",\"at\":\"numb\"}"), lines.get(0));
      assertTrue(lines.get(0).contains("{\"question\":\"chest\",\"text\":\""), lines.get(0));
    }
  }

  @Test
  void killMinus9MidWalkLeavesEveryEarlierLineWhole() throws Exception {
    Path record = dir.resolve("t.jsonl");
    for (int i = 0; i < 3; i++) {
      Subprocess done = Subprocess.start(List.of(), "-q", "--questions", Trees.writeSmall(dir).toString(), "--record",
          record.toString());
      done.write("yes\n");
      done.closeInput();
      assertEquals(0, done.exitCode());
    }
    Subprocess killed = atSecondQuestion(record);
    killed.signal("KILL");
    assertEquals(137, killed.exitCode());
    List<String> lines = Files.readAllLines(record);
    assertEquals(3, lines.size());
    for (String line : lines) {
      assertTrue(line.startsWith("{\"transcript\":1,") && line.endsWith("\"end\":\"verdict\",\"level\":\"emergency\","
          + "\"outcome\":\"emergency\"}"), line);
    }
  }

  @Test
  void processesRecordingAtOnceNeverMixTheirLines() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path record = dir.resolve("t.jsonl");
    List<Subprocess> running = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (int p = 0; p < 4; p++) {
        Subprocess triage = Subprocess.start(List.of(), "-q", "--questions", small.toString(), "--record",
            record.toString());
        triage.write("no\nunsure\n12\nmany\n");
        triage.closeInput();
        running.add(triage);
      }
      for (Subprocess triage : running) {
        assertEquals(0, triage.exitCode());
      }
      running.clear();
    }
    List<String> lines = Files.readAllLines(record);
    assertEquals(12, lines.size());
    lines.forEach(line -> assertTrue(line.startsWith("{\"transcript\":1,") && line.endsWith("\"outcome\":\"see_pro\"}"),
        line));
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

  /** A recorded walk of the small tree from a pipe, answered up to its second question. */
  private Subprocess atSecondQuestion(Path record) throws Exception {
    Subprocess triage = Subprocess.start(List.of(), "--questions", Trees.writeSmall(dir).toString(), "--record", record.toString());
    triage.write("no\n");
    triage.waitForErr("Numbness?");
    return triage;
  }
}
