package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.model.AnswerWords;
import triage.walk.AnswerParser;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * Properties of every walk, over questionnaires and answers generated at random
 * ({@link RandomQuestionnaires}): the verdict has exactly the level and outcome that the routes
 * give (worked out by the generator, not by the walker); going back and giving the same answer
 * again changes nothing; and a pipe, answers by id and a batch line give the very same verdict.
 */
class PropertyTest {

  static final long SEED = 20261121;
  static final int QUESTIONNAIRES = 300;
  static final int WALKS_EACH = 10;

  @TempDir
  Path dir;

  @Test
  void everyWalkGivesTheVerdictItsRoutesGiveAndEveryModeAgrees() throws Exception {
    Random random = new Random(SEED); // the questionnaires and answer sets alone: EmbeddingTest makes them again
    Random back = new Random(SEED + 1);
    int cases = 0;
    for (int n = 0; n < QUESTIONNAIRES; n++) {
      RandomQuestionnaires.Generated generated = RandomQuestionnaires.generate(random, WALKS_EACH);
      Loaded loaded = QuestionnaireLoader.load("generated-" + n + ".yaml", generated.yaml());
      assertTrue(!loaded.hasErrors(), "questionnaire " + n + ": " + loaded.errors() + "\n" + generated.yaml());
      Walker walker = new Walker(loaded.ready());
      Path file = Files.writeString(dir.resolve("generated-" + n + ".yaml"), generated.yaml());
      StringBuilder batch = new StringBuilder();
      List<String> expected = new ArrayList<>();
      for (int w = 0; w < WALKS_EACH; w++, cases++) {
        RandomQuestionnaires.AnswerSet set = generated.answerSets().get(w);
        String where = "questionnaire " + n + ", walk " + w + " (seed " + SEED + "): " + set.answers();
        Walk walk = walker.start();
        for (Map.Entry<String, String> answer : set.answers()) {
          assertEquals(answer.getKey(), walk.question().id(), where);
          walk = walk.answer(AnswerParser.parse(walk.question(), answer.getValue(), AnswerParser.Strictness.EXACT,
              AnswerWords.ENGLISH).orElseThrow());
        }
        assertTrue(walk.finished(), where + ": the walk goes on after the answers that end it");
        Verdict verdict = walk.verdict();
        assertEquals(set.level(), verdict.level().word(), where + ": level");
        assertEquals(set.outcome(), verdict.outcome().id(), where + ": outcome");
        assertEquals(verdict, backAndAgain(walk, back), where + ": going back and answering the same again");

        StringBuilder piped = new StringBuilder();
        set.answers().forEach(answer -> piped.append(answer.getValue()).append('\n'));
        String json = Cli.run(piped.toString(), "--questions", file.toString(), "-q", "--format", "json").out();
        assertTrue(json.startsWith("{\"level\":\"" + set.level() + "\",\"outcome\":\"" + set.outcome() + "\""),
            where + ": " + json);
        List<String> byId = new ArrayList<>(List.of("--questions", file.toString(), "--format", "json"));
        StringBuilder line = new StringBuilder("{\"id\":" + w);
        for (Map.Entry<String, String> answer : set.answers()) {
          byId.add("--answer");
          byId.add(answer.getKey() + "=" + answer.getValue());
          line.append(",\"").append(answer.getKey()).append("\":\"").append(answer.getValue()).append('"');
        }
        assertEquals(json, Cli.run("", byId.toArray(String[]::new)).out(), where + ": answers by id");
        batch.append(line).append("}\n");
        expected.add("{\"id\":" + w + ",\"line\":" + (w + 1) + "," + json.substring(1));
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
}
