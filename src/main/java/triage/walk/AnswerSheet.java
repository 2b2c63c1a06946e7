package triage.walk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
   * first that fails. Not for use by two threads at once.
   */
  public static final class Builder {
    private final Walker walker;
    private final Step[] byNode;
    private final List<String> ids = new ArrayList<>();
    private Checked failed;
    private String unknown;

    public Builder(Walker walker) {
      this.walker = walker;
      this.byNode = new Step[walker.graph().questionCount()];
    }

    public void add(String id, String value) {
      if (failed != null || unknown != null) {
        return;
      }
      Walker.Entry entry = walker.entry(id);
      if (entry == null) {
        unknown = id; // the did-you-mean is worked out only if it is reported
        return;
      }
      Step step = AnswerParser.exactOrNull(entry.words(), entry.question(), value);
      if (step == null) {
        failed = new Invalid(entry.question(), value);
      } else if (byNode[entry.node()] != null) {
        failed = new Repeated(entry.question());
      } else {
        byNode[entry.node()] = step;
        ids.add(id);
      }
    }

    public Checked build() {
      if (unknown != null) {
        Set<String> known = walker.questionnaire().questions().stream().map(Question::id).collect(Collectors.toSet());
        return new Unknown(unknown, Suggestion.closest(unknown, known));
      }
      return failed != null ? failed : new Accepted(new AnswerSheet(byNode, ids));
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
