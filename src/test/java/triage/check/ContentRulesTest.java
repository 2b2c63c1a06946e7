package triage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Problem;

/**
 * The rules about what a questionnaire says and rests on: declared sources, placeholders, an
 * emergency number to name, reading grades, a safety net for every level, advice that fits its
 * outcome, and follow-ups and skips that name what exists. Each at its exact place.
 */
class ContentRulesTest {

  private static List<String> problems(String yaml) {
    return Validator.validate(Trees.load(yaml)).stream().map(Problem::format)
        .filter(p -> !p.endsWith("[help]") && !p.contains("names no `source`")).toList();
  }

  @Test
  void aCitedSourceMustBeDeclaredAndADeclaredOneCited() {
    String yaml = Trees.small("escalation:", "sources:\n  nice-ng234: NICE NG234 (2023)\n  unused-doc: Nobody cites it\n"
        + "escalation:").replace("    red_flag: emergency\n", "    red_flag: emergency\n    source: [nice-ng243]\n");
    assertEquals(List.of(
        "q.yaml:8:3: warning: source `unused-doc` is declared but no question or advice cites it [source]",
        "q.yaml:13:5: error: question `chest` cites `nice-ng243`, which `sources` does not declare; did you mean"
            + " `nice-ng234`? [source]",
        "q.yaml:7:3: warning: source `nice-ng234` is declared but no question or advice cites it [source]")
        .stream().sorted().toList(), problems(yaml).stream().sorted().toList());
  }

  @Test
  void anUnknownPlaceholderIsAnErrorWithADidYouMean() {
    String yaml = Trees.small("advice:\n  - {id: call, text: Call for help.}", "emergency_numbers: {default: \"112\"}\n"
        + "advice:\n  - {id: call, text: \"Call {emergency_nummber} now.\"}");
    assertEquals(List.of("q.yaml:48:5: error: advice `call` [en] has `{emergency_nummber}`, which the tool does not"
        + " fill in; did you mean `{emergency_number}`? [placeholder]"), problems(yaml));
  }

  @Test
  void aTextThatNamesTheNumberNeedsADefaultNumber() {
    String yaml = Trees.small("advice:\n  - {id: call, text: Call for help.}",
        "advice:\n  - {id: call, text: \"Call {emergency_number} now.\"}");
    assertEquals(List.of("q.yaml:4:3: error: texts name `{emergency_number}`, but `emergency_numbers` has no"
        + " `default`: add one (such as default: \"112\") so that a verdict always names a real number wherever the"
        + " person is [emergency-number]"), problems(yaml));
  }

  @Test
  void aTextAboveTheReadingGradeTheFileAllowsIsAWarning() {
    String yaml = Trees.small("escalation:", "readability: {questions: 6, advice: 8}\nescalation:")
        .replace("text: Chest pain?", "text: Considering your circumstances, is there discomfort originating"
            + " substantially within the thoracic region?");
    List<String> found = problems(yaml);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).matches("q\\.yaml:11:5: warning: question `chest` text reads at grade [0-9]+\\.[0-9]"
        + " \\(Flesch-Kincaid\\), above the 6 this file allows for questions; shorter sentences and plainer words"
        + " help \\[readability]"), found.get(0));
  }

  @Test
  void everyLevelAVerdictCanHaveNeedsASafetyNet() {
    String yaml = Trees.small("  seek_help_if: Seek help if it gets worse.\n",
        "  seek_help_if:\n    self-care: See a doctor if it lasts.\n");
    assertEquals(List.of(
        "q.yaml:4:3: error: `notices` has no `seek_help_if` for see-professional, a level verdicts here can have: say"
            + " what should bring the person back sooner, and which signs mean calling {emergency_number} now"
            + " [safety-net]",
        "q.yaml:4:3: error: `notices` has no `seek_help_if` for urgent, a level verdicts here can have: say what"
            + " should bring the person back sooner, and which signs mean calling {emergency_number} now"
            + " [safety-net]"), problems(yaml));
  }

  @Test
  void anOutcomeNamesOnlyAdviceGivenAtItsLevel() {
    String yaml = Trees.small("  - {id: move, text: Move gently.}", "  - {id: move, text: Move gently., levels: [self-care]}")
        .replace("advice: [today]}", "advice: [today, move]}");
    assertEquals(List.of("q.yaml:43:5: error: outcome `urgent` (urgent) names advice `move`, which is given only at"
        + " self-care: it would never be shown [advice]"), problems(yaml));
  }

  @Test
  void anOutcomeMustHaveAdviceLeftWhateverTheAnswers() {
    String yaml = Trees.small("  - {id: move, text: Move gently.}", "  - {id: move, text: Move gently., unless: {numb: [unsure]}}");
    assertEquals(List.of("q.yaml:45:5: error: outcome `self_care` (self-care) can end with no advice at all: each piece"
        + " it names is left out at its level or after some answers; give it one that always applies [no-advice]"),
        problems(yaml));
  }

  @Test
  void followUpsSkipsAndUnlessNameWhatExists() {
    String yaml = Trees.small("  - id: sitting\n    type: choice\n",
        "  - id: sitting\n    type: choice\n    skip: {when: urgent, next: self_cair}\n"
            + "    opened_by: {numbb: [yes]}\n")
        .replace("  - {id: move, text: Move gently.}", "  - {id: move, text: Move gently., unless: {numb: [maybe]}}");
    assertEquals(List.of(
        "q.yaml:37:32: error: question `sitting`: `skip` goes to `self_cair`, which does not exist; did you mean"
            + " `self_care`? [reference]",
        "q.yaml:38:17: error: question `sitting`: `opened_by` names question `numbb`, which does not exist; did you mean"
            + " `numb`? [reference]",
        "q.yaml:47:5: error: outcome `self_care` (self-care) can end with no advice at all: each piece it names is left"
            + " out at its level or after some answers; give it one that always applies [no-advice]",
        "q.yaml:52:45: error: advice `move`: `unless` names answer `maybe` of question `numb`, which offers yes, no,"
            + " unsure [reference]"), problems(yaml));
  }
}
