package triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import triage.model.Answer;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.YesNoQuestion;

/**
 * Random answer sets for the built-in questionnaire, as stored data holds them: questions in any
 * order, many left out or null, numbers as integers or as whole floating-point numbers, yes and no
 * as booleans; and a few that must be refused (an id with a typo, a word no question takes, a
 * number out of range or not whole). Each set comes as the map a program would pass to
 * {@code triage.api} and as the JSON a {@code batch} line would hold (nulls left out, booleans and
 * whole numbers as batch reads them today).
 */
public final class BuiltInAnswerSets {

  /** One answer set: for the API, and the fields of its batch line (without the braces). */
  public record AnswerSet(Map<String, Object> answers, String batchFields) {}

  private BuiltInAnswerSets() {}

  public static List<AnswerSet> generate(Random random, int count) {
    List<Question> questions = BuiltIn.load().ready().questions();
    List<AnswerSet> sets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sets.add(set(questions, random));
    }
    return sets;
  }

  private static AnswerSet set(List<Question> questions, Random random) {
    List<Question> order = new ArrayList<>(questions);
    Collections.shuffle(order, random);
    Map<String, Object> answers = new LinkedHashMap<>();
    List<String> fields = new ArrayList<>();
    // Sets differ in how full they are and how many signs they show, so that every level is reached:
    // a self-care verdict needs every red flag on its path answered no.
    int gaps = GAPS[random.nextInt(GAPS.length)];
    int signs = SIGNS[random.nextInt(SIGNS.length)];
    for (Question question : order) {
      int roll = random.nextInt(100);
      if (roll < gaps) {
        continue; // not in the data at all
      }
      if (roll < gaps + gaps / 4) {
        answers.put(question.id(), null); // a column with a gap: batch's line leaves it out
        continue;
      }
      Object value = value(question, signs, random);
      answers.put(question.id(), value);
      fields.add(field(question.id(), value));
    }
    if (random.nextInt(25) == 0) {
      spoil(questions, answers, fields, random);
    }
    return new AnswerSet(answers, String.join(",", fields));
  }

  /** Percentages of questions left out, and of yes/no questions answered other than no, one of each per set. */
  private static final int[] GAPS = {0, 0, 4, 30};
  private static final int[] SIGNS = {0, 0, 3, 20, 60};

  private static Object value(Question question, int signs, Random random) {
    List<Answer> answers = question.answers();
    if (question instanceof NumberQuestion number) {
      if (number.unsure().isPresent() && random.nextInt(7) == 0) {
        return YesNoQuestion.UNSURE;
      }
      long n = number.min() + (long) random.nextInt((int) (number.max() - number.min() + 1));
      return switch (random.nextInt(3)) {
        case 0 -> (int) n;
        case 1 -> n;
        default -> (double) n; // what a table with gaps holds for a whole number
      };
    }
    String value = question instanceof YesNoQuestion && random.nextInt(100) >= signs
        ? YesNoQuestion.NO
        : answers.get(random.nextInt(answers.size())).value();
    if (question instanceof YesNoQuestion && !value.equals(YesNoQuestion.UNSURE) && random.nextInt(3) == 0) {
      return value.equals(YesNoQuestion.YES);
    }
    return value;
  }

  /** One refusal: a typo in an id, a word no question takes, a number out of range, a number not whole. */
  private static void spoil(List<Question> questions, Map<String, Object> answers, List<String> fields,
      Random random) {
    Question question = questions.get(random.nextInt(questions.size()));
    String id = question.id();
    Object value;
    switch (random.nextInt(4)) {
      case 0 -> {
        id = id.substring(0, id.length() - 1); // numbness -> numbnes
        value = "yes";
      }
      case 1 -> value = "maybe";
      case 2 -> value = question instanceof NumberQuestion number ? (Object) (number.max() + 5) : "yes please";
      default -> value = question instanceof NumberQuestion ? (Object) 2.5 : "2.5";
    }
    String replaced = "\"" + id + "\":";
    answers.remove(id);
    fields.removeIf(field -> field.startsWith(replaced));
    answers.put(id, value);
    fields.add(field(id, value));
  }

  private static String field(String id, Object value) {
    String json;
    if (value instanceof Boolean yes) {
      json = "\"" + (yes ? YesNoQuestion.YES : YesNoQuestion.NO) + "\"";
    } else if (value instanceof Double d && d == Math.rint(d)) {
      json = Long.toString(d.longValue());
    } else if (value instanceof Number n) {
      json = n.toString();
    } else {
      json = "\"" + value + "\"";
    }
    return "\"" + id + "\":" + json;
  }
}
