package triage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Problem;
import triage.walk.StepRule;

class CoverageTest {

  private static List<String> problems(String yaml) {
    return Coverage.problems(new StepRule(Trees.valid(yaml))).stream().map(Problem::format).toList();
  }

  @Test
  void theSmallTreeAsksEveryFlagOnEveryPath() {
    assertEquals(List.of(), problems(Trees.SMALL));
  }

  @Test
  void aGateThatSkipsARedFlagIsFound() {
    String gated = Trees.SMALL.replace("no: {next: numb}", "no: {next: pops}");
    assertEquals(List.of("q.yaml:19:5: error: red flag `numb` (urgent) is skipped by a path that ends below urgent,"
        + " for example chest=no -> pops=0-9 -> sitting=few -> self_care (self-care) [coverage]"), problems(gated));
  }

  @Test
  void skippingAFlagIsFineOnceTheLevelIsReached() {
    String raised = Trees.SMALL.replace("unsure: {next: numb, raise: urgent}", "unsure: {next: pops, raise: urgent}");
    assertEquals(List.of(), problems(raised));
  }

  @Test
  void skippingAFlagOnTheWayToAnOutcomeAtItsLevelIsFine() {
    String direct = Trees.SMALL.replace("unsure: {next: numb, raise: urgent}", "unsure: {next: urgent}");
    assertEquals(List.of(), problems(direct));
  }

  @Test
  void aRaiseBelowTheFlagsLevelDoesNotExcuseSkippingIt() {
    String low = Trees.SMALL.replace("unsure: {next: numb, raise: urgent}", "unsure: {next: pops, raise: see-professional}");
    assertEquals(List.of("q.yaml:19:5: error: red flag `numb` (urgent) is skipped by a path that ends below urgent,"
        + " for example chest=unsure -> pops=0-9 -> sitting=few -> self_care (see-professional) [coverage]"), problems(low));
  }
}
