package triage.walk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import triage.model.Answer;
import triage.model.ChoiceQuestion;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.YesNoQuestion;

/**
 * Turns what someone typed into one of a question's answers. Always case-insensitive and trimmed.
 * {@link Strictness#FORGIVING} (a person at a terminal) also takes {@code y}/{@code n}/{@code u},
 * option numbers and option texts; {@link Strictness#EXACT} (scripts) takes the answer values and
 * their full words only, so a reordered option list can never change what a script means.
 */
public final class AnswerParser {

  /** How much guessing an input deserves. */
  public enum Strictness {
    EXACT,
    FORGIVING
  }

  private static final Map<String, String> WORDS = Map.of(
      "yes", YesNoQuestion.YES,
      "no", YesNoQuestion.NO,
      "unsure", YesNoQuestion.UNSURE,
      "not sure", YesNoQuestion.UNSURE);

  private static final Map<String, String> SHORT_WORDS = Map.of(
      "y", YesNoQuestion.YES,
      "n", YesNoQuestion.NO,
      "u", YesNoQuestion.UNSURE,
      "don't know", YesNoQuestion.UNSURE,
      "dont know", YesNoQuestion.UNSURE);

  private AnswerParser() {}

  public static Optional<Step> parse(Question question, String input, Strictness strictness) {
    String typed = normalise(input);
    if (question instanceof NumberQuestion number) {
      Optional<Step> unsure = byValue(number, yesNoValue(typed, strictness))
          .filter(step -> step.answer().value().equals(YesNoQuestion.UNSURE));
      return unsure.isPresent() ? unsure : number(number, typed);
    }
    if (question instanceof ChoiceQuestion choice) {
      return choice(choice, typed, strictness);
    }
    return byValue(question, yesNoValue(typed, strictness));
  }

  /**
   * The words that answer this question as they are: {@code [yes, no, unsure]}, an option's values,
   * or for a number just {@code unsure} where it is accepted (numbers are described, not listed).
   */
  public static List<String> words(Question question) {
    return question.answers().stream()
        .map(Answer::value)
        .filter(value -> !(question instanceof NumberQuestion) || value.equals(YesNoQuestion.UNSURE))
        .toList();
  }

  /** What a question accepts, for an error message: "yes, no, unsure" or "a whole number from 0 to 9, or unsure". */
  public static String describe(Question question) {
    if (question instanceof NumberQuestion number) {
      return "a whole number from " + number.min() + " to " + number.max()
          + (number.unsure().isPresent() ? ", or unsure" : "");
    }
    return String.join(", ", words(question));
  }

  static String normalise(String input) {
    return input.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  private static String yesNoValue(String typed, Strictness strictness) {
    String value = WORDS.get(typed);
    if (value == null && strictness == Strictness.FORGIVING) {
      value = SHORT_WORDS.get(typed);
    }
    return value == null ? "" : value;
  }

  private static Optional<Step> byValue(Question question, String value) {
    for (Answer answer : question.answers()) {
      if (answer.value().equals(value)) {
        return Optional.of(new Step(question, answer, answer.value()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Step> choice(ChoiceQuestion question, String typed, Strictness strictness) {
    List<Answer> answers = question.answers();
    for (Answer answer : answers) {
      if (answer.value().toLowerCase(Locale.ROOT).equals(typed)) {
        return Optional.of(new Step(question, answer, answer.value()));
      }
    }
    if (strictness == Strictness.EXACT) {
      return Optional.empty();
    }
    if (typed.matches("[0-9]{1,3}")) {
      int number = Integer.parseInt(typed);
      if (number >= 1 && number <= answers.size()) {
        Answer answer = answers.get(number - 1);
        return Optional.of(new Step(question, answer, answer.value()));
      }
    }
    for (Answer answer : answers) {
      for (String label : answer.label().byLanguage().values()) {
        if (normalise(label).equals(typed)) {
          return Optional.of(new Step(question, answer, answer.value()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Step> number(NumberQuestion question, String typed) {
    if (!typed.matches("[+-]?[0-9]{1,18}")) {
      return Optional.empty();
    }
    long number = Long.parseLong(typed);
    return question.answerFor(number)
        .filter(answer -> number >= question.min() && number <= question.max())
        .map(answer -> new Step(question, answer, Long.toString(number)));
  }
}
