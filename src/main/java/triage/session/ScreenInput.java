package triage.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import triage.model.YesNoQuestion;

/**
 * What a person types on a screen of several yes/no questions: the numbers of those that apply
 * ({@code 1 3}, {@code 1,3}), a number with {@code ?} after it for one they are not sure about
 * ({@code 2?}), or a word for none of them; {@code ? 2} asks for the help of one. Anything else is
 * not taken, so that no typing slip becomes a {@code no}.
 */
sealed interface ScreenInput {

  /** An answer for each question on the screen, in order: yes, no or unsure. */
  record Answers(List<String> values) implements ScreenInput {}

  /** The help of question {@code number} (from 1). */
  record HelpFor(int number) implements ScreenInput {}

  /** Not an answer to the screen. */
  record NotTaken() implements ScreenInput {}

  static ScreenInput read(String line, int count, List<String> none) {
    String typed = line.strip().toLowerCase(Locale.ROOT);
    if (none.contains(typed)) {
      return new Answers(new ArrayList<>(java.util.Collections.nCopies(count, YesNoQuestion.NO)));
    }
    if (typed.startsWith("?")) {
      return number(typed.substring(1).strip(), count).<ScreenInput>map(HelpFor::new).orElse(new NotTaken());
    }
    String[] tokens = typed.split("[\\s,;]+");
    String[] values = new String[count];
    Arrays.fill(values, YesNoQuestion.NO);
    for (String token : tokens) {
      boolean unsure = token.endsWith("?");
      Optional<Integer> number = number(unsure ? token.substring(0, token.length() - 1) : token, count);
      if (number.isEmpty() || !values[number.get() - 1].equals(YesNoQuestion.NO)) {
        return new NotTaken(); // not a number on the screen, or one number given twice
      }
      values[number.get() - 1] = unsure ? YesNoQuestion.UNSURE : YesNoQuestion.YES;
    }
    return new Answers(List.of(values));
  }

  private static Optional<Integer> number(String token, int count) {
    if (token.isEmpty() || token.length() > 2 || !token.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int number = Integer.parseInt(token);
    return number >= 1 && number <= count ? Optional.of(number) : Optional.empty();
  }
}
