package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.model.Answer;
import triage.model.AnswerWords;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.walk.AnswerParser;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * Properties of every walk, over questionnaires generated at random (seeded, so a failure can be
 * replayed) and random answers: the walk ends; the verdict is at least every raise on the path;
 * going back and giving the same answer again changes nothing; and a pipe, answers by id and a
 * batch line give the very same verdict for the same answers.
 */
class PropertyTest {

  private static final long SEED = 20261121;
  private static final int QUESTIONNAIRES = 300;
  private static final int WALKS_EACH = 10;
  private static final String[] RAISES = {"see-professional", "urgent", "emergency"};

  @TempDir
  Path dir;

  @Test
  void everyWalkEndsAtLeastAsHighAsItsRaisesAndEveryModeAgrees() throws Exception {
    Random random = new Random(SEED);
    int cases = 0;
    for (int n = 0; n < QUESTIONNAIRES; n++) {
      String yaml = questionnaire(random);
      Loaded loaded = QuestionnaireLoader.load("generated-" + n + ".yaml", yaml);
      assertTrue(!loaded.hasErrors(), "questionnaire " + n + ": " + loaded.errors() + "\n" + yaml);
      Questionnaire questionnaire = loaded.ready();
      Walker walker = new Walker(questionnaire);
      Path file = Files.writeString(dir.resolve("generated-" + n + ".yaml"), yaml);
      StringBuilder batch = new StringBuilder();
      List<String> expected = new ArrayList<>();
      for (int w = 0; w < WALKS_EACH; w++, cases++) {
        String where = "questionnaire " + n + ", walk " + w + " (seed " + SEED + ")";
        Walk walk = walker.start();
        List<String> given = new ArrayList<>();
        while (!walk.finished()) {
          assertTrue(given.size() < questionnaire.questions().size(), where + ": the walk does not end");
          String value = anAnswer(walk.question(), random);
          given.add(value);
          walk = walk.answer(AnswerParser.parse(walk.question(), value, AnswerParser.Strictness.EXACT,
              AnswerWords.ENGLISH).orElseThrow());
        }
        Verdict verdict = walk.verdict();
        for (Step step : verdict.path()) {
          Level raised = step.answer().route().raiseOrSelfCare();
          assertTrue(verdict.level().compareTo(raised) >= 0, where + ": " + verdict.level() + " is below the raise to "
              + raised + " at " + step.question().id());
        }
        assertTrue(verdict.level().compareTo(verdict.reached().level()) >= 0, where);
        assertEquals(verdict, backAndAgain(walk, random), where + ": going back and answering the same again");

        String json = Cli.run(String.join("\n", given) + "\n", "--questions", file.toString(), "-q", "--format",
            "json").out();
        assertTrue(json.startsWith("{\"level\":\"" + verdict.level().word() + "\",\"outcome\":\""
            + verdict.outcome().id() + "\""), where + ": " + json);
        List<String> byId = new ArrayList<>(List.of("--questions", file.toString(), "--format", "json"));
        StringBuilder line = new StringBuilder("{\"id\":" + w);
        for (Step step : verdict.path()) {
          byId.add("--answer");
          byId.add(step.question().id() + "=" + step.given());
          line.append(",\"").append(step.question().id()).append("\":\"").append(step.given()).append('"');
        }
        assertEquals(json, Cli.run("", byId.toArray(String[]::new)).out(), where + ": answers by id");
        batch.append(line).append("}\n");
        expected.add("{\"id\":" + w + "," + json.substring(1));
      }
      Cli.Result batched = Cli.run(batch.toString(), "batch", "--strict", "--questions", file.toString());
      assertEquals(String.join("", expected), batched.out(), "questionnaire " + n + ": batch");
    }
    assertEquals(QUESTIONNAIRES * WALKS_EACH, cases);
  }

