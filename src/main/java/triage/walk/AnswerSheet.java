package triage.walk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.YesNoQuestion;
import triage.text.Suggestion;

/**
 * Answers given by question id, as scripts and scenarios give them, checked against one
 * questionnaire. Strict: an id the questionnaire does not have, or a value a question does not
 * accept, is refused before anything is walked (a typo must never turn a red flag into "not
 * answered"). Walking uses an answer wherever the walk reaches its question.
 */
public final class AnswerSheet {

  /** What checking the answers gave. */
  public sealed interface Checked {}

  /** Every answer names a question and is accepted by it. */
  public record Accepted(AnswerSheet sheet) implements Checked {}

  /** An answer the question does not accept. */
  public record Invalid(Question question, String value) implements Checked {}

  /** An id that names no question, and the closest one that does. */
  public record Unknown(String id, Optional<String> didYouMean) implements Checked {}

  /** A question answered twice. */
  public record Repeated(Question question) implements Checked {}

  /** Where walking with the answers got to. */
  public sealed interface Reached {}

  /**
   * A verdict; the ids answered that the walk never reached; and the questions the walk reached
   * without an answer and took as {@code unsure} (only when asked to).
   */
  public record Finished(Verdict verdict, List<String> unused, List<String> assumedUnsure) implements Reached {}

  /** The walk reached a question that has no answer; {@code walk} stands at it. */
  public record Missing(Question question, Walk walk) implements Reached {}

  private static final AnswerSheet EMPTY = new AnswerSheet(new Step[0], List.of());

  private final Step[] byNode; // the answer to each question, by its place in the walker's graph
  private final List<String> ids; // the questions answered, in the order given

  private AnswerSheet(Step[] byNode, List<String> ids) {
    this.byNode = byNode;
    this.ids = ids;
  }

  /** No answers at all: every question is asked, or missing. */
  public static AnswerSheet empty() {
    return EMPTY;
  }

  /** Checks every answer; the first that fails, in the order given, is the one reported. */
  public static Checked check(Walker walker, Map<String, String> answers) {
    Builder builder = new Builder(walker);
    answers.forEach(builder::add);
    return builder.build();
  }

  /**
   * Checks answers one by one as they are read (a batch line is never held as a map), keeping the
   * first that fails. Values may come typed, as JSON and tables give them: a whole number written
   * as a decimal ({@code 3.0}, as a table with gaps writes an integer column) answers a number
   * question, {@code true} and {@code false} answer a yes/no question, and nothing ({@code null}, an
   * empty cell) leaves the question unanswered. Each is taken for that kind of question only, so a
   * typed value never stands for a word it was not. Not for use by two threads at once.
   */
  public static final class Builder {
    private final Walker walker;
    private final Collection<String> otherNames;
    private final Step[] byNode;
    private final boolean[] unanswered; // by node: given as nothing, so that giving it again is still seen
    private final List<String> ids = new ArrayList<>();
    private Checked failed;
    private String unknown;

    public Builder(Walker walker) {
      this(walker, List.of());
    }

    /** {@code otherNames}: keys a line may also hold (its id, kept columns), offered when a key is misspelt. */
    public Builder(Walker walker, Collection<String> otherNames) {
      this.walker = walker;
      this.otherNames = otherNames;
      this.byNode = new Step[walker.graph().questionCount()];
      this.unanswered = new boolean[byNode.length];
    }

    /** An answer as words: the answer values, and the language's words for them. */
    public void add(String id, String value) {
      Walker.Entry entry = entry(id);
      if (entry != null) {
        take(entry, entry.words().exactOrNull(entry.question(), value), value);
      }
    }

    /**
     * A number as JSON writes it ({@code 3}, {@code 3.0}, {@code 3e2}): a whole number answers a
     * number question; for any other question it is read as the words it is written with.
     */
    public void addNumber(String id, String number) {
      Walker.Entry entry = entry(id);
      if (entry == null) {
        return;
      }
      if (!(entry.question() instanceof NumberQuestion)) {
        take(entry, entry.words().exactOrNull(entry.question(), number), number);
        return;
      }
      String whole = whole(number);
      take(entry, whole == null ? null : entry.words().exactOrNull(entry.question(), whole), number);
    }

    /** {@code true} or {@code false}: {@code yes} or {@code no} to a yes/no question, refused by any other. */
    public void addBoolean(String id, boolean value) {
      Walker.Entry entry = entry(id);
      if (entry == null) {
        return;
      }
      String word = value ? YesNoQuestion.YES : YesNoQuestion.NO;
      take(entry, entry.question() instanceof YesNoQuestion
          ? entry.words().exactOrNull(entry.question(), word) : null, Boolean.toString(value));
    }

