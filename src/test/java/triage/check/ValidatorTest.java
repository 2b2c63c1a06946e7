package triage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.Trees;
import triage.model.Problem;

/** Each rule of {@code triage validate}, at the exact place it points to. */
class ValidatorTest {

  private static List<String> problems(String yaml) {
    return Validator.validate(Trees.load(yaml)).stream().map(Problem::format).toList();
  }

  /** The small tree has no sources and no help on one red flag: only those warnings. */
  private static final List<String> SMALL_WARNINGS = List.of(
      "q.yaml:10:5: warning: question `chest` names no `source` it rests on [source]",
      "q.yaml:19:5: warning: red flag `numb` has no `help`: people who are unsure need it most [help]",
      "q.yaml:19:5: warning: question `numb` names no `source` it rests on [source]",
      "q.yaml:27:5: warning: question `pops` names no `source` it rests on [source]",
      "q.yaml:35:5: warning: question `sitting` names no `source` it rests on [source]",
      "q.yaml:47:5: warning: advice `call` names no `source` it rests on [source]",
      "q.yaml:48:5: warning: advice `today` names no `source` it rests on [source]",
      "q.yaml:49:5: warning: advice `soon` names no `source` it rests on [source]",
      "q.yaml:50:5: warning: advice `move` names no `source` it rests on [source]",
      "q.yaml:51:5: warning: advice `breaks` names no `source` it rests on [source]");

  private static List<String> without(List<String> problems, List<String> expected) {
    return problems.stream().filter(p -> !expected.contains(p)).toList();
  }

  /** The problems but the style warnings about sources and help, which the small tree has throughout. */
  private static List<String> withoutStyle(String yaml) {
    return problems(yaml).stream().filter(p -> !p.endsWith("[source]") && !p.endsWith("[help]")).toList();
  }

  @Test
  void theBuiltInQuestionnaireHasNoProblemsAtAll() {
    assertEquals(List.of(), Validator.validate(BuiltIn.load()));
  }

  @Test
  void styleWarningsPointAtTheQuestionOrAdvice() {
    assertEquals(SMALL_WARNINGS, problems(Trees.SMALL));
  }

  @Test
  void aRedFlagWhoseYesCanEndBelowItsLevelIsUnsafe() {
    String unsafe = Trees.small("yes: {next: urgent}", "yes: {next: pops}");
    assertEquals(List.of("q.yaml:24:7: error: question `numb` is a red flag (urgent), but `yes` can end in self-care,"
        + " below urgent: numb=yes -> pops=0-9 -> sitting=few -> self_care [safety]"),
        without(problems(unsafe), SMALL_WARNINGS));
  }

  @Test
  void unsureMustReachTheFloorOfItsRedFlag() {
    String low = Trees.small("unsure: {next: numb, raise: urgent}", "unsure: {next: numb, raise: see-professional}");
    assertEquals(List.of("q.yaml:18:7: error: question `chest` is a red flag (emergency), but `unsure` can end in"
        + " see-professional, below urgent: chest=unsure -> numb=no -> pops=0-9 -> sitting=few -> self_care [safety]"),
        without(problems(low), SMALL_WARNINGS));
  }

  @Test
  void questionsOutcomesAndAdviceNoRouteReachesAreWarnings() {
    String orphan = Trees.small("  - id: sitting\n", "  - id: orphan\n    type: yes-no\n    text: Never asked?\n    source: x\n"
        + "    answers:\n      yes: {next: self_care}\n      no: {next: self_care}\n  - id: sitting\n")
        .replace("  - {id: breaks, text: Take breaks.}", "  - {id: breaks, text: Take breaks.}\n  - {id: unused, text: Never.}")
        .replace("{id: self_care, level: self-care", "{id: lonely, level: self-care, title: Alone, advice: [move]}\n"
            + "  - {id: self_care, level: self-care");
    assertEquals(List.of(
        "q.yaml:35:5: warning: question `orphan` is never asked: no route leads to it [unreachable]",
        "q.yaml:52:5: warning: outcome `lonely` is never given: no route leads to it [unreachable]",
        "q.yaml:60:5: warning: advice `unused` is never given: no outcome or answer that can be reached names it"
            + " [unreachable]"), withoutStyle(orphan));
  }

