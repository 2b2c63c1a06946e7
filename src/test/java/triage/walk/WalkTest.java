package triage.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Advice;
import triage.model.Level;

class WalkTest {

  private final Walker walker = new Walker(Trees.valid(Trees.SMALL));

  private Verdict verdict(String... answers) {
    Walk walk = Walks.answer(walker.start(), answers);
    assertTrue(walk.finished(), "the walk should have ended");
    return walk.verdict();
  }

  private static List<String> advice(Verdict verdict) {
    return verdict.advice().stream().map(Advice::id).toList();
  }

  @Test
  void aYesToAnEmergencyQuestionEndsTheWalkAtOnce() {
    Verdict verdict = verdict("yes");
    assertEquals(Level.EMERGENCY, verdict.level());
    assertEquals("emergency", verdict.outcome().id());
    assertEquals(1, verdict.path().size());
  }

  @Test
  void allNoEndsInSelfCare() {
    Verdict verdict = verdict("no", "no", "0", "few");
    assertEquals(Level.SELF_CARE, verdict.level());
    assertEquals("self_care", verdict.outcome().id());
    assertEquals(List.of("move"), advice(verdict));
    assertEquals(List.of(), verdict.reasons());
  }

  @Test
  void unsureOnAnEmergencyQuestionRaisesToUrgentAndTheWalkGoesOn() {
    Walk walk = Walks.answer(walker.start(), "unsure");
    assertFalse(walk.finished());
    assertEquals("numb", walk.question().id());
    Verdict verdict = Walks.answer(walk, "no", "0", "few").verdict();
    assertEquals(Level.URGENT, verdict.level());
    assertEquals("urgent", verdict.outcome().id(), "the words must fit the raised level");
    assertEquals("self_care", verdict.reached().id());
    assertEquals(List.of("chest"), verdict.reasons().stream().map(r -> r.step().question().id()).toList());
  }

  @Test
  void aNumberAtTheBoundaryRaisesToSeeProfessional() {
    assertEquals(Level.SELF_CARE, verdict("no", "no", "9", "few").level());
    Verdict ten = verdict("no", "no", "10", "few");
    assertEquals(Level.SEE_PROFESSIONAL, ten.level());
    assertEquals("see_pro", ten.outcome().id());
    assertEquals("10", ten.path().get(2).given());
  }

  @Test
  void theHighestRaiseOnThePathWinsWhateverItsPlace() {
    assertEquals(Level.URGENT, verdict("unsure", "unsure", "10", "few").level());
    assertEquals(Level.URGENT, verdict("unsure", "no", "0", "many").level());
    assertEquals(Level.SEE_PROFESSIONAL, verdict("no", "unsure", "10", "few").level());
    assertEquals(Level.SEE_PROFESSIONAL, verdict("no", "unsure", "0", "few").level());
    assertEquals(Level.URGENT, verdict("unsure", "yes").level());
  }

  @Test
  void tailoringAddsAdviceWithoutAnotherOutcome() {
    Verdict verdict = verdict("no", "no", "0", "many");
    assertEquals("self_care", verdict.outcome().id());
    assertEquals(List.of("move", "breaks"), advice(verdict));
  }

  @Test
  void tailoredAdviceStaysWhenTheLevelIsRaised() {
    Verdict verdict = verdict("no", "unsure", "0", "many");
    assertEquals("see_pro", verdict.outcome().id());
    assertEquals(List.of("soon", "breaks"), advice(verdict));
  }

  @Test
  void backForgetsTheLastAnswer() {
    Walk walk = Walks.answer(walker.start(), "no", "unsure");
    assertEquals(Level.SEE_PROFESSIONAL, walk.raised());
    Walk back = walk.back();
    assertEquals("numb", back.question().id());
    assertEquals(1, back.steps().size());
    assertEquals(Level.SELF_CARE, back.raised());
    assertEquals(Level.SELF_CARE, Walks.answer(back, "no", "0", "few").verdict().level());
  }

  @Test
  void backAtTheFirstQuestionStaysThere() {
    Walk start = walker.start();
    assertFalse(start.canGoBack());
    assertSame(start, start.back());
  }

  @Test
  void progressCountsTheQuestionAndTheLongestWayLeft() {
    Walk walk = walker.start();
    assertEquals(1, walk.number());
    assertEquals(4, walk.atMostRemaining());
    walk = Walks.answer(walk, "no", "no");
    assertEquals(3, walk.number());
    assertEquals(2, walk.atMostRemaining());
  }

  @Test
  void aFinishedWalkHasNoQuestionAndAnUnfinishedOneNoVerdict() {
    assertThrows(IllegalStateException.class, () -> walker.start().verdict());
    Walk done = Walks.answer(walker.start(), "yes");
    assertThrows(NoSuchElementException.class, done::question);
  }

  /** The same red flags in the opposite order give the same levels: order can never lower a verdict. */
  @Test
  void questionOrderCannotLowerTheLevel() {
    String reversed = Trees.withHeader("""
        questions:
          - id: numb
            type: yes-no
            red_flag: urgent
            text: Numbness?
            answers:
              yes: {next: chest, raise: urgent}
              no: {next: chest}
              unsure: {next: chest, raise: see-professional}
          - id: chest
            type: yes-no
            red_flag: emergency
            text: Chest pain?
            answers:
              yes: {next: emergency}
              no: {next: self_care}
              unsure: {next: self_care, raise: urgent}
        """ + Trees.OUTCOMES);
    Walker other = new Walker(Trees.valid(reversed));
    String[][] cases = {{"yes", "no"}, {"unsure", "unsure"}, {"no", "unsure"}, {"unsure", "yes"}, {"yes", "unsure"}};
    Level[] expected = {Level.URGENT, Level.URGENT, Level.URGENT, Level.EMERGENCY, Level.URGENT};
    for (int i = 0; i < cases.length; i++) {
      assertEquals(expected[i], Walks.answer(other.start(), cases[i]).verdict().level(), String.join(",", cases[i]));
    }
  }
}
