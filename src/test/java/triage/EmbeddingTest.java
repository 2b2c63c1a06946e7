package triage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.api.AnswerException;
import triage.api.Options;
import triage.api.Questionnaire;
import triage.api.Triager;
import triage.api.Verdict;

/**
 * The embedding API gives what {@code triage batch} gives, byte for byte: triaged through
 * {@code triage.api} alone, from a pool of {@value #THREADS} threads sharing each loaded
 * questionnaire, against batch run as a script runs it. On the property test's answer sets (300
 * generated questionnaires, 10 walks each), and on {@value #BUILT_IN_SETS} random answer sets of
 * the built-in questionnaire (gaps, nulls, booleans, whole floating-point numbers, and a few
 * answers that must be refused) with batch's three ways: by default, {@code --strict}, and in
 * Spanish for the US. A refusal must be batch's too: the same code, question, did-you-mean and
 * message.
 */
class EmbeddingTest {

  private static final int THREADS = 4;
  private static final long SEED = 20261130;
  private static final int BUILT_IN_SETS = 3000;
  private static final Pattern ID = Pattern.compile("^\\{\"id\":\\d+,\"line\":\\d+,");
  private static final Pattern LEVEL = Pattern.compile("^\\{\"level\":\"([a-z-]+)\"");
  private static final JsonFactory JSON = new JsonFactory();

  private static ExecutorService pool;
  private static final Set<String> workers = ConcurrentHashMap.newKeySet();

  @TempDir
  Path dir;

  @BeforeAll
  static void startThePool() {
    AtomicInteger count = new AtomicInteger();
    pool = Executors.newFixedThreadPool(THREADS, task -> new Thread(task, "embedding-" + count.incrementAndGet()));
  }

  @AfterAll
  static void stopThePool() {
    pool.shutdownNow();
  }

  @Test
  void onThePropertyTestsAnswerSetsTheApiGivesBatchsVerdicts() throws Exception {
    Random random = new Random(PropertyTest.SEED); // the same generator, seed and calls: the same answer sets
    List<Future<String>> api = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    for (int n = 0; n < PropertyTest.QUESTIONNAIRES; n++) {
      RandomQuestionnaires.Generated generated = RandomQuestionnaires.generate(random, PropertyTest.WALKS_EACH);
      Path file = Files.writeString(dir.resolve("generated-" + n + ".yaml"), generated.yaml());
      Triager triager = Questionnaire.load(file).triager(Options.defaults());
      StringBuilder lines = new StringBuilder();
      for (int w = 0; w < PropertyTest.WALKS_EACH; w++) {
        Map<String, Object> answers = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder("{\"id\":" + w);
        for (Map.Entry<String, String> answer : generated.answerSets().get(w).answers()) {
          answers.put(answer.getKey(), answer.getValue());
          line.append(",\"").append(answer.getKey()).append("\":\"").append(answer.getValue()).append('"');
        }
        lines.append(line).append("}\n");
        api.add(pool.submit(() -> result(triager, answers)));
      }
      batch.addAll(results(Cli.run(lines.toString(), "batch", "--questions", file.toString())));
    }
    assertEquals(PropertyTest.QUESTIONNAIRES * PropertyTest.WALKS_EACH, batch.size());
    for (int i = 0; i < batch.size(); i++) {
      assertEquals(batch.get(i), api.get(i).get(), "questionnaire " + i / PropertyTest.WALKS_EACH + ", walk "
          + i % PropertyTest.WALKS_EACH + " (seed " + PropertyTest.SEED + ")");
    }
    assertTrue(workers.size() > 1, "the pool's threads shared the work: " + workers);
  }

