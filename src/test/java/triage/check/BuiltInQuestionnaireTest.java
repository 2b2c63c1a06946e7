package triage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.load.QuestionnaireLoader;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.YesNoQuestion;
import triage.render.Messages;
import triage.render.Wording;
import triage.walk.StepRule;
import triage.walk.Walk;
import triage.walk.Walker;

/** The promises the built-in questionnaire makes, checked on the file itself. */
class BuiltInQuestionnaireTest {

  private static final Set<String> SOURCES = Set.of("000_1a9320e69b6cf539.txt", "001_2d8f5bdab8ad12d2.txt",
      "002_144897ee5d72a37d.txt", "003_e07c8c45a172722a.txt");

  /** The red flags scripts and tests rely on, in the order they must be asked, with the level of a yes. */
  private static final Map<String, Level> RED_FLAGS = new LinkedHashMap<>();

  static {
    RED_FLAGS.put("bladder_bowel", Level.EMERGENCY);
    RED_FLAGS.put("chest_pain", Level.EMERGENCY);
    RED_FLAGS.put("numbness", Level.URGENT);
    RED_FLAGS.put("weakness", Level.URGENT);
    RED_FLAGS.put("radiating_pain", Level.URGENT);
    RED_FLAGS.put("injury", Level.URGENT);
    RED_FLAGS.put("fever", Level.URGENT);
    RED_FLAGS.put("bone_density", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("weight_loss", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("cancer_history", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("persistent_pain", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("worse_after_pop", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("lost_motion", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("breath_pop", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("clunk", Level.SEE_PROFESSIONAL);
    RED_FLAGS.put("pops_per_day", Level.SEE_PROFESSIONAL);
  }

  private final Questionnaire questionnaire = BuiltIn.load().ready();
  private final Walker walker = new Walker(questionnaire);

  @Test
  void itLoadsWithoutProblems() {
    assertEquals(List.of(), BuiltIn.load().problems());
  }

  @Test
  void everyRedFlagIsThereWithItsLevelAndAcceptsUnsure() {
    for (Map.Entry<String, Level> flag : RED_FLAGS.entrySet()) {
      Question question = questionnaire.question(flag.getKey()).orElseThrow(() -> new AssertionError(flag.getKey()));
      assertEquals(Optional.of(flag.getValue()), question.redFlag(), flag.getKey());
      assertTrue(question.answers().stream().anyMatch(a -> a.value().equals(YesNoQuestion.UNSURE)), flag.getKey());
    }
    NumberQuestion pops = (NumberQuestion) questionnaire.question("pops_per_day").orElseThrow();
    assertEquals(0, pops.min());
    assertEquals(1000, pops.max());
  }

  @Test
  void unsureGoesWhereNoGoesAndRaisesToTheFloor() {
    for (Question question : questionnaire.questions()) {
      if (question.redFlag().isEmpty() || !(question instanceof YesNoQuestion)) {
        continue;
      }
      Answer no = answer(question, YesNoQuestion.NO);
      Answer unsure = answer(question, YesNoQuestion.UNSURE);
      assertEquals(no.route().next(), unsure.route().next(), question.id() + ": unsure must not end the walk early");
      assertEquals(Optional.of(question.redFlag().get().unsureFloor()), unsure.route().raise(), question.id());
    }
  }

  @Test
  void theEmergencyQuestionsComeFirstAndAYesEndsTheWalkAtOnce() {
    Walk walk = walker.start();
    assertEquals("bladder_bowel", walk.question().id());
    Walk yes = walk.answer(answer(walk.question(), "yes"), "yes");
    assertTrue(yes.finished());
    assertEquals(Level.EMERGENCY, yes.verdict().level());
    Walk second = walk.answer(answer(walk.question(), "no"), "no");
    assertEquals("chest_pain", second.question().id());
    Walk chest = second.answer(answer(second.question(), "yes"), "yes");
    assertTrue(chest.finished());
    assertEquals(Level.EMERGENCY, chest.verdict().level());
  }

  @Test
  void noPathSkipsARedFlagBeforeAVerdictAtItsLevel() {
    assertEquals(List.of(), Coverage.problems(new StepRule(questionnaire)));
  }

  @Test
  void everyQuestionAndEveryAdviceNamesItsSources() {
    List<String> missing = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      if (question.sources().isEmpty() || !SOURCES.containsAll(question.sources())) {
        missing.add("question " + question.id() + ": " + question.sources());
      }
    }
    for (Advice advice : questionnaire.advice()) {
      if (advice.sources().isEmpty() || !SOURCES.containsAll(advice.sources())) {
        missing.add("advice " + advice.id() + ": " + advice.sources());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyRedFlagHasHelpAndEveryOutcomeHasAdvice() {
    for (Question question : questionnaire.questions()) {
      assertTrue(question.redFlag().isEmpty() || question.help().isPresent(), question.id());
    }
    questionnaire.outcomes().forEach(outcome -> assertFalse(outcome.advice().isEmpty(), outcome.id()));
  }

  @Test
  void theEmergencyWordsWorkWithAndWithoutANumber() {
    Advice call = questionnaire.advice("call_now").orElseThrow();
    Wording unset = new Wording(questionnaire, "en", Messages.english());
    assertTrue(unset.of(call.text()).startsWith("Call your local emergency number now,"), unset.of(call.text()));
    String withNumber = new String(BuiltIn.bytes(), StandardCharsets.UTF_8)
        .replace("# emergency_number: \"112\"", "emergency_number: \"112\"");
    Questionnaire local = QuestionnaireLoader.load("local.yaml", withNumber).ready();
    Wording set = new Wording(local, "en", Messages.english());
    assertTrue(set.of(local.advice("call_now").orElseThrow().text()).startsWith("Call 112 now,"));
  }

  private static Answer answer(Question question, String value) {
    return question.answers().stream().filter(a -> a.value().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError(question.id() + " has no answer " + value));
  }
}
