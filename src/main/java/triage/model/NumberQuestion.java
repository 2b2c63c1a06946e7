package triage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A question answered with a whole number from {@code min} to {@code max}; the ranges, which must
 * cover that span without gaps or overlaps, route the answer. It may also accept {@code unsure},
 * and must when it is a red flag.
 */
public record NumberQuestion(
    String id,
    Text text,
    Optional<Text> help,
    List<String> sources,
    Optional<Level> redFlag,
    long min,
    long max,
    List<Range> ranges,
    Optional<Answer> unsure,
    Optional<Skip> skip,
    List<Answered> openedBy,
    Location at)
    implements Question {

  /** One span of accepted numbers, both ends included, and the answer it stands for. */
  public record Range(long min, long max, Answer answer) {
    public boolean contains(long number) {
      return number >= min && number <= max;
    }

    public static String value(long min, long max) {
      return min == max ? Long.toString(min) : min + "-" + max;
    }
  }

  public NumberQuestion {
    sources = List.copyOf(sources);
    ranges = List.copyOf(ranges);
    openedBy = List.copyOf(openedBy);
  }

  @Override
  public List<Answer> answers() {
    List<Answer> answers = new ArrayList<>(ranges.size() + 1);
    ranges.forEach(range -> answers.add(range.answer()));
    unsure.ifPresent(answers::add);
    return answers;
  }

  public Optional<Answer> answerFor(long number) {
    for (Range range : ranges) {
      if (range.contains(number)) {
        return Optional.of(range.answer());
      }
    }
    return Optional.empty();
  }
}
