package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import triage.load.ScenarioLoader;
import triage.model.Scenario;

/**
 * The hazard log (src/docs/safety-case.md) stays true to the tests: every hazard names the
 * scenarios that prove its control, every scenario it names is in the suite, and every test it
 * names exists.
 */
class SafetyCaseTest {

  private static final Path LOG = Path.of("src/docs/safety-case.md");
  private static final Pattern HAZARD = Pattern.compile("(?m)^### (H-\\d+) ");
  private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
  private static final Pattern TEST = Pattern.compile("([A-Z][A-Za-z]*(?:Test|IT))(?:\\.([a-z][A-Za-z]*))?");

  private static String log() throws IOException {
    return Files.readString(LOG);
  }

  private static Set<String> scenarioNames() {
    ScenarioLoader.Loaded suite = ScenarioLoader.load(BuiltIn.SCENARIOS.toString(), BuiltIn.scenarios());
    return suite.scenarios().stream().map(Scenario::name).collect(Collectors.toSet());
  }

  @Test
  void everyHazardIsProvedByScenariosThatExist() throws IOException {
    Set<String> scenarios = scenarioNames();
    String[] hazards = HAZARD.split(log());
    List<String> problems = new ArrayList<>();
    Matcher names = HAZARD.matcher(log());
    for (int i = 1; i < hazards.length && names.find(); i++) {
      String hazard = names.group(1);
      int proved = hazards[i].indexOf("**Proved by**");
      if (proved < 0) {
        problems.add(hazard + " says nothing proves its control");
        continue;
      }
      String provedBy = hazards[i].substring(proved, hazards[i].indexOf("\n- **", proved + 1) < 0 ? hazards[i].length()
          : hazards[i].indexOf("\n- **", proved + 1));
      Matcher quoted = QUOTED.matcher(provedBy);
      int found = 0;
      while (quoted.find()) {
        String name = quoted.group(1);
        if (name.contains(" ")) {
          found++;
          if (!scenarios.contains(name)) {
            problems.add(hazard + " names scenario `" + name + "`, which the suite does not have");
          }
        }
      }
      if (found == 0) {
        problems.add(hazard + " names no scenario");
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(hazards.length > 15, "the log has its hazards");
  }

  @Test
  void everyTestItNamesExists() throws IOException {
    List<String> problems = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(log());
    while (quoted.find()) {
      Matcher test = TEST.matcher(quoted.group(1));
      if (!test.matches()) {
        continue;
      }
      Class<?> type = find(test.group(1));
      if (type == null) {
        problems.add("no test class " + test.group(1));
      } else if (test.group(2) != null && Arrays.stream(type.getDeclaredMethods()).map(Method::getName)
          .noneMatch(test.group(2)::equals)) {
        problems.add("no test " + test.group(0));
      }
    }
    assertEquals(List.of(), problems);
  }

  private static Class<?> find(String simpleName) {
    for (String pkg : List.of("triage", "triage.text", "triage.load", "triage.walk", "triage.analysis", "triage.check",
        "triage.render", "triage.fhir", "triage.api", "triage.session", "triage.transcript", "triage.cli")) {
      try {
        return Class.forName(pkg + "." + simpleName);
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return null;
  }
}