  /** The walk back to a random earlier question and forward again with the same answers. */
  private static Verdict backAndAgain(Walk finished, Random random) {
    List<Step> path = finished.steps();
    int from = random.nextInt(path.size());
    Walk walk = finished;
    for (int i = path.size(); i > from; i--) {
      walk = walk.back();
    }
    for (Step step : path.subList(from, path.size())) {
      walk = walk.answer(step);
    }
    return walk.verdict();
  }

  private static String anAnswer(Question question, Random random) {
    if (question instanceof NumberQuestion number) {
      if (number.unsure().isPresent() && random.nextInt(5) == 0) {
        return "unsure";
      }
      return Long.toString(number.min() + random.nextInt((int) (number.max() - number.min() + 1)));
    }
    List<Answer> answers = question.answers();
    return answers.get(random.nextInt(answers.size())).value();
  }

  /**
   * A questionnaire of 1 to 12 questions of every type, each answer going to a later question or
   * to an outcome (so there is no loop), some raising the level and some adding advice.
   */
  private static String questionnaire(Random random) {
    int count = 1 + random.nextInt(12);
    StringBuilder yaml = new StringBuilder(Trees.withHeader("questions:\n")
        .replace("  urgent: urgent\n", "  urgent: urgent\n  emergency: emergency\n"));
    for (int i = 0; i < count; i++) {
      yaml.append("  - id: q").append(i).append('\n');
      switch (random.nextInt(3)) {
        case 0 -> {
          yaml.append("    type: yes-no\n    text: Question ").append(i).append("?\n    answers:\n");
          for (String value : new String[] {"yes", "no", "unsure"}) {
            yaml.append("      ").append(value).append(": ").append(route(i, count, random)).append('\n');
          }
        }
        case 1 -> {
          yaml.append("    type: choice\n    text: Choose ").append(i).append(".\n    options:\n");
          int options = 2 + random.nextInt(3);
          for (int o = 0; o < options; o++) {
            yaml.append("      - {value: v").append(o).append(", text: Option ").append(o).append(", ")
                .append(inside(route(i, count, random))).append("}\n");
          }
        }
        default -> {
          int max = 1 + random.nextInt(30);
          int split = random.nextInt(max + 1);
          yaml.append("    type: number\n    text: How many ").append(i).append("?\n    min: 0\n    max: ")
              .append(max).append("\n    ranges:\n");
          if (split > 0) {
            yaml.append("      - {min: 0, max: ").append(split - 1).append(", ").append(inside(route(i, count, random)))
                .append("}\n");
          }
          yaml.append("      - {min: ").append(split).append(", max: ").append(max).append(", ")
              .append(inside(route(i, count, random))).append("}\n");
          if (random.nextBoolean()) {
            yaml.append("    unsure: ").append(route(i, count, random)).append('\n');
          }
        }
      }
    }
    return yaml.append(Trees.OUTCOMES.replace("  - {id: self_care",
        "  - {id: self_care_too, level: self-care, title: Still fine, advice: [breaks]}\n  - {id: self_care"))
        .toString();
  }

  /** What is inside the braces of a route. */
  private static String inside(String route) {
    return route.substring(1, route.length() - 1);
  }

  /** {next: ..., raise: ..., advice: [...]} to a later question or an outcome. */
  private static String route(int from, int count, Random random) {
    String[] outcomes = {"self_care", "self_care_too", "see_pro", "urgent", "emergency"};
    String next = from + 1 < count && random.nextInt(3) > 0
        ? "q" + (from + 1 + random.nextInt(count - from - 1))
        : outcomes[random.nextInt(random.nextInt(4) == 0 ? outcomes.length : 2)];
    StringBuilder route = new StringBuilder("{next: ").append(next);
    if (random.nextInt(4) == 0) {
      route.append(", raise: ").append(RAISES[random.nextInt(RAISES.length)]);
    }
    if (random.nextInt(4) == 0) {
      route.append(", advice: [breaks]");
    }
    return route.append('}').toString();
  }
}
