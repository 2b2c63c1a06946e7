package triage.fhir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import triage.model.Answer;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.walk.StepRule;

/**
 * When each question and outcome of a questionnaire is reached, and which level a walk ends at, as
 * FHIRPath over a QuestionnaireResponse that holds the answers of one walk (a renderer leaves the
 * answers of disabled items out). Worked out from the transitions of the {@link StepRule} alone, so
 * skips, raises and escalation follow it exactly: a question is reached when an answer that leads
 * to it was given, and, where the step rule routes by the level raised so far (a skip), when the
 * answers given before that answer raised the level to one at which it leads there.
 */
final class Reach {

  /** An answer ({@code answer} of the question at node {@code from}) that leads on to some node. */
  record Way(int from, int answer) {}

  /** A walk ends by answer {@code way} at {@code level}, with the words of the outcome at node {@code words}. */
  record End(Way way, Level level, int words) {}

  /**
   * A coded answer given: terms of this kind in one {@link #or} are tested at once, with one
   * {@code intersect}, which keeps the expressions short enough for a renderer to evaluate live.
   */
  record Given(String linkId, String code) {
    String pair() {
      return "'" + linkId + "=" + code + "'";
    }
  }

  private final StepRule rule;
  private final RouteGraph graph;
  private final List<EnumSet<Level>> levelsAt = new ArrayList<>(); // by question node: levels raised on arriving
  private final List<Map<Way, EnumSet<Level>>> into = new ArrayList<>(); // by node: way in -> levels it holds at
  private final Map<End, EnumSet<Level>> ends = new LinkedHashMap<>();
  private final BitSet[] before; // by question node: the questions a walk may have answered before it
  private final int start;

  Reach(StepRule rule) {
    this.rule = rule;
    this.graph = rule.graph();
    for (int n = 0; n < graph.nodeCount(); n++) {
      into.add(new LinkedHashMap<>());
      levelsAt.add(EnumSet.noneOf(Level.class));
    }
    boolean[] reached = rule.reachable(state -> true);
    for (int state = 0; state < reached.length; state++) {
      if (!reached[state] || !rule.asks(state)) {
        continue;
      }
      int from = StepRule.node(state);
      Level raised = StepRule.raised(state);
      levelsAt.get(from).add(raised);
      for (int a = 0; a < rule.answerCount(state); a++) {
        int next = rule.next(state, a);
        if (next == StepRule.NOWHERE) {
          continue;
        }
        Way way = new Way(from, a);
        into.get(StepRule.node(next)).computeIfAbsent(way, w -> EnumSet.noneOf(Level.class)).add(raised);
        if (!rule.asks(next)) {
          ends.computeIfAbsent(new End(way, rule.level(next), rule.outcome(next)), e -> EnumSet.noneOf(Level.class))
              .add(raised);
        }
      }
    }
    int first = rule.start();
    start = first == StepRule.NOWHERE ? RouteGraph.NOWHERE : StepRule.node(first);
    before = new BitSet[graph.questionCount()];
    for (int q = 0; q < before.length; q++) {
      before[q] = new BitSet();
    }
    for (boolean changed = true; changed; ) { // no loops in a valid file: this settles
      changed = false;
      for (int q = 0; q < before.length; q++) {
        BitSet all = new BitSet();
        for (Way way : into.get(q).keySet()) {
          all.or(before[way.from()]);
          all.set(way.from());
        }
        if (!all.equals(before[q])) {
          before[q] = all;
          changed = true;
        }
      }
    }
  }

  /** Whether the node is where every walk begins. */
  boolean isStart(int node) {
    return node == start;
  }

  /** Whether the node is reached only by answers, whatever level was raised before them (no skip routes into it). */
  boolean byAnswersAlone(int node) {
    return !isStart(node) && !into.get(node).isEmpty() && into.get(node).entrySet().stream()
        .allMatch(way -> way.getValue().containsAll(levelsAt.get(way.getKey().from())));
  }

  /** The answers that lead into the node. */
  List<Way> ways(int node) {
    return List.copyOf(into.get(node).keySet());
  }

  /** FHIRPath: the node is reached. */
  String reached(int node) {
    if (isStart(node)) {
      return "true";
    }
    return or(into.get(node).entrySet().stream().map(way -> taken(way.getKey(), way.getValue())).toList());
  }

  /** Every way a walk ends, with the levels raised before the last answer at which it ends so. */
  Map<End, EnumSet<Level>> ends() {
    return ends;
  }

