package triage.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.analysis.Count;
import triage.analysis.Paths;
import triage.check.Validator;
import triage.model.Advice;
import triage.model.Level;
import triage.model.Problem;
import triage.model.Questionnaire;

/**
 * The routing features of the format, as walks see them and as the checks that follow walks see
 * them: a question skipped once the level raised is high enough, follow-ups asked only after the
 * answers that open them, and advice given only at some levels and never after some answers.
 */
class RoutingTest {

  /**
   * {@code chest} (emergency), then the follow-up {@code clot}, opened by {@code breath} yes, then the
   * tailoring question {@code sitting}, skipped from urgent on.
   */
  private static final String TREE = Trees.withHeader("""
      questions:
        - id: chest
          type: yes-no
          red_flag: emergency
          text: Chest pain?
          help: Pain in the chest.
          answers:
            yes: {next: emergency}
            no: {next: breath}
            unsure: {next: breath, raise: urgent}
        - id: breath
          type: yes-no
          red_flag: see-professional
          text: Pain when you breathe in?
          help: A sharp pain.
          answers:
            yes: {next: clot, raise: see-professional}
            no: {next: sitting}
            unsure: {next: clot, raise: see-professional}
        - id: clot
          type: yes-no
          red_flag: emergency
          opened_by: {breath: [yes, unsure]}
          text: A long flight lately?
          help: Four hours or more.
          answers:
            yes: {next: emergency}
            no: {next: sitting}
            unsure: {next: sitting, raise: urgent}
        - id: sitting
          type: choice
          skip: {when: urgent, next: self_care}
          text: Hours sitting?
          options:
            - {value: few, text: Under 4 hours, next: self_care}
            - {value: many, text: 4 hours or more, next: self_care, advice: [breaks, move]}
      outcomes:
        - {id: emergency, level: emergency, title: Call now, advice: [call]}
        - {id: urgent, level: urgent, title: Today, advice: [today]}
        - {id: see_pro, level: see-professional, title: Soon, advice: [soon]}
        - {id: self_care, level: self-care, title: Move gently, advice: [move, stretch]}
      advice:
        - {id: call, text: Call for help.}
        - {id: today, text: See a doctor today.}
        - {id: soon, text: Book a visit.}
        - {id: move, text: Move gently., levels: [self-care, see-professional]}
        - {id: stretch, text: Stretch., levels: [self-care], unless: {breath: [yes, unsure]}}
        - {id: breaks, text: Take breaks., levels: [self-care]}
      """).replace("  urgent: urgent\n", "  urgent: urgent\n  emergency: emergency\n");

  private final Questionnaire questionnaire = Trees.valid(TREE);
  private final Walker walker = new Walker(questionnaire);

  private Verdict walk(Map<String, String> answers) {
    AnswerSheet sheet = ((AnswerSheet.Accepted) AnswerSheet.check(walker, answers)).sheet();
    return ((AnswerSheet.Finished) sheet.walk(walker)).verdict();
  }

  private static List<String> ids(Verdict verdict) {
    return verdict.advice().stream().map(Advice::id).toList();
  }

  private static List<String> asked(Verdict verdict) {
    return verdict.path().stream().map(step -> step.question().id()).toList();
  }

  @Test
  void aQuestionIsSkippedOnceTheLevelReachesItsSkip() {
    Verdict unsure = walk(Map.of("chest", "unsure", "breath", "no", "sitting", "many"));
    assertEquals(List.of("chest", "breath"), asked(unsure), "sitting is not asked at urgent");
    assertEquals(Level.URGENT, unsure.level());
    assertEquals("urgent", unsure.outcome().id());
    Verdict calm = walk(Map.of("chest", "no", "breath", "no", "sitting", "many"));
    assertEquals(List.of("chest", "breath", "sitting"), asked(calm));
  }

  @Test
  void aFollowUpIsAskedOnlyAfterTheAnswersThatOpenIt() {
    assertEquals(List.of("chest", "breath", "clot", "sitting"),
        asked(walk(Map.of("chest", "no", "breath", "yes", "clot", "no", "sitting", "few"))));
    assertEquals(List.of("chest", "breath", "sitting"),
        asked(walk(Map.of("chest", "no", "breath", "no", "clot", "yes", "sitting", "few"))));
    assertEquals(Level.EMERGENCY, walk(Map.of("chest", "no", "breath", "yes", "clot", "yes")).level());
  }

