package triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Questionnaires generated at random (seeded, so that a failure can be replayed), each with random
 * answer sets and the verdict each must give. The verdicts are worked out here, by a walk of the
 * generated routes written for the tests alone, never by the code under test: the level is the
 * highest of the outcome reached and every raise on the path, and the outcome is the one reached,
 * or the escalation outcome of the level when raises lifted it higher.
 */
public final class RandomQuestionnaires {

  /** Where an answer goes: a question or outcome id, the level it raises to (-1: none), whether it adds advice. */
  record Route(String next, int raise, boolean advice) {
    String yaml() {
      return "next: " + next + (raise >= 0 ? ", raise: " + LEVELS[raise] : "") + (advice ? ", advice: [breaks]" : "");
    }
  }

  /** One generated question: its answer values, each with its route; a number's values are its ranges. */
  record Question(String id, String type, Map<String, Route> routes, long max) {}

  /** Answers in the order asked ({@code id} to the value given), and the verdict they must give. */
  public record AnswerSet(List<Map.Entry<String, String>> answers, String level, String outcome) {}

  /** A questionnaire as YAML, and answer sets for it. */
  public record Generated(String yaml, List<AnswerSet> answerSets) {}

  static final String[] LEVELS = {"self-care", "see-professional", "urgent", "emergency"};
  private static final String[] OUTCOMES = {"self_care", "self_care_too", "see_pro", "urgent", "emergency"};
  private static final Map<String, Integer> OUTCOME_LEVEL =
      Map.of("self_care", 0, "self_care_too", 0, "see_pro", 1, "urgent", 2, "emergency", 3);
  private static final String[] ESCALATION = {null, "see_pro", "urgent", "emergency"};

  private RandomQuestionnaires() {}

  /** A questionnaire of 1 to 12 questions of every type, and {@code walks} answer sets for it. */
  public static Generated generate(Random random, int walks) {
    int count = 1 + random.nextInt(12);
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      questions.add(question(i, count, random));
    }
    List<AnswerSet> sets = new ArrayList<>();
    for (int w = 0; w < walks; w++) {
      sets.add(walk(questions, random));
    }
    return new Generated(yaml(questions), sets);
  }

  private static Question question(int i, int count, Random random) {
    Map<String, Route> routes = new LinkedHashMap<>();
    switch (random.nextInt(3)) {
      case 0 -> {
        for (String value : new String[] {"yes", "no", "unsure"}) {
          routes.put(value, route(i, count, random));
        }
        return new Question("q" + i, "yes-no", routes, 0);
      }
      case 1 -> {
        int options = 2 + random.nextInt(3);
        for (int o = 0; o < options; o++) {
          routes.put("v" + o, route(i, count, random));
        }
        return new Question("q" + i, "choice", routes, 0);
      }
      default -> {
        long max = 1 + random.nextInt(30);
        long split = random.nextInt((int) max + 1);
        if (split > 0) {
          routes.put("0-" + (split - 1), route(i, count, random));
        }
        routes.put(split + "-" + max, route(i, count, random));
        if (random.nextBoolean()) {
          routes.put("unsure", route(i, count, random));
        }
        return new Question("q" + i, "number", routes, max);
      }
    }
  }

  /** A route to a later question or to an outcome, so there is no loop; some raise, some add advice. */
  private static Route route(int from, int count, Random random) {
    String next = from + 1 < count && random.nextInt(3) > 0
        ? "q" + (from + 1 + random.nextInt(count - from - 1))
        : OUTCOMES[random.nextInt(random.nextInt(4) == 0 ? OUTCOMES.length : 2)];
    int raise = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : -1;
    return new Route(next, raise, random.nextInt(4) == 0);
  }

  /** A random walk, and the verdict it must give, worked out from the routes alone. */
  private static AnswerSet walk(List<Question> questions, Random random) {
    Map<String, Question> byId = new LinkedHashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    List<Map.Entry<String, String>> answers = new ArrayList<>();
    int raised = 0;
    String at = questions.get(0).id();
    while (byId.containsKey(at)) {
      Question question = byId.get(at);
      List<String> values = new ArrayList<>(question.routes().keySet());
      String value = values.get(random.nextInt(values.size()));
      Route route = question.routes().get(value);
      String given = value;
      if (question.type().equals("number") && !value.equals("unsure")) {
        String[] span = value.split("-");
        long low = Long.parseLong(span[0]);
        long high = Long.parseLong(span[1]);
        given = Long.toString(low + random.nextInt((int) (high - low + 1)));
      }
      answers.add(Map.entry(at, given));
      raised = Math.max(raised, route.raise());
      at = route.next();
    }
    int level = Math.max(OUTCOME_LEVEL.get(at), raised);
    String outcome = level == OUTCOME_LEVEL.get(at) ? at : ESCALATION[level];
    return new AnswerSet(answers, LEVELS[level], outcome);
  }

  private static String yaml(List<Question> questions) {
    StringBuilder yaml = new StringBuilder(Trees.withHeader("questions:\n")
        .replace("  urgent: urgent\n", "  urgent: urgent\n  emergency: emergency\n"));
    for (Question question : questions) {
      String id = question.id();
      yaml.append("  - id: ").append(id).append('\n');
      switch (question.type()) {
        case "yes-no" -> {
          yaml.append("    type: yes-no\n    text: Question ").append(id).append("?\n    answers:\n");
          question.routes().forEach((value, route) ->
              yaml.append("      ").append(value).append(": {").append(route.yaml()).append("}\n"));
        }
        case "choice" -> {
          yaml.append("    type: choice\n    text: Choose ").append(id).append(".\n    options:\n");
          question.routes().forEach((value, route) -> yaml.append("      - {value: ").append(value)
              .append(", text: Option ").append(value).append(", ").append(route.yaml()).append("}\n"));
        }
        default -> {
          yaml.append("    type: number\n    text: How many ").append(id).append("?\n    min: 0\n    max: ")
              .append(question.max()).append("\n    ranges:\n");
          question.routes().forEach((value, route) -> {
            if (!value.equals("unsure")) {
              String[] span = value.split("-");
              yaml.append("      - {min: ").append(span[0]).append(", max: ").append(span[1]).append(", ")
                  .append(route.yaml()).append("}\n");
            } else {
              yaml.append("    unsure: {").append(route.yaml()).append("}\n");
            }
          });
        }
      }
    }
    return yaml.append(Trees.OUTCOMES.replace("  - {id: self_care",
        "  - {id: self_care_too, level: self-care, title: Still fine, advice: [breaks]}\n  - {id: self_care"))
        .toString();
  }
}