  /** FHIRPath (a term of {@link #or}): answer {@code way} was given with one of {@code levels} raised before it. */
  Object taken(Way way, EnumSet<Level> levels) {
    Object answered = answered(way.from(), way.answer());
    String level = levelIn(way.from(), levels);
    return level.equals("true") ? answered : "(" + or(List.of(answered)) + " and " + level + ")";
  }

  /** FHIRPath: the walk ended at {@code level}, or empty while it has not ended. Most urgent first. */
  String verdictLevel() {
    String expression = "{}";
    for (Level level : Level.values()) {
      List<Object> at = ends.entrySet().stream().filter(end -> end.getKey().level() == level)
          .map(end -> taken(end.getKey().way(), end.getValue())).toList();
      if (!at.isEmpty()) {
        expression = "iif(" + or(at) + ", '" + level.word() + "', " + expression + ")";
      }
    }
    return expression;
  }

  /** FHIRPath: the level raised before question {@code q} is one of {@code levels}. */
  private String levelIn(int q, EnumSet<Level> levels) {
    EnumSet<Level> possible = levelsAt.get(q);
    EnumSet<Level> wanted = EnumSet.copyOf(levels);
    wanted.retainAll(possible);
    if (wanted.containsAll(possible)) {
      return "true";
    }
    for (Level from : Level.values()) {
      if (wanted.equals(at(possible, from, true))) {
        return atLeast(q, from);
      }
      if (wanted.equals(at(possible, from, false))) {
        return "(" + atLeast(q, from) + ").not()";
      }
    }
    return or(wanted.stream().map(level -> level.ordinal() + 1 < Level.values().length
        ? "(" + atLeast(q, level) + " and (" + atLeast(q, Level.values()[level.ordinal() + 1]) + ").not())"
        : atLeast(q, level)).toList());
  }

  private static EnumSet<Level> at(EnumSet<Level> possible, Level from, boolean above) {
    EnumSet<Level> some = EnumSet.noneOf(Level.class);
    possible.stream().filter(level -> level.below(from) != above).forEach(some::add);
    return some;
  }

  /** FHIRPath: an answer given before question {@code q} raised the level to {@code level} or higher. */
  private String atLeast(int q, Level level) {
    if (level == Level.SELF_CARE) {
      return "true";
    }
    List<Object> raising = new ArrayList<>();
    before[q].stream().forEach(p -> {
      for (int a = 0; a < graph.question(p).answers().size(); a++) {
        int next = rule.next(StepRule.state(p, Level.SELF_CARE), a);
        if (next != StepRule.NOWHERE && !StepRule.raised(next).below(level)) {
          raising.add(answered(p, a));
        }
      }
    });
    return raising.isEmpty() ? "false" : or(raising);
  }

  /** FHIRPath (a term of {@link #or}): answer {@code a} was given to the question at node {@code q}. */
  Object answered(int q, int a) {
    Question question = graph.question(q);
    Answer answer = question.answers().get(a);
    String item = "%resource.item.where(linkId = '" + question.id() + "')";
    if (question instanceof NumberQuestion number) {
      String unsure = "%resource.item.where(linkId = '" + FhirNames.unsure(question.id())
          + "').answer.value.where($this = true).exists()";
      if (number.unsure().isPresent() && a == number.ranges().size()) {
        return unsure;
      }
      NumberQuestion.Range range = number.ranges().get(a);
      String in = item + ".answer.value.where($this >= " + range.min() + " and $this <= " + range.max() + ").exists()";
      return number.unsure().isPresent() ? "(" + in + " and " + unsure + ".not())" : in;
    }
    return new Given(question.id(), answer.value());
  }

  /** FHIRPath: any of the terms holds (a {@link Given} answer, or an expression). */
  static String or(List<?> terms) {
    List<String> all = new ArrayList<>();
    List<String> given = terms.stream().filter(Given.class::isInstance).map(term -> ((Given) term).pair())
        .distinct().toList();
    if (!given.isEmpty()) {
      all.add("%resource.item.select(linkId & '=' & answer.value.code).intersect(" + String.join(" | ", given)
          + ").exists()");
    }
    terms.stream().filter(String.class::isInstance).map(String.class::cast).distinct().forEach(all::add);
    if (all.isEmpty()) {
      return "false";
    }
    return all.size() == 1 ? all.get(0) : "(" + String.join(" or ", all) + ")";
  }
}
