package triage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import triage.BuiltIn;
import triage.load.ScenarioLoader;
import triage.walk.Walker;

/** The repo's scenario suite, run against the built-in questionnaire, one test per scenario. */
class BuiltInScenariosTest {

  private static final ScenarioLoader.Loaded SUITE =
      ScenarioLoader.load(BuiltIn.SCENARIOS.toString(), BuiltIn.scenarios());

  @Test
  void theSuiteIsWellFormedAndLargeEnough() {
    assertEquals(List.of(), SUITE.problems());
    assertTrue(SUITE.scenarios().size() >= 15 + 16 + 2 + 1 + 30, "scenarios: " + SUITE.scenarios().size());
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioPasses() {
    Walker walker = new Walker(BuiltIn.load().ready());
    return SUITE.scenarios().stream().map(scenario -> dynamicTest(scenario.name(), () -> {
      ScenarioCheck.Result result = ScenarioCheck.run(walker, scenario);
      String path = result.path().stream()
          .map(step -> step.question().id() + "=" + step.given())
          .collect(Collectors.joining(" -> "));
      assertEquals(List.of(), result.failures(), "path taken: " + path);
    }));
  }
}
