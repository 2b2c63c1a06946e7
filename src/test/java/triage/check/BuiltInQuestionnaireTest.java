package triage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.EmergencyNumbers;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.TextSite;
import triage.model.YesNoQuestion;
import triage.walk.AnswerSheet;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * The promises the built-in questionnaire makes, checked on the file itself: the red flags that
 * scripts and outside checks rely on, with the level a {@code yes} alone gives (the table of issue
 * 11, written out here, not read from the file), what {@code unsure} gives, the order they are
 * asked in, advice that fits the verdict, sources, emergency numbers, and both languages.
 */
class BuiltInQuestionnaireTest {

  /** Each red flag and the level its {@code yes} gives with every other question {@code no}. */
  private static final Map<String, Level> YES_ALONE = new LinkedHashMap<>();

  static {
    for (String id : List.of("bladder_bowel", "chest_pain", "breathless", "sudden_severe", "cord_signs",
        "stroke_signs")) {
      YES_ALONE.put(id, Level.EMERGENCY);
    }
    for (String id : List.of("weakness", "fever", "injury", "cancer_history", "infection_risk", "strain_onset")) {
      YES_ALONE.put(id, Level.URGENT);
    }
    for (String id : List.of("bone_density", "numbness", "radiating_pain", "weight_loss", "night_pain",
        "persistent_pain", "worse_after_pop", "lost_motion", "breath_pop", "clunk")) {
      YES_ALONE.put(id, Level.SEE_PROFESSIONAL);
    }
  }

  /** Advice that moves, stretches, hangs, twists or loads the spine: never for weak bones, never above self-care. */
  private static final Set<String> EXERCISE = Set.of("foam_roller", "cat_cow", "thread_needle", "seated_turns",
      "doorway_stretch", "side_stretch", "childs_pose_reach", "supported_hang", "lunge_turn", "strengthen");

  private static final List<String> ARTICLES = List.of("000_1a9320e69b6cf539.txt", "001_2d8f5bdab8ad12d2.txt",
      "002_144897ee5d72a37d.txt", "003_e07c8c45a172722a.txt");

  private final Questionnaire questionnaire = BuiltIn.load().ready();
  private final Walker walker = new Walker(questionnaire);

  /** Every question answered no (a number 0, a choice its first option), then these answers. */
  private Verdict verdict(Map<String, String> answers) {
    Map<String, String> all = new LinkedHashMap<>();
    for (Question question : questionnaire.questions()) {
      all.put(question.id(), question instanceof NumberQuestion ? "0"
          : question instanceof YesNoQuestion ? "no" : question.answers().get(0).value());
    }
    all.putAll(answers);
    AnswerSheet sheet = ((AnswerSheet.Accepted) AnswerSheet.check(walker, all)).sheet();
    return ((AnswerSheet.Finished) sheet.walk(walker)).verdict();
  }

  @Test
  void itValidatesWithNoErrorAndNoWarning() {
    assertEquals(List.of(), Validator.validate(BuiltIn.load()));
  }

  @Test
  void everythingNoIsSelfCare() {
    Verdict verdict = verdict(Map.of());
    assertEquals(Level.SELF_CARE, verdict.level());
    assertEquals("self_care", verdict.outcome().id());
  }

  @Test
  void eachRedFlagAloneGivesItsLevel() {
    for (Map.Entry<String, Level> flag : YES_ALONE.entrySet()) {
      Map<String, String> answers = new HashMap<>(Map.of(flag.getKey(), "yes"));
      if (flag.getKey().equals("strain_onset")) {
        answers.put("bone_density", "yes");
      }
      assertEquals(flag.getValue(), verdict(answers).level(), flag.getKey());
    }
  }

  @Test
  void unsureNeverLowersUrgency() {
    for (Map.Entry<String, Level> flag : YES_ALONE.entrySet()) {
      Level least = flag.getValue() == Level.EMERGENCY ? Level.URGENT : Level.SEE_PROFESSIONAL;
      Map<String, String> answers = new HashMap<>(Map.of(flag.getKey(), "unsure"));
      if (flag.getKey().equals("strain_onset")) {
        answers.put("bone_density", "yes");
      }
      Level level = verdict(answers).level();
      assertFalse(level.below(least), flag.getKey() + " unsure gave " + level);
      Question question = questionnaire.question(flag.getKey()).orElseThrow();
      assertTrue(question.answers().stream().anyMatch(answer -> answer.value().equals("unsure")), flag.getKey());
    }
  }

  @Test
  void poppingTenTimesADayIsSeeProfessionalAndNineIsNot() {
    assertEquals(Level.SELF_CARE, verdict(Map.of("pops_per_day", "9")).level());
    assertEquals(Level.SEE_PROFESSIONAL, verdict(Map.of("pops_per_day", "10")).level());
    assertEquals(Level.SEE_PROFESSIONAL, verdict(Map.of("pops_per_day", "unsure")).level());
  }

  @Test
  void combinationsTakeTheHighestLevel() {
    assertEquals(Level.URGENT, verdict(Map.of("weakness", "yes", "numbness", "yes")).level());
    assertEquals(Level.EMERGENCY, verdict(Map.of("cancer_history", "yes", "cancer_nerve_signs", "yes")).level());
    assertEquals(Level.URGENT, verdict(Map.of("bone_density", "yes", "strain_onset", "yes")).level());
    assertEquals(Level.SELF_CARE, verdict(Map.of("strain_onset", "yes")).level(),
        "a strain matters only with weak bones");
  }

