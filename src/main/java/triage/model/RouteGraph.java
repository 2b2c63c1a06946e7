package triage.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire as a graph of numbered nodes: questions first (0 to questionCount-1), then
 * outcomes. Every algorithm here is iterative, so a tree of 100,000 questions in a row cannot
 * overflow the stack.
 */
public final class RouteGraph {

  /** A route that points at nothing. */
  public static final int NOWHERE = -1;

  private final List<Question> questions = new ArrayList<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] next;
  private final int[][] targets; // by question: where its answers lead, then where its skip leads, if it has one
  private final int start;
  private volatile int[] order; // worked out on first use, then shared

  /**
   * A route that closes a loop: question {@code from}'s answer {@code answer} leads back; an
   * {@code answer} equal to the number of its answers is the question's skip.
   */
  public record LoopRoute(int from, int answer, List<Integer> loop) {}

  /** Prefer {@link Questionnaire#graph()}, which builds this once. */
  RouteGraph(Questionnaire questionnaire) {
    for (Question question : questionnaire.questions()) {
      if (index.putIfAbsent(question.id(), questions.size()) == null) {
        questions.add(question);
      }
    }
    for (Outcome outcome : questionnaire.outcomes()) {
      if (!index.containsKey(outcome.id())) {
        index.put(outcome.id(), questions.size() + outcomes.size());
        outcomes.add(outcome);
      }
    }
    next = new int[questions.size()][];
    for (int q = 0; q < questions.size(); q++) {
      List<Answer> answers = questions.get(q).answers();
      next[q] = new int[answers.size()];
      for (int a = 0; a < answers.size(); a++) {
        next[q][a] = index.getOrDefault(answers.get(a).route().next(), NOWHERE);
      }
    }
    targets = new int[questions.size()][];
    for (int q = 0; q < questions.size(); q++) {
      Optional<Skip> skip = questions.get(q).skip();
      targets[q] = skip.isEmpty() ? next[q] : Arrays.copyOf(next[q], next[q].length + 1);
      if (skip.isPresent()) {
        targets[q][next[q].length] = index.getOrDefault(skip.get().next(), NOWHERE);
      }
    }
    int s = index.getOrDefault(questionnaire.start(), NOWHERE);
    start = s >= 0 && s < questions.size() ? s : NOWHERE;
  }

  public int questionCount() {
    return questions.size();
  }

  public int nodeCount() {
    return questions.size() + outcomes.size();
  }

  public boolean isQuestion(int node) {
    return node >= 0 && node < questions.size();
  }

  public Question question(int node) {
    return questions.get(node);
  }

  public Outcome outcome(int node) {
    return outcomes.get(node - questions.size());
  }

  public Optional<Integer> node(String id) {
    return Optional.ofNullable(index.get(id));
  }

  public String id(int node) {
    return isQuestion(node) ? question(node).id() : outcome(node).id();
  }

  public int start() {
    return start;
  }

  /** Where each answer of question {@code node} leads, in answer order. */
  public int[] next(int node) {
    return next[node];
  }

  /** Where question {@code node}'s skip leads, or {@link #NOWHERE} when it has none (or it names nothing). */
  public int skipTarget(int node) {
    return targets[node].length > next[node].length ? targets[node][next[node].length] : NOWHERE;
  }

  /**
   * Every route that closes a loop, with the loop it closes. Depth-first: a route to a question
   * still on the way down is a loop.
   */
  public List<LoopRoute> loops() {
    List<LoopRoute> loops = new ArrayList<>();
    int n = questions.size();
    byte[] state = new byte[n]; // 0 new, 1 on the way down, 2 done
    int[] stack = new int[n];
    int[] answerAt = new int[n];
    for (int root = 0; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      stack[0] = root;
      answerAt[0] = 0;
      state[root] = 1;
      while (depth >= 0) {
        int q = stack[depth];
        if (answerAt[depth] == targets[q].length) {
          state[q] = 2;
          depth--;
          continue;
        }
        int a = answerAt[depth]++;
        int target = targets[q][a];
        if (!isQuestion(target)) {
          continue;
        }
        if (state[target] == 1) {
          List<Integer> loop = new ArrayList<>();
          int from = depth;
          while (stack[from] != target) {
            from--;
          }
          for (int i = from; i <= depth; i++) {
            loop.add(stack[i]);
          }
          loop.add(target);
          loops.add(new LoopRoute(q, a, loop));
        } else if (state[target] == 0) {
          depth++;
          stack[depth] = target;
          answerAt[depth] = 0;
          state[target] = 1;
        }
      }
    }
    return loops;
  }

  /**
   * The questions in an order where every question comes before every question it can lead to.
   * Only meaningful when there are no {@link #loops()}.
   */
  public int[] topologicalOrder() {
    if (order == null) {
      order = sort();
    }
    return order;
  }

  private int[] sort() {
    int n = questions.size();
    int[] incoming = new int[n];
    for (int q = 0; q < n; q++) {
      for (int target : targets[q]) {
        if (isQuestion(target)) {
          incoming[target]++;
        }
      }
    }
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int q = 0; q < n; q++) {
      if (incoming[q] == 0) {
        order[tail++] = q;
      }
    }
    while (head < tail) {
      int q = order[head++];
      for (int target : targets[q]) {
        if (isQuestion(target) && --incoming[target] == 0) {
          order[tail++] = target;
        }
      }
    }
    return tail == n ? order : Arrays.copyOf(order, tail);
  }
}