  @Test
  void adviceIsGivenOnlyAtItsLevelsAndNeverAfterItsAnswers() {
    assertEquals(List.of("move", "stretch", "breaks"),
        ids(walk(Map.of("chest", "no", "breath", "no", "sitting", "many"))));
    assertEquals(List.of("soon", "move"), ids(walk(Map.of("chest", "no", "breath", "yes", "clot", "no",
        "sitting", "many"))), "at see-professional: no stretch (after breath yes) and no breaks (self-care only)");
    assertEquals(List.of("today"), ids(walk(Map.of("chest", "no", "breath", "yes", "clot", "unsure"))));
  }

  @Test
  void pathsFollowSkipsAndFollowUps() {
    // chest yes 1; chest no: breath no -> sitting 2, breath yes/unsure -> clot yes 1 + clot no -> sitting 2
    // + clot unsure -> urgent, skipped 1: 2 + 2 * 4 = 10; chest unsure: the same but sitting skipped: 1 + 2 * 3 = 7.
    Map<Level, Count> counted = Paths.count(walker);
    assertEquals(1 + 10 + 7, Paths.total(counted).exact());
    assertEquals(2, counted.get(Level.SELF_CARE).exact(), "chest no, breath no, sitting few or many");
    assertEquals(4, counted.get(Level.SEE_PROFESSIONAL).exact(), "chest no, breath yes or unsure, clot no, sitting");
    assertEquals(7, counted.get(Level.URGENT).exact(), "clot unsure twice; chest unsure with breath and clot no or unsure");
    assertEquals(5, counted.get(Level.EMERGENCY).exact(), "chest yes; clot yes after breath yes or unsure, twice");
  }

  @Test
  void theTreeIsSafeAndCovered() {
    assertEquals(List.of(), Validator.validate(Trees.load(TREE)).stream().filter(Problem::isError).toList());
  }

  @Test
  void aFollowUpNotAskedAfterAnAnswerThatOpensItIsACoverageError() {
    String skipped = TREE.replace("unsure: {next: clot, raise: see-professional}", "unsure: {next: sitting, raise: see-professional}");
    assertEquals(List.of("q.yaml:29:5: error: follow-up `clot` (emergency) is not asked after `breath` yes or unsure on"
        + " a path that ends below emergency, for example chest=no -> breath=unsure -> sitting=few -> self_care"
        + " (see-professional) [coverage]"), errors(skipped));
  }

  @Test
  void aPathThatSkipsTheQuestionThatOpensAFollowUpIsACoverageError() {
    String around = TREE.replace("no: {next: breath}", "no: {next: sitting}");
    assertEquals(List.of(
        "q.yaml:20:5: error: red flag `breath` (see-professional) is skipped by a path that ends below"
            + " see-professional, for example chest=no -> sitting=few -> self_care (self-care) [coverage]",
        "q.yaml:20:5: error: question `breath` opens follow-up `clot` (emergency), but a path that ends below"
            + " emergency skips it, for example chest=no -> sitting=few -> self_care (self-care) [coverage]"),
        errors(around));
  }

  @Test
  void aSkipThatJumpsOverTheQuestionThatOpensAFollowUpIsACoverageError() {
    // A tailoring question before `breath`, skipped from see-professional on: chest unsure (urgent) would then
    // never be asked about pain on breathing, and so never about a clot.
    String jump = TREE.replace("no: {next: breath}\n      unsure: {next: breath, raise: urgent}",
        "no: {next: early}\n      unsure: {next: early, raise: urgent}").replace("  - id: breath\n",
        "  - id: early\n"
            + "    type: yes-no\n"
            + "    skip: {when: see-professional, next: self_care}\n"
            + "    text: Do you sit a lot?\n"
            + "    answers: {yes: {next: breath}, no: {next: breath}, unsure: {next: breath}}\n"
            + "  - id: breath\n");
    assertEquals(List.of("q.yaml:25:5: error: question `breath` opens follow-up `clot` (emergency), but a path that"
        + " ends below emergency skips it, for example chest=unsure -> self_care (urgent) [coverage]"),
        errors(jump).stream().filter(p -> p.contains("[coverage]")).toList());
  }

  private static List<String> errors(String yaml) {
    return Validator.validate(Trees.load(yaml)).stream().filter(Problem::isError).map(Problem::format).toList();
  }
}
