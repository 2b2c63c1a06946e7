package triage.walk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntPredicate;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.RouteGraph;

/**
 * The one rule for a step of a walk: where an answer leads, what level it raises to, and what
 * verdict a walk that has ended gives. A walk stands in a <em>state</em>: a node of the
 * questionnaire's graph (a question to ask, or the outcome reached) together with the highest level
 * raised so far, packed in one {@code int}. The walker, path counting and listing, the verdict
 * diff, the safety, coverage and reachability checks and the scenario runner all move through
 * states with this rule and no other, so a routing feature written here holds for all of them.
 *
 * <p>Built once per questionnaire (see {@link Walker#rule()}); immutable, so threads may share it.
 * Tolerates routes to ids that do not exist (they lead {@link #NOWHERE}), so that checks can run on
 * a questionnaire that has errors.
 */
public final class StepRule {

  /** Where a route to an id that does not exist leads; also the start of a questionnaire without one. */
  public static final int NOWHERE = -1;

  private static final Level[] LEVELS = Level.values();

  private final RouteGraph graph;
  private final Level[][] raises; // by question node, then answer
  private final int[] escalation = new int[LEVELS.length]; // outcome node by level, or NOWHERE
  private final Level[] skipFrom; // by question node: the level from which it is skipped, or null

  public StepRule(Questionnaire questionnaire) {
    this.graph = questionnaire.graph();
    raises = new Level[graph.questionCount()][];
    for (int q = 0; q < graph.questionCount(); q++) {
      Question question = graph.question(q);
      raises[q] = new Level[question.answers().size()];
      for (int a = 0; a < raises[q].length; a++) {
        raises[q][a] = question.answers().get(a).route().raise().orElse(Level.SELF_CARE);
      }
    }
    skipFrom = new Level[graph.questionCount()];
    for (int q = 0; q < graph.questionCount(); q++) {
      skipFrom[q] = graph.question(q).skip().map(skip -> skip.when()).orElse(null);
    }
    for (Level level : LEVELS) {
      escalation[level.ordinal()] = questionnaire.escalation(level)
          .flatMap(outcome -> graph.node(outcome.id())).orElse(RouteGraph.NOWHERE);
    }
  }

  /** The state of a walk standing at {@code node} with {@code raised} the highest level raised so far. */
  public static int state(int node, Level raised) {
    return node * LEVELS.length + raised.ordinal();
  }

  /** The node of the graph a state stands at. */
  public static int node(int state) {
    return state / LEVELS.length;
  }

  /** The highest level raised on the way to a state. */
  public static Level raised(int state) {
    return LEVELS[state % LEVELS.length];
  }

  /** How many states there are: every node with every level; states are numbered from 0 to this. */
  public int stateCount() {
    return graph.nodeCount() * LEVELS.length;
  }

  public RouteGraph graph() {
    return graph;
  }

  /** Where every walk begins: the first question, nothing raised; {@link #NOWHERE} without a first question. */
  public int start() {
    return arrive(graph.start(), Level.SELF_CARE);
  }

  /** Whether a walk in this state has a question to ask (otherwise it has ended). */
  public boolean asks(int state) {
    return graph.isQuestion(node(state));
  }

  /** The question a walk in this state asks. */
  public Question question(int state) {
    return graph.question(node(state));
  }

  /** How many answers the question of this state offers. */
  public int answerCount(int state) {
    return raises[node(state)].length;
  }

  /** The answer {@code answer} of the question of this state. */
  public Answer answer(int state, int answer) {
    return question(state).answers().get(answer);
  }

  /** The state after answering {@code answer} in {@code state}; {@link #NOWHERE} for a route to nothing. */
  public int next(int state, int answer) {
    int node = node(state);
    return arrive(graph.next(node)[answer], raised(state).atLeast(raises[node][answer]));
  }

  /**
   * The state of a walk that arrives at {@code node} with {@code raised}: a question skipped from
   * that level on passes the walk on to its skip's target, and so on, without being asked.
   */
  private int arrive(int node, Level raised) {
    for (int passed = 0; passed <= graph.questionCount(); passed++) {
      if (node == RouteGraph.NOWHERE) {
        return NOWHERE;
      }
      if (!graph.isQuestion(node) || skipFrom[node] == null || raised.below(skipFrom[node])) {
        return state(node, raised);
      }
      node = graph.skipTarget(node);
    }
    return NOWHERE; // skips that lead round in a loop (a file with errors)
  }

  /**
   * The states a walk can reach from the start, passing only through states {@code within} accepts
   * (a state it refuses is neither reached nor walked through).
   */
  public boolean[] reachable(IntPredicate within) {
    boolean[] reached = new boolean[stateCount()];
    int start = start();
    if (start == NOWHERE || !within.test(start)) {
      return reached;
    }
    Deque<Integer> pending = new ArrayDeque<>();
    reached[start] = true;
    pending.add(start);
    while (!pending.isEmpty()) {
      int state = pending.poll();
      if (!asks(state)) {
        continue;
      }
      for (int a = 0; a < answerCount(state); a++) {
        int next = next(state, a);
        if (next != NOWHERE && !reached[next] && within.test(next)) {
          reached[next] = true;
          pending.add(next);
        }
      }
    }
    return reached;
  }

  /**
   * The level answer {@code answer} in {@code state} stands for by itself: what it raises to, or,
   * when it ends the walk, the level of the outcome it reaches if that is higher. A verdict names the
   * answers whose level is above self-care as its reasons.
   */
  public Level cause(int state, int answer) {
    Level raise = raises[node(state)][answer];
    int next = next(state, answer);
    return next == NOWHERE || asks(next) ? raise : raise.atLeast(graph.outcome(node(next)).level());
  }

  /** The outcome a walk that has ended in this state reached (before any escalation). */
  public Outcome reached(int end) {
    return graph.outcome(node(end));
  }

  /** The verdict's level for a walk that has ended in this state: the higher of the outcome's and the raised level. */
  public Level level(int end) {
    return reached(end).level().atLeast(raised(end));
  }

  /**
   * The node of the outcome whose words a verdict uses on ending in this state: the outcome reached,
   * or, when raises lifted the level above it, the escalation outcome for that level.
   */
  public int outcome(int end) {
    Level level = level(end);
    int escalated = escalation(level);
    return level == reached(end).level() || escalated == RouteGraph.NOWHERE ? node(end) : escalated;
  }

  /** The node of the outcome whose words a verdict raised to {@code level} uses; {@link #NOWHERE} when none. */
  public int escalation(Level level) {
    return escalation[level.ordinal()];
  }
}