    /** No answer ({@code null}): the question is named, so the name is checked, but left unanswered. */
    public void addNothing(String id) {
      Walker.Entry entry = entry(id);
      if (entry == null) {
        return;
      }
      if (byNode[entry.node()] != null || unanswered[entry.node()]) {
        failed = new Repeated(entry.question());
      } else {
        unanswered[entry.node()] = true;
      }
    }

    /**
     * A table's cell, which has no types: empty (or only spaces) is no answer; a whole number
     * written as a decimal answers a number question; {@code true} or {@code false}, in any case,
     * answers a yes/no question; anything else is read as words.
     */
    public void addCell(String id, String cell) {
      if (cell.isBlank()) {
        addNothing(id);
        return;
      }
      Walker.Entry entry = walker.entry(id);
      String text = cell.strip();
      if (entry != null && entry.question() instanceof NumberQuestion && whole(text) != null) {
        addNumber(id, text);
      } else if (entry != null && entry.question() instanceof YesNoQuestion
          && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
        addBoolean(id, text.equalsIgnoreCase("true"));
      } else {
        add(id, cell);
      }
    }

    /** The question with this id, or null when there is none or an earlier answer failed. */
    private Walker.Entry entry(String id) {
      if (failed != null || unknown != null) {
        return null;
      }
      Walker.Entry entry = walker.entry(id);
      if (entry == null) {
        unknown = id; // the did-you-mean is worked out only if it is reported
      }
      return entry;
    }

    private void take(Walker.Entry entry, Step step, String given) {
      if (step == null) {
        failed = new Invalid(entry.question(), given);
      } else if (byNode[entry.node()] != null || unanswered[entry.node()]) {
        failed = new Repeated(entry.question());
      } else {
        byNode[entry.node()] = step;
        ids.add(entry.question().id());
      }
    }

    public Checked build() {
      if (unknown != null) {
        Set<String> known = walker.questionnaire().questions().stream().map(Question::id).collect(Collectors.toSet());
        known.addAll(otherNames);
        return new Unknown(unknown, Suggestion.closest(unknown, known));
      }
      return failed != null ? failed : new Accepted(new AnswerSheet(byNode, ids));
    }
  }

  /**
   * The whole number a JSON number stands for, in plain digits ({@code 3.0} and {@code 3e0} are
   * {@code 3}), or null when it is not whole or does not fit a long.
   */
  static String whole(String number) {
    if (number.isEmpty() || number.length() > 100) {
      return null; // far longer than any whole number that fits a long needs
    }
    try {
      BigDecimal decimal = new BigDecimal(number);
      return Long.toString(decimal.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Whether this sheet answers the question with this id. */
  public boolean answers(String questionId) {
    return ids.contains(questionId);
  }

  /** The answer given to the question the walk stands at, if any. */
  public Optional<Step> answerAt(Walk walk) {
    return walk.node() < byNode.length ? Optional.ofNullable(byNode[walk.node()]) : Optional.empty();
  }

  public Reached walk(Walker walker) {
    return walk(walker, false);
  }

  /**
   * Walks, taking a question reached without an answer as {@code unsure} where it accepts that: not
   * knowing never lowers urgency. A question that does not accept {@code unsure} is still missing.
   */
  public Reached walkAssumingUnsure(Walker walker) {
    return walk(walker, true);
  }

  private Reached walk(Walker walker, boolean assumeUnsure) {
    List<String> assumed = List.of();
    Walk walk = walker.start();
    int used = 0;
    while (!walk.finished()) {
      Step step = walk.node() < byNode.length ? byNode[walk.node()] : null;
      if (step != null) {
        used++;
      } else if (assumeUnsure) {
        step = walker.parseExact(walk.question(), YesNoQuestion.UNSURE).orElse(null);
        if (step != null) {
          assumed = assumed.isEmpty() ? new ArrayList<>() : assumed;
          assumed.add(walk.question().id());
        }
      }
      if (step == null) {
        return new Missing(walk.question(), walk);
      }
      walk = walk.answer(step);
    }
    Verdict verdict = walk.verdict();
    return new Finished(verdict, used == ids.size() ? List.of() : unused(verdict.path()), assumed);
  }

  /** The ids answered that a walk along {@code path} never asked. */
  public List<String> unused(List<Step> path) {
    Set<String> asked = new HashSet<>();
    path.forEach(step -> asked.add(step.question().id()));
    List<String> unused = new ArrayList<>();
    for (String id : ids) {
      if (!asked.contains(id)) {
        unused.add(id);
      }
    }
    return unused;
  }
}
