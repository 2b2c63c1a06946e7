package triage.load;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Answered;
import triage.model.ChoiceQuestion;
import triage.model.Escalation;
import triage.model.Level;
import triage.model.Location;
import triage.model.NumberQuestion;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.RouteGraph;
import triage.model.Screen;
import triage.model.YesNoQuestion;
import triage.text.Suggestion;

/**
 * The checks without which a questionnaire cannot be walked safely: ids are unique, every reference
 * resolves, there are no loops, number ranges cover their span exactly, red flags accept "unsure",
 * and every raised level has an outcome to escalate to. The loader runs these on every load.
 */
public final class StructureCheck {

  private final Questionnaire questionnaire;
  private final List<Problem> problems = new ArrayList<>();

  private StructureCheck(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  public static List<Problem> problems(Questionnaire questionnaire) {
    StructureCheck check = new StructureCheck(questionnaire);
    check.uniqueIds();
    check.start();
    check.references();
    check.questions();
    check.escalations();
    check.skipsAndFollowUps();
    check.screens();
    check.loops();
    return check.problems;
  }

  private void uniqueIds() {
    Map<String, Location> nodes = new HashMap<>();
    for (Question question : questionnaire.questions()) {
      duplicate(nodes, question.id(), question.at(), "question");
    }
    for (Outcome outcome : questionnaire.outcomes()) {
      duplicate(nodes, outcome.id(), outcome.at(), "outcome");
    }
    Map<String, Location> advice = new HashMap<>();
    questionnaire.advice().forEach(a -> duplicate(advice, a.id(), a.at(), "advice"));
  }

  private void duplicate(Map<String, Location> seen, String id, Location at, String kind) {
    if (id.isEmpty()) {
      return;
    }
    Location first = seen.putIfAbsent(id, at);
    if (first != null) {
      problems.add(Problem.error(at, "duplicate-id",
          kind + " id `" + id + "` is already used at line " + first.line() + "; ids must be unique"));
    }
  }

  private Set<String> nodeIds() {
    Set<String> ids = new LinkedHashSet<>();
    questionnaire.questions().forEach(q -> ids.add(q.id()));
    questionnaire.outcomes().forEach(o -> ids.add(o.id()));
    return ids;
  }

  private void start() {
    String start = questionnaire.start();
    if (start.isEmpty() || questionnaire.question(start).isPresent()) {
      return;
    }
    Set<String> questionIds = questionnaire.questions().stream().map(Question::id).collect(Collectors.toSet());
    problems.add(Problem.error(questionnaire.startAt(), "reference", "`start` names `" + start
        + "`, which is not a question" + Suggestion.didYouMean(start, questionIds)));
  }

  private void references() {
    Set<String> nodes = nodeIds();
    Set<String> advice = questionnaire.advice().stream().map(a -> a.id()).collect(Collectors.toSet());
    for (Question question : questionnaire.questions()) {
      for (Answer answer : question.answers()) {
        String next = answer.route().next();
        if (!next.isEmpty() && !nodes.contains(next)) {
          problems.add(Problem.error(answer.route().at(), "reference", "question `" + question.id()
              + "` sends `" + answer.value() + "` to `" + next + "`, " + (advice.contains(next)
                  ? "which is advice, not a question or an outcome: `next` names where the walk goes; give advice"
                      + " with `advice: [" + next + "]` beside it"
                  : "which does not exist" + Suggestion.didYouMean(next, nodes))));
        }
        if (next.equals(question.id())) {
          problems.add(Problem.error(answer.route().at(), "cycle", "question `" + question.id()
              + "` sends `" + answer.value() + "` back to itself"));
        }
        for (String id : answer.route().advice()) {
          if (!advice.contains(id)) {
            problems.add(Problem.error(answer.at(), "reference", "question `" + question.id() + "`: answer `"
                + answer.value() + "` adds advice `" + id + "`, which does not exist"
                + Suggestion.didYouMean(id, advice)));
          }
        }
      }
    }
    for (Outcome outcome : questionnaire.outcomes()) {
      for (String id : outcome.advice()) {
        if (!advice.contains(id)) {
          problems.add(Problem.error(outcome.at(), "reference", "outcome `" + outcome.id() + "` gives advice `"
              + id + "`, which does not exist" + Suggestion.didYouMean(id, advice)));
        }
      }
    }
  }

  private void questions() {
    for (Question question : questionnaire.questions()) {
      if (question.redFlag().isPresent()) {
        if (question instanceof ChoiceQuestion) {
          problems.add(Problem.error(question.at(), "type", "question `" + question.id()
              + "`: only a yes-no or a number question can be a `red_flag`"));
        } else if (question.answers().stream().noneMatch(a -> a.value().equals(YesNoQuestion.UNSURE))) {
          problems.add(Problem.error(question.at(), "unsure", "question `" + question.id()
              + "` is a red flag, so it must accept `unsure`: not knowing must never lower urgency"));
        }
      }
      Set<String> values = new HashSet<>();
      for (Answer answer : question.answers()) {
        if (!values.add(answer.value())) {
          problems.add(Problem.error(answer.at(), "duplicate-id", "question `" + question.id()
              + "` offers `" + answer.value() + "` twice"));
        }
      }
      if (question instanceof NumberQuestion number) {
        ranges(number);
      }
    }
  }

  private void ranges(NumberQuestion number) {
    String q = "question `" + number.id() + "`";
    if (number.min() > number.max()) {
      problems.add(Problem.error(number.at(), "range", q + ": `min` " + number.min()
          + " is greater than `max` " + number.max()));
      return;
    }
    List<NumberQuestion.Range> ranges = new ArrayList<>(number.ranges());
    ranges.removeIf(r -> {
      if (r.min() > r.max()) {
        problems.add(Problem.error(r.answer().at(), "range", q + ": range " + r.min() + " to " + r.max()
            + " is empty; its `min` is greater than its `max`"));
        return true;
      }
      return false;
    });
    if (ranges.isEmpty()) {
      return;
    }
    ranges.sort(Comparator.comparingLong(NumberQuestion.Range::min));
    // In BigInteger: one past Long.MAX_VALUE, or one before Long.MIN_VALUE, must not wrap round.
    BigInteger covered = BigInteger.valueOf(number.min()).subtract(BigInteger.ONE); // all up to here have a range
    NumberQuestion.Range previous = null;
    for (NumberQuestion.Range range : ranges) {
      BigInteger min = BigInteger.valueOf(range.min());
      BigInteger firstUncovered = covered.add(BigInteger.ONE);
      if (min.compareTo(firstUncovered) > 0) {
        problems.add(Problem.error(range.answer().at(), "range", q + ": no range covers "
            + span(firstUncovered.longValueExact(), range.min() - 1)));
      } else if (previous != null && min.compareTo(covered) <= 0) {
        problems.add(Problem.error(range.answer().at(), "range", q + ": range " + range.min() + " to "
            + range.max() + " overlaps range " + previous.min() + " to " + previous.max() + " ("
            + span(range.min(), Math.min(covered.longValueExact(), range.max())) + ")"));
      }
      if (BigInteger.valueOf(range.max()).compareTo(covered) > 0) {
        covered = BigInteger.valueOf(range.max());
        previous = range;
      }
    }
    NumberQuestion.Range first = ranges.get(0);
    if (first.min() < number.min()) {
      problems.add(Problem.error(first.answer().at(), "range", q + ": range starts at " + first.min()
          + ", below the question's `min` " + number.min()));
    }
    int end = covered.compareTo(BigInteger.valueOf(number.max()));
    if (end < 0) {
      problems.add(Problem.error(number.at(), "range", q + ": no range covers "
          + span(covered.longValueExact() + 1, number.max())));
    } else if (end > 0) {
      problems.add(Problem.error(previous.answer().at(), "range", q + ": range ends at " + covered
          + ", above the question's `max` " + number.max()));
    }
  }

  private static String span(long from, long to) {
    return from == to ? Long.toString(from) : from + " to " + to;
  }

  private void escalations() {
    Map<Level, Escalation> byLevel = new HashMap<>();
    for (Escalation escalation : questionnaire.escalations()) {
      byLevel.put(escalation.level(), escalation);
      questionnaire.outcome(escalation.outcome()).ifPresentOrElse(outcome -> {
        if (outcome.level() != escalation.level()) {
          problems.add(Problem.error(escalation.at(), "escalation", "`escalation` sends " + escalation.level().word()
              + " to outcome `" + outcome.id() + "`, whose level is " + outcome.level().word()));
        }
      }, () -> problems.add(Problem.error(escalation.at(), "reference", "`escalation` names outcome `"
          + escalation.outcome() + "`, which does not exist" + Suggestion.didYouMean(escalation.outcome(),
          questionnaire.outcomes().stream().map(Outcome::id).toList()))));
    }
    for (Question question : questionnaire.questions()) {
      for (Answer answer : question.answers()) {
        answer.route().raise().filter(level -> level != Level.SELF_CARE && !byLevel.containsKey(level))
            .ifPresent(level -> problems.add(Problem.error(answer.at(), "escalation", "question `"
                + question.id() + "`: answer `" + answer.value() + "` raises the level to " + level.word()
                + ", but `escalation` names no outcome for " + level.word())));
      }
    }
  }

  /** Skips lead somewhere and do not skip always; follow-ups and advice name answers that exist. */
  private void skipsAndFollowUps() {
    Set<String> nodes = nodeIds();
    for (Question question : questionnaire.questions()) {
      String q = "question `" + question.id() + "`";
      question.skip().ifPresent(skip -> {
        if (!nodes.contains(skip.next())) {
          problems.add(Problem.error(skip.at(), "reference", q + ": `skip` goes to `" + skip.next()
              + "`, which does not exist" + Suggestion.didYouMean(skip.next(), nodes)));
        } else if (skip.next().equals(question.id())) {
          problems.add(Problem.error(skip.at(), "cycle", q + ": `skip` goes back to the question itself"));
        }
        if (skip.when() == Level.SELF_CARE) {
          problems.add(Problem.error(skip.at(), "skip", q + ": skipped from self-care on, it is never asked;"
              + " give the level from which it is no longer needed, such as urgent"));
        }
      });
      for (Answered opening : question.openedBy()) {
        answers(opening, q + ": `opened_by`");
      }
    }
    for (Advice advice : questionnaire.advice()) {
      for (Answered condition : advice.unless()) {
        answers(condition, "advice `" + advice.id() + "`: `unless`");
      }
    }
  }

  /**
   * A screen shows yes/no questions of one level that every walk may meet (no follow-ups), each on
   * one screen only: "Do any of these apply?" must not mix an emergency sign with a tailoring one.
   */
  private void screens() {
    Set<String> questionIds = questionnaire.questions().stream().map(Question::id).collect(Collectors.toSet());
    Map<String, String> onScreen = new HashMap<>();
    for (Screen screen : questionnaire.screens()) {
      String s = "screen `" + screen.id() + "`";
      Set<Optional<Level>> levels = new HashSet<>();
      for (String id : screen.questions()) {
        Optional<Question> found = questionnaire.question(id);
        if (found.isEmpty()) {
          problems.add(Problem.error(screen.at(), "reference", s + " names question `" + id + "`, which does not"
              + " exist" + Suggestion.didYouMean(id, questionIds)));
          continue;
        }
        Question question = found.get();
        String other = onScreen.putIfAbsent(id, screen.id());
        if (other != null) {
          problems.add(Problem.error(screen.at(), "screen", s + ": question `" + id + "` is already on screen `"
              + other + "`; a question is on one screen at most"));
        } else if (!(question instanceof YesNoQuestion)) {
          problems.add(Problem.error(screen.at(), "screen", s + ": question `" + id + "` is not a yes/no question;"
              + " only yes/no questions can share a screen"));
        } else if (question.isFollowUp()) {
          problems.add(Problem.error(screen.at(), "screen", s + ": question `" + id + "` is a follow-up; it is"
              + " asked on its own, right after the answer that opens it"));
        }
        levels.add(question.redFlag());
      }
      if (levels.size() > 1) {
        problems.add(Problem.error(screen.at(), "screen", s + " mixes questions of different levels ("
            + levels.stream().map(l -> l.map(Level::word).orElse("no red flag")).sorted()
                .collect(Collectors.joining(", ")) + "); a screen holds signs of one level"));
      }
    }
  }

  /** Answers named by value: the question exists and offers each value. */
  private void answers(Answered answered, String where) {
    Optional<Question> question = questionnaire.question(answered.question());
    if (question.isEmpty()) {
      problems.add(Problem.error(answered.at(), "reference", where + " names question `" + answered.question()
          + "`, which does not exist" + Suggestion.didYouMean(answered.question(),
          questionnaire.questions().stream().map(Question::id).toList())));
      return;
    }
    List<String> values = question.get().answers().stream().map(Answer::value).toList();
    for (String value : answered.answers()) {
      if (!values.contains(value)) {
        problems.add(Problem.error(answered.at(), "reference", where + " names answer `" + value + "` of question `"
            + answered.question() + "`, which offers " + String.join(", ", values)
            + Suggestion.didYouMean(value, values)));
      }
    }
  }

  private void loops() {
    RouteGraph graph = questionnaire.graph();
    for (RouteGraph.LoopRoute loop : graph.loops()) {
      Question from = graph.question(loop.from());
      if (loop.loop().size() == 2) {
        continue; // a question sending an answer to itself is reported with the references
      }
      String names = loop.loop().stream().map(graph::id).collect(Collectors.joining(" -> "));
      if (loop.answer() == from.answers().size()) {
        problems.add(Problem.error(from.skip().orElseThrow().at(), "cycle", "question `" + from.id()
            + "`: `skip` goes back to `" + graph.id(loop.loop().get(0)) + "`, a loop: " + names));
        continue;
      }
      Answer answer = from.answers().get(loop.answer());
      problems.add(Problem.error(answer.route().at(), "cycle", "question `" + from.id() + "` sends `"
          + answer.value() + "` back to `" + graph.id(loop.loop().get(0)) + "`, a loop: " + names));
    }
  }
}