  @Test
  void theEmergencyQuestionsComeFirstAndAYesEndsTheWalkAtOnce() {
    List<String> emergency = List.of("chest_pain", "sudden_severe", "breathless", "stroke_signs", "cord_signs",
        "bladder_bowel");
    Walk walk = walker.start();
    List<String> asked = new ArrayList<>();
    while (!emergency.stream().allMatch(asked::contains)) {
      Question question = walk.question();
      asked.add(question.id());
      assertTrue(question.redFlag().isPresent(), question.id() + " comes before every emergency question is asked");
      if (emergency.contains(question.id())) {
        Walk yes = walk.answer(answer(question, "yes"), "yes");
        assertTrue(yes.finished(), question.id());
        assertEquals(Level.EMERGENCY, yes.verdict().level(), question.id());
      }
      walk = walk.answer(answer(question, "no"), "no");
    }
  }

  /** The questions that only choose self-care advice (`age_65` is not one: it opens `strain_onset`). */
  private static final Set<String> TAILORING = Set.of("sitting_hours", "crack_neck", "twist_to_pop", "stress",
      "strength");

  @Test
  void noUrgentOrEmergencyVerdictMovesTheSpineAndWeakBonesNeverDo() {
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      Map<String, String> answers = new HashMap<>();
      for (Question question : questionnaire.questions()) {
        if (random.nextInt(4) == 0 || question.openedBy().size() > 0) {
          List<Answer> offered = question.answers();
          String value = offered.get(random.nextInt(offered.size())).value();
          answers.put(question.id(), question instanceof NumberQuestion && !value.equals("unsure")
              ? value.split("-")[0] : value);
        }
      }
      Verdict verdict = verdict(answers);
      List<String> given = verdict.advice().stream().map(Advice::id).toList();
      boolean weakBones = verdict.path().stream().anyMatch(step -> step.question().id().equals("bone_density")
          && !step.given().equals("no"));
      if (!verdict.level().below(Level.URGENT) || weakBones) {
        assertTrue(given.stream().noneMatch(EXERCISE::contains), answers + " gave " + verdict.level() + ": " + given);
      }
      if (!verdict.level().below(Level.URGENT)) {
        assertTrue(verdict.path().stream().noneMatch(step -> TAILORING.contains(step.question().id())),
            "an urgent person is asked no question that only chooses self-care advice: "
                + verdict.path().stream().map(Step::shown).toList());
      }
      if (verdict.level() != Level.EMERGENCY) {
        assertTrue(questionnaire.notices().seekHelpIf(verdict.level()).isPresent(), verdict.level().word());
      }
      assertFalse(given.contains("physio_first") && given.contains("doctor_first"), answers + ": " + given);
    }
  }

  @Test
  void sourcesAreDeclaredAndArticlesAreCitedOnlyWhereTheySaySo() {
    Set<String> declared = new HashSet<>();
    questionnaire.sources().forEach(source -> declared.add(source.id()));
    assertTrue(declared.containsAll(ARTICLES), declared.toString());
    for (Question question : questionnaire.questions()) {
      assertFalse(question.sources().isEmpty(), question.id());
      assertTrue(declared.containsAll(question.sources()), question.id());
    }
    for (Advice advice : questionnaire.advice()) {
      assertFalse(advice.sources().isEmpty(), advice.id());
    }
    List<String> cancer = questionnaire.question("cancer_history").orElseThrow().sources();
    assertTrue(cancer.stream().noneMatch(ARTICLES::contains), "no article mentions cancer: " + cancer);
    assertTrue(cancer.contains("nice-ng234"), cancer.toString());
  }

  @Test
  void everyCountryTheIssueNamesHasItsEmergencyNumber() {
    Map<String, String> expected = new TreeMap<>(Map.of("US", "911", "CA", "911", "MX", "911", "GB", "999",
        "AU", "000", "NZ", "111", "IN", "112", "default", "112"));
    for (String eu : List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")) {
      expected.put(eu, "112");
    }
    EmergencyNumbers numbers = questionnaire.emergencyNumbers().orElseThrow();
    expected.forEach((region, number) -> assertEquals(number, numbers.byRegion().get(region), region));
    assertEquals("999", numbers.forRegion(Optional.of("gb")).orElseThrow());
    assertEquals("112", numbers.forRegion(Optional.of("XX")).orElseThrow());
  }

  @Test
  void theSpanishSaysWhatTheEnglishSays() {
    String radiating = questionnaire.question("radiating_pain").orElseThrow().text().in("es");
    assertTrue(radiating.contains("baja") && !radiating.contains("sube"), "shooting pain goes down: " + radiating);
    String fever = questionnaire.question("fever").orElseThrow().text().in("es");
    assertTrue(fever.contains("fiebre o escalofríos"), fever);
    assertTrue(questionnaire.question("worse_after_pop").orElseThrow().text().in("es").toLowerCase(Locale.ROOT)
        .contains("después de que la espalda cruja"), "the subjunctive after después de que");
    String sameDay = questionnaire.advice("same_day").orElseThrow().text().in("es");
    assertTrue(sameDay.contains("centro de salud") && !sameDay.toLowerCase(Locale.ROOT).contains("urgencias"),
        "urgent is same-day care at the health centre, not the emergency department: " + sameDay);
    for (TextSite site : questionnaire.texts()) {
      String spanish = site.text().in("es");
      assertFalse(spanish.contains("se siente caliente"), site.what() + ": say fever or chills");
      assertTrue(!spanish.contains("ictus") || spanish.contains("derrame cerebral"), site.what()
          + ": ictus alone is Spain-only: " + spanish);
    }
  }

  @Test
  void everyTextIsInEnglishAndSpanish() {
    for (TextSite site : questionnaire.texts()) {
      assertTrue(site.text().has("en") && site.text().has("es"), site.what());
    }
  }

  private static Answer answer(Question question, String value) {
    return question.answers().stream().filter(a -> a.value().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError(question.id() + " has no answer " + value));
  }
}
