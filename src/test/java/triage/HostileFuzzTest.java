package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.model.AnswerWords;
import triage.model.Problem;
import triage.model.YesNoQuestion;
import triage.walk.AnswerParser;
import triage.walk.Step;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * Seeded fuzzing (issue 12): thousands of generated questionnaires ({@link RandomQuestionnaires},
 * whose verdicts the generator works out itself), each hurt in one way: a tag, a directive, a
 * control or bidi character, answer words shuffled between answers, numbers at and past the ends
 * of a long, a stray byte. What changes a file's meaning must be refused; what is accepted must give
 * every answer set the verdict its routes give, typed the way a person types. Nothing may crash or
 * hang. The counts are printed for the table; a failure names the seed and the case.
 */
class HostileFuzzTest {

  private static final long SEED = 20261130;
  private static final int QUESTIONNAIRES = 3_000;
  private static final int WALKS_EACH = 5;
  /** Only a hang takes this long, even on a loaded machine. */
  private static final Duration HANG = Duration.ofSeconds(60);

  private enum Harm { NONE, TAG, DIRECTIVE, CONTROL, WORDS, EDGES, BYTE }

  /** Words people type, and what each means in English; null: no meaning a file could betray. */
  private static final Map<String, String> TYPED = new LinkedHashMap<>();

  static {
    for (String yes : List.of("yes", "y")) {
      TYPED.put(yes, YesNoQuestion.YES);
    }
    for (String no : List.of("no", "n")) {
      TYPED.put(no, YesNoQuestion.NO);
    }
    for (String unsure : List.of("unsure", "not sure", "u", "don't know", "dont know")) {
      TYPED.put(unsure, YesNoQuestion.UNSURE);
    }
    for (String neutral : List.of("maybe", "si", "oui", "ja", "yo", "nah", "sure", "ye")) {
      TYPED.put(neutral, null);
    }
  }

  private static final String[] TAGS = {"!!null ", "!!str ", "!!int ", "!!bool ", "!!binary ", "!x ", "!<tag:x,2026:t> ",
      "!!float ", "! "};
  private static final String[] CONTROLS = {"\\e[32m", "\\e]0;t\\a", "\\u202E", "\\u2066", "\\x7F", "\\x9B", "\\r", "\\0",
      "\\x1B"};
  private static final String[] EDGES = {"9223372036854775807", "9223372036854775808", "-9223372036854775808",
      "-9223372036854775809", "99999999999999999999", "1e3", "0x10", "\u0661\u0660", "\uff11", "-0", "+5", "1_000"};

  @Test
  void noHarmCrashesHangsOrLowersAVerdict() {
    Random random = new Random(SEED);
    Map<Harm, int[]> counts = new EnumMap<>(Harm.class); // tried, refused, answer sets walked
    for (Harm harm : Harm.values()) {
      counts.put(harm, new int[3]);
    }
    for (int n = 0; n < QUESTIONNAIRES; n++) {
      RandomQuestionnaires.Generated generated = RandomQuestionnaires.generate(random, WALKS_EACH);
      Harm harm = Harm.values()[random.nextInt(Harm.values().length)];
      byte[] yaml = harm(generated.yaml(), harm, random);
      String where = "questionnaire " + n + " (seed " + SEED + "), harm " + harm + ":\n"
          + new String(yaml, StandardCharsets.UTF_8);
      String name = "fuzz-" + n + ".yaml";
      Loaded loaded = assertTimeoutPreemptively(HANG, () -> {
        try {
          return QuestionnaireLoader.load(name, yaml);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          throw new AssertionError("crash: " + e + "\n" + where, e);
        }
      }, "hang\n" + where);
      int[] count = counts.get(harm);
      count[0]++;
      if (loaded.hasErrors()) {
        count[1]++;
        assertRefusedFor(harm, loaded.errors(), where);
        continue;
      }
      if (harm == Harm.TAG || harm == Harm.DIRECTIVE || harm == Harm.CONTROL) {
        fail("accepted, but it must be refused: " + where);
      }
      if (harm == Harm.BYTE) {
        continue; // a stray byte may be harmless or change a route: only no crash and no hang are owed
      }
      Walker walker = new Walker(loaded.ready());
      AnswerWords words = loaded.ready().words(loaded.ready().language());
      for (RandomQuestionnaires.AnswerSet set : generated.answerSets()) {
        if (walkAsTyped(walker, words, set, random, where)) {
          count[2]++;
        }
      }
    }
    StringBuilder table = new StringBuilder("harm        tried  refused  answer sets walked\n");
    counts.forEach((harm, c) -> table.append(String.format("%-10s %6d  %7d  %18d%n", harm, c[0], c[1], c[2])));
    System.out.print(table);
    assertTrue(counts.get(Harm.NONE)[2] > 0 && counts.get(Harm.WORDS)[2] > 0 && counts.get(Harm.EDGES)[2] > 0, table::toString);
  }

