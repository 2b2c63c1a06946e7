package triage.walk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import triage.model.Answer;
import triage.model.AnswerWords;
import triage.model.ChoiceQuestion;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.YesNoQuestion;

/**
 * Turns what someone typed into one of a question's answers. Always case-insensitive and trimmed.
 * {@link Strictness#EXACT} (scripts, pipes) takes the answer values ({@code yes}, {@code no},
 * {@code unsure}, an option's value, a number) and the language's full words ({@code sí}, {@code no
 * sé}), so a reordered option list can never change what a script means; {@link
 * Strictness#FORGIVING} (a person at a terminal) also takes the language's abbreviations, option
 * numbers and option texts.
 */
public final class AnswerParser {

  /** How much guessing an input deserves. */
  public enum Strictness {
    EXACT,
    FORGIVING
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private AnswerParser() {}

  public static Optional<Step> parse(Question question, String input, Strictness strictness, AnswerWords words) {
    String typed = normalise(input);
    Optional<Step> exact = exact(exactWords(question, words), question, typed);
    if (exact.isPresent() || strictness == Strictness.EXACT) {
      return exact;
    }
    if (question instanceof ChoiceQuestion choice) {
      return forgivingChoice(choice, typed);
    }
    String value = words.abbreviations().get(typed);
    return value == null ? Optional.empty() : byValue(question, value);
  }

  /**
   * The words a question takes exactly (normalised), each with the step it stands for; numbers
   * themselves are read by {@link #exact}. A walker keeps these tables, so scripts pay for a lookup.
   */
  static Map<String, Step> exactWords(Question question, AnswerWords words) {
    Map<String, Step> table = new LinkedHashMap<>();
    if (question instanceof ChoiceQuestion) {
      for (Answer answer : question.answers()) {
        table.put(answer.value().toLowerCase(Locale.ROOT), new Step(question, answer, answer.value()));
      }
      return table;
    }
    // The values themselves first, the commonest answer first: tables of a few words are scanned.
    for (String value : List.of(YesNoQuestion.NO, YesNoQuestion.YES, YesNoQuestion.UNSURE)) {
      byValue(question, value).ifPresent(step -> table.put(value, step));
    }
    words.words().forEach((value, list) -> byValue(question, value).ifPresent(step ->
        list.forEach(word -> table.putIfAbsent(word, step))));
    return table;
  }

  /** {@code input} read exactly, with the question's table of words. */
  static Optional<Step> exact(Map<String, Step> words, Question question, String input) {
    return Optional.ofNullable(new Words(words).exactOrNull(question, input));
  }

  /**
   * The words a question takes exactly, each with the step it stands for, kept to be read fast:
   * a few are compared one by one (cheaper than hashing a string just read), more are looked up.
   */
  static final class Words {
    /** Up to this many words, comparing beats hashing a string that was just read. */
    private static final int FEW = 8;

    private final Map<String, Step> table;
    private final String[] words;
    private final Step[] steps;

    Words(Map<String, Step> table) {
      this.table = table;
      this.words = table.keySet().toArray(String[]::new);
      this.steps = table.values().toArray(Step[]::new);
    }

    /**
     * {@code input} read exactly, without an Optional for each of the millions of answers a batch
     * reads, and without normalising the usual input, which is already one of the words.
     */
    Step exactOrNull(Question question, String input) {
      Step step = null;
      if (words.length <= FEW) {
        for (int i = 0; i < words.length && step == null; i++) {
          if (words[i].equals(input)) {
            step = steps[i];
          }
        }
      } else {
        step = table.get(input);
      }
      return step != null ? step : exactNormalised(table, question, normalise(input));
    }
  }

  private static Step exactNormalised(Map<String, Step> words, Question question, String typed) {
    Step step = words.get(typed);
    if (step == null && question instanceof NumberQuestion number) {
      step = number(number, typed).orElse(null);
    }
    return step;
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

  /** {@link #words(Question)} as a person reading this language sees them: {@code [sí, no, no sé]}. */
  public static List<String> shownWords(Question question, AnswerWords words) {
    return words(question).stream()
        .map(value -> question instanceof ChoiceQuestion ? value : words.shown(value))
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
    String typed = input.strip();
    if (!isPlain(typed)) {
      typed = SPACES.matcher(typed).replaceAll(" ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
    return typed;
  }

  /** Already lower-case ASCII with single spaces: the common case, which needs no work. */
  private static boolean isPlain(String typed) {
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c >= 'A' && c <= 'Z' || c > 0x7e || c < 0x20 || c == ' ' && i > 0 && typed.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  private static Optional<Step> byValue(Question question, String value) {
    for (Answer answer : question.answers()) {
      if (answer.value().equals(value)) {
        return Optional.of(new Step(question, answer, answer.value()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Step> forgivingChoice(ChoiceQuestion question, String typed) {
    List<Answer> answers = question.answers();
    if (typed.length() <= 3 && !typed.isEmpty() && typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
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
    // Part of an option's words ("more than 8"), if it is part of one option's words only.
    if (typed.length() < 2) {
      return Optional.empty();
    }
    Answer only = null;
    for (Answer answer : answers) {
      boolean matches = answer.label().byLanguage().values().stream()
          .anyMatch(label -> (" " + normalise(label)).contains(" " + typed));
      if (matches && only != null) {
        return Optional.empty(); // the words of two options: no guessing
      }
      only = matches ? answer : only;
    }
    return Optional.ofNullable(only).map(answer -> new Step(question, answer, answer.value()));
  }

  /** An optional sign and 1 to 18 digits: a whole number that fits a long. */
  private static boolean isWhole(String typed) {
    int start = !typed.isEmpty() && (typed.charAt(0) == '+' || typed.charAt(0) == '-') ? 1 : 0;
    int digits = typed.length() - start;
    if (digits < 1 || digits > 18) {
      return false;
    }
    for (int i = start; i < typed.length(); i++) {
      if (typed.charAt(i) < '0' || typed.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Optional<Step> number(NumberQuestion question, String typed) {
    if (!isWhole(typed)) {
      return Optional.empty();
    }
    long number = Long.parseLong(typed);
    String given = typed.charAt(0) != '+' && (typed.charAt(0) != '0' || typed.length() == 1) && !typed.equals("-0")
        ? typed : Long.toString(number);
    return question.answerFor(number)
        .filter(answer -> number >= question.min() && number <= question.max())
        .map(answer -> new Step(question, answer, given));
  }
}