  @Test
  void onRandomAnswerSetsOfTheBuiltInQuestionnaireTheApiGivesBatchsVerdictsAndRefusals() throws Exception {
    List<BuiltInAnswerSets.AnswerSet> sets = BuiltInAnswerSets.generate(new Random(SEED), BUILT_IN_SETS);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < sets.size(); i++) {
      lines.append("{\"id\":").append(i).append(sets.get(i).batchFields().isEmpty() ? "" : ",")
          .append(sets.get(i).batchFields()).append("}\n");
    }
    Questionnaire builtIn = Questionnaire.builtIn();
    Map<Options, List<String>> ways = new LinkedHashMap<>();
    ways.put(Options.defaults(), List.of());
    ways.put(Options.defaults().strict(true), List.of("--strict"));
    ways.put(Options.defaults().language("es").region("US"), List.of("--lang", "es", "--region", "US"));
    for (Map.Entry<Options, List<String>> way : ways.entrySet()) {
      Triager triager = builtIn.triager(way.getKey());
      List<Future<String>> api = new ArrayList<>();
      for (BuiltInAnswerSets.AnswerSet set : sets) {
        api.add(pool.submit(() -> result(triager, set.answers())));
      }
      List<String> args = new ArrayList<>(List.of("batch"));
      args.addAll(way.getValue());
      List<String> batch = results(Cli.run(lines.toString(), args.toArray(String[]::new)));
      assertEquals(sets.size(), batch.size());
      Set<String> kinds = new TreeSet<>();
      for (int i = 0; i < sets.size(); i++) {
        assertEquals(batch.get(i), api.get(i).get(), way.getValue() + ", answer set " + i + " (seed " + SEED + "): "
            + sets.get(i).answers());
        Matcher level = LEVEL.matcher(batch.get(i));
        kinds.add(level.find() ? level.group(1) : batch.get(i).split(" ")[1]);
      }
      Set<String> expected = new TreeSet<>(List.of("self-care", "see-professional", "urgent", "emergency",
          "invalid-answer", "unknown-question"));
      if (way.getValue().contains("--strict")) {
        expected.add("incomplete");
      }
      assertTrue(kinds.containsAll(expected), way.getValue() + ": every level, and refusals: " + kinds);
    }
    assertTrue(workers.size() > 1, "the pool's threads shared the work: " + workers);
  }

  /** Nothing here but the public API triages: no walker, loader or command of the internals is used directly. */
  @Test
  void triagesThroughThePublicApiAlone() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("triage.text..", "triage.model..", "triage.load..",
        "triage.walk..", "triage.analysis..", "triage.check..", "triage.render..", "triage.session..",
        "triage.transcript..", "triage.cli..")
        .check(new ClassFileImporter().importClasses(EmbeddingTest.class));
  }

  /** A verdict's JSON, or a refusal as {@code error CODE QUESTION DID_YOU_MEAN: MESSAGE}. */
  private static String result(Triager triager, Map<String, Object> answers) {
    workers.add(Thread.currentThread().getName());
    try {
      Verdict verdict = triager.triage(answers);
      return verdict.toJson();
    } catch (AnswerException e) {
      return refusal(e.kind().code(), e.question().orElse(null), e.didYouMean().orElse(null), e.getMessage());
    }
  }

  private static String refusal(String code, String question, String didYouMean, String message) {
    return "error " + code + " " + question + " " + didYouMean + ": " + message;
  }

  /** Batch's lines as {@link #result} gives them: the verdict without the line's id and number, or the refusal. */
  private static List<String> results(Cli.Result batch) {
    List<String> results = new ArrayList<>();
    for (String line : batch.out().split("\n")) {
      results.add(line.contains("\"error\":") ? batchRefusal(line) : ID.matcher(line).replaceFirst("{"));
    }
    return results;
  }

  private static String batchRefusal(String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    try (JsonParser json = JSON.createParser(line)) {
      json.nextToken();
      for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
        String name = json.currentName();
        if (json.nextToken().isScalarValue()) {
          fields.put(name, json.getValueAsString());
        } else {
          json.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return refusal(fields.get("error"), fields.get("question"), fields.get("did_you_mean"), fields.get("message"));
  }
}