  @Test
  void aQuestionFromWhichNoOutcomeCanBeReachedIsADeadEnd() {
    String loop = Trees.small("      yes: {next: urgent}\n      no: {next: pops}", "      yes: {next: pops}\n      no: {next: pops}")
        .replace("next: sitting}", "next: numb}").replace("next: sitting, raise", "next: numb, raise");
    List<String> found = withoutStyle(loop).stream().filter(p -> p.contains("[dead-end]")).toList();
    assertEquals(List.of(
        "q.yaml:19:5: error: no outcome can be reached from question `numb`: every answer leads into a loop or to"
            + " nothing [dead-end]",
        "q.yaml:27:5: error: no outcome can be reached from question `pops`: every answer leads into a loop or to"
            + " nothing [dead-end]"), found);
  }

  @Test
  void anOutcomeWithoutAdviceIsAnError() {
    String bare = Trees.small("{id: see_pro, level: see-professional, title: Soon, advice: [soon]}",
        "{id: see_pro, level: see-professional, title: Soon}");
    assertEquals(List.of("q.yaml:44:5: error: outcome `see_pro` (see-professional) gives no advice: say what to do [no-advice]",
        "q.yaml:49:5: warning: advice `soon` is never given: no outcome or answer that can be reached names it"
            + " [unreachable]"),
        without(problems(bare), SMALL_WARNINGS));
  }

  @Test
  void aQuestionTooLongForThreeLinesIsAWarning() {
    String words = "Is it true that your upper back hurts ".repeat(7).strip() + "?";
    String wordy = Trees.small("    text: Hours sitting?", "    text: " + words);
    assertEquals(List.of("q.yaml:35:5: warning: question `sitting` takes 4 lines of an 80-column terminal; keep a"
        + " question to 3 and put the rest in `help` [length]"), without(problems(wordy), SMALL_WARNINGS));
  }

  @Test
  void aRedFlagSkippedOnSomePathIsACoverageError() {
    String gated = Trees.small("no: {next: numb}", "no: {next: pops}");
    List<String> found = without(problems(gated), SMALL_WARNINGS);
    assertEquals(List.of("q.yaml:19:5: error: red flag `numb` (urgent) is skipped by a path that ends below urgent,"
        + " for example chest=no -> pops=0-9 -> sitting=few -> self_care (self-care) [coverage]"), found);
  }

  @Test
  void everyTextMissingATranslationIsAWarningWhereItStands() {
    String partly = Trees.small("    text: Chest pain?", "    text:\n      en: Chest pain?\n      es: ¿Dolor de pecho?");
    List<String> found = withoutStyle(partly).stream().filter(p -> p.endsWith("[translation]")).toList();
    assertEquals(17, found.size(), String.join("\n", found));
    assertEquals("q.yaml:4:3: warning: notice `not_a_diagnosis` has no `es` translation [translation]", found.get(0));
    assertTrue(found.contains("q.yaml:21:5: warning: question `numb` text has no `es` translation [translation]"));
    assertTrue(found.contains("q.yaml:41:9: warning: question `sitting` option `few` has no `es` translation"
        + " [translation]"));
  }

  @Test
  void safetyAndCoverageWaitUntilTheGraphIsSound() {
    String broken = Trees.small("yes: {next: urgent}", "yes: {next: urgnet}");
    assertEquals(List.of("q.yaml:24:19: error: question `numb` sends `yes` to `urgnet`, which does not exist;"
        + " did you mean `urgent`? [reference]"), without(problems(broken), SMALL_WARNINGS));
  }
}