  /**
   * Walks {@code set} with each answer typed as a person might, in a word whose English meaning is
   * the answer; returns whether it reached a verdict, which must be the one the routes give. A
   * word the file does not accept is no verdict (the person is asked again); a word read as
   * another answer than it means fails the test.
   */
  private static boolean walkAsTyped(Walker walker, AnswerWords words, RandomQuestionnaires.AnswerSet set,
      Random random, String where) {
    Walk walk = walker.start();
    for (Map.Entry<String, String> answer : set.answers()) {
      assertEquals(answer.getKey(), walk.question().id(), where);
      String typed = answer.getValue();
      if (walk.question() instanceof YesNoQuestion) {
        List<String> meaning = TYPED.entrySet().stream().filter(e -> answer.getValue().equals(e.getValue()))
            .map(Map.Entry::getKey).toList();
        typed = meaning.get(random.nextInt(meaning.size()));
      }
      Optional<Step> step = AnswerParser.parse(walk.question(), typed, AnswerParser.Strictness.FORGIVING, words);
      if (step.isEmpty()) {
        return false;
      }
      walk = walk.answer(step.get());
    }
    walk.steps().stream().map(Step::question).filter(YesNoQuestion.class::isInstance).findFirst().ifPresent(asked ->
        TYPED.forEach((word, meaning) -> AnswerParser.parse(asked, word, AnswerParser.Strictness.FORGIVING, words)
            .filter(read -> meaning != null)
            .ifPresent(read -> assertEquals(meaning, read.answer().value(), "`" + word + "` read as " + read.answer()
                .value() + ": " + where))));
    assertTrue(walk.finished(), where + ": " + set.answers());
    assertEquals(set.level(), walk.verdict().level().word(), where + ": " + set.answers());
    assertEquals(set.outcome(), walk.verdict().outcome().id(), where + ": " + set.answers());
    return true;
  }

  private static void assertRefusedFor(Harm harm, List<Problem> errors, String where) {
    List<String> rules = errors.stream().map(Problem::rule).toList();
    String expected = switch (harm) {
      case TAG, DIRECTIVE -> "syntax";
      case CONTROL -> "characters|syntax";
      case WORDS -> "answer-words";
      case EDGES -> "type|range|structure";
      case NONE -> "none";
      case BYTE -> ".*";
    };
    assertTrue(rules.stream().anyMatch(rule -> rule.matches(expected)), "refused for " + rules + ", not " + expected
        + ": " + errors + "\n" + where);
  }

  private static byte[] harm(String yaml, Harm harm, Random random) {
    if (harm == Harm.BYTE) {
      byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      return bytes;
    }
    return harmText(yaml, harm, random).getBytes(StandardCharsets.UTF_8);
  }

  private static String harmText(String yaml, Harm harm, Random random) {
    return switch (harm) {
      case NONE, BYTE -> yaml;
      case TAG -> {
        List<Integer> values = positions(yaml, Pattern.compile("(?:text|next|min|max|raise|value|level|title): "));
        int at = values.get(random.nextInt(values.size()));
        yield yaml.substring(0, at) + TAGS[random.nextInt(TAGS.length)] + yaml.substring(at);
      }
      case DIRECTIVE -> "%TAG !e! tag:example.com,2026:\n---\n" + yaml;
      case CONTROL -> {
        List<Integer> texts = positions(yaml, Pattern.compile("(?:text|title): "));
        int at = texts.get(random.nextInt(texts.size()));
        int end = yaml.indexOf('\n', at);
        String text = yaml.substring(at, end).replaceAll("[,}]\\s.*", "").replace("\"", "");
        String control = CONTROLS[random.nextInt(CONTROLS.length)];
        String quoted = "\"" + text.substring(0, text.length() / 2) + control + text.substring(text.length() / 2) + "\"";
        yield yaml.substring(0, at) + quoted + yaml.substring(at + text.length());
      }
      case WORDS -> {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        YesNoQuestion.VALUES.forEach(value -> lists.put(value, new ArrayList<>(List.of(value))));
        List<String> pool = new ArrayList<>(TYPED.keySet());
        for (int i = 0, extra = random.nextInt(6); i < extra; i++) {
          String value = YesNoQuestion.VALUES.get(random.nextInt(3));
          lists.get(value).add(pool.get(random.nextInt(pool.size())));
        }
        StringBuilder block = new StringBuilder("languages:\n  en: {");
        lists.forEach((value, list) -> block.append(value).append(": [").append(String.join(", ", list)).append("], "));
        if (random.nextBoolean()) {
          block.append("abbreviations: {").append(pool.get(random.nextInt(pool.size()))).append(": ")
              .append(YesNoQuestion.VALUES.get(random.nextInt(3))).append("}, ");
        }
        block.setLength(block.length() - 2);
        yield yaml.replace("escalation:", block.append("}\nescalation:"));
      }
      case EDGES -> {
        Matcher max = Pattern.compile("\n    max: (\\d+)\n").matcher(yaml);
        if (!max.find()) {
          yield yaml;
        }
        String edge = EDGES[random.nextInt(EDGES.length)];
        String top = max.group(1);
        // The number question's top and its highest range's top move together, so answers within
        // the old ranges keep their routes; ends that are not whole numbers must be refused.
        yield yaml.replace("\n    max: " + top + "\n", "\n    max: " + edge + "\n")
            .replace(", max: " + top + ", ", ", max: " + edge + ", ");
      }
    };
  }

  /** Where the value after each match of {@code key} begins. */
  private static List<Integer> positions(String yaml, Pattern key) {
    List<Integer> found = new ArrayList<>();
    Matcher matcher = key.matcher(yaml);
    while (matcher.find()) {
      found.add(matcher.end());
    }
    return found;
  }
}
