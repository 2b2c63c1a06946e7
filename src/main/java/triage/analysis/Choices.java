package triage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import triage.model.Answer;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.YesNoQuestion;

/**
 * The ways to answer one question across two versions of a questionnaire, either of which may lack
 * it: answers matched by value, and for a number, the spans of numbers that both versions route the
 * same way (the common refinement of both sets of ranges).
 */
final class Choices {

  /** One way to answer: its label, and the index of its answer in each version, or -1 where it has none. */
  record Choice(String label, int before, int after) {}

  private Choices() {}

  static Choice[] across(Question before, Question after) {
    List<Choice> choices = new ArrayList<>();
    if (before instanceof NumberQuestion b && after instanceof NumberQuestion a) {
      numbers(b, a, choices);
    } else {
      List<Answer> left = before == null ? List.of() : before.answers();
      List<Answer> right = after == null ? List.of() : after.answers();
      for (int i = 0; i < left.size(); i++) {
        choices.add(new Choice(left.get(i).value(), i, indexOf(right, left.get(i).value())));
      }
      for (int i = 0; i < right.size(); i++) {
        if (indexOf(left, right.get(i).value()) < 0) {
          choices.add(new Choice(right.get(i).value(), -1, i));
        }
      }
    }
    return choices.toArray(Choice[]::new);
  }

  private static int indexOf(List<Answer> answers, String value) {
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).value().equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The spans of numbers that both versions route the same way. Each span starts at a bound (a
   * range's first number, or the number after a range's last); one past {@code Long.MAX_VALUE} is
   * no bound, since no number follows it.
   */
  private static void numbers(NumberQuestion before, NumberQuestion after, List<Choice> choices) {
    TreeSet<Long> bounds = new TreeSet<>();
    for (NumberQuestion question : List.of(before, after)) {
      for (NumberQuestion.Range range : question.ranges()) {
        bounds.add(range.min());
        if (range.max() != Long.MAX_VALUE) {
          bounds.add(range.max() + 1);
        }
      }
    }
    Long[] starts = bounds.toArray(Long[]::new);
    int spanBefore = -2;
    int spanAfter = -2;
    long spanStart = 0;
    for (int i = 0; i < starts.length; i++) {
      int inBefore = rangeOf(before, starts[i]);
      int inAfter = rangeOf(after, starts[i]);
      if (inBefore != spanBefore || inAfter != spanAfter) {
        if (spanBefore != -2 && (spanBefore >= 0 || spanAfter >= 0)) {
          choices.add(new Choice(NumberQuestion.Range.value(spanStart, starts[i] - 1), spanBefore, spanAfter));
        }
        spanStart = starts[i];
        spanBefore = inBefore;
        spanAfter = inAfter;
      }
    }
    // The last span runs to the last number any range covers.
    long last = Long.MIN_VALUE;
    for (NumberQuestion question : List.of(before, after)) {
      for (NumberQuestion.Range range : question.ranges()) {
        last = Math.max(last, range.max());
      }
    }
    if (spanBefore != -2 && (spanBefore >= 0 || spanAfter >= 0) && spanStart <= last) {
      choices.add(new Choice(NumberQuestion.Range.value(spanStart, last), spanBefore, spanAfter));
    }
    if (before.unsure().isPresent() || after.unsure().isPresent()) {
      choices.add(new Choice(YesNoQuestion.UNSURE, before.unsure().map(u -> before.ranges().size()).orElse(-1),
          after.unsure().map(u -> after.ranges().size()).orElse(-1)));
    }
  }

  private static int rangeOf(NumberQuestion question, long number) {
    List<NumberQuestion.Range> ranges = question.ranges();
    for (int i = 0; i < ranges.size(); i++) {
      if (ranges.get(i).contains(number) && number >= question.min() && number <= question.max()) {
        return i;
      }
    }
    return -1;
  }
}
