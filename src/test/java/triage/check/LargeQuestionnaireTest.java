package triage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.model.Level;
import triage.model.Problem;
import triage.walk.AnswerSheet;
import triage.walk.Walker;

/**
 * A questionnaire of 50,000 red flags in a row loads, validates and walks, and what it leaves on
 * the heap stays well inside the 512 MB the README promises for any file. Measured in this JVM,
 * after collecting; how long it takes is for src/bench/hostile.sh.
 */
class LargeQuestionnaireTest {

  private static final int QUESTIONS = 50_000;
  private static final long BOUND = 160L * 1024 * 1024;

  @Test
  void fiftyThousandQuestionsLoadValidateAndWalkWithinTheHeapBound() {
    StringBuilder yaml = new StringBuilder(Trees.withHeader("questions:\n"));
    for (int i = 0; i < QUESTIONS; i++) {
      String next = i + 1 < QUESTIONS ? "q" + (i + 1) : "self_care";
      yaml.append("  - id: q").append(i).append("\n    type: yes-no\n    red_flag: urgent\n    text: Question ")
          .append(i).append("?\n    help: Some help.\n    source: a.txt\n    answers:\n      yes: {next: urgent}\n")
          .append("      no: {next: ").append(next).append("}\n      unsure: {next: ").append(next)
          .append(", raise: urgent}\n");
    }
    byte[] bytes = yaml.append(Trees.OUTCOMES).toString().getBytes(StandardCharsets.UTF_8);
    long before = usedAfterCollecting();
    Loaded loaded = QuestionnaireLoader.load("large.yaml", bytes);
    List<Problem> problems = Validator.validate(loaded);
    Walker walker = new Walker(loaded.ready());
    AnswerSheet sheet = ((AnswerSheet.Accepted) AnswerSheet.check(walker,
        Map.of("q0", "no", "q1", "yes"))).sheet();
    AnswerSheet.Finished finished = (AnswerSheet.Finished) sheet.walk(walker);
    long kept = usedAfterCollecting() - before;

    assertEquals(List.of(), problems.stream().filter(Problem::isError).toList());
    assertEquals(Level.URGENT, finished.verdict().level());
    assertTrue(kept < BOUND, "the questionnaire, its walker and its problems keep " + kept / (1024 * 1024)
        + " MB on the heap");
    assertEquals(QUESTIONS, walker.questionnaire().questions().size()); // all still held while measured
  }

  private static long usedAfterCollecting() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
