package triage.walk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Level;
import triage.model.Answer;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.RouteGraph;

/**
 * Walks one questionnaire: holds what every walk of it shares, worked out once (the graph, the
 * longest way on from each question, the words each question takes, the advice each outcome and
 * answer gives), so that a walk costs array lookups. The questionnaire must have loaded without
 * errors. Immutable, so many threads may share one.
 */
public final class Walker {

  /** A question, where it stands in the graph, and the words it takes exactly. */
  record Entry(Question question, int node, AnswerParser.Words words) {}

  /** Answers to one question (by their place among its answers) after which a piece of advice is not given. */
  record Unless(int node, boolean[] answers) {}

  private final Questionnaire questionnaire;
  private final String language; // the language answers are read in
  private final StepRule rule;
  private final RouteGraph graph;
  private volatile int[] longestFrom; // by state: built on first use (only prompts need it)
  private volatile Map<String, Entry> entries; // for reading answers by id: built on first use
  private final Advice[] advice;
  private final int[][] outcomeAdvice; // by outcome node - questionCount
  private final int[][][] answerAdvice; // by question node, then answer
  private final Answer[][] answers; // by question node
  private final Unless[][] unless; // by advice: the answers after which it is not given

  /** A walker reading answers in the questionnaire's default language. */
  public Walker(Questionnaire questionnaire) {
    this(questionnaire, questionnaire.language());
  }

  /** A walker reading answers in {@code language}: its words, besides yes, no and unsure themselves. */
  public Walker(Questionnaire questionnaire, String language) {
    this.questionnaire = questionnaire;
    this.language = language;
    this.rule = new StepRule(questionnaire);
    this.graph = rule.graph();
    Map<String, Integer> adviceIndex = new HashMap<>();
    List<Advice> all = new ArrayList<>();
    for (Advice a : questionnaire.advice()) {
      if (adviceIndex.putIfAbsent(a.id(), all.size()) == null) {
        all.add(a);
      }
    }
    this.advice = all.toArray(Advice[]::new);
    answerAdvice = new int[graph.questionCount()][][];
    answers = new Answer[graph.questionCount()][];
    for (int q = 0; q < graph.questionCount(); q++) {
      Question question = graph.question(q);
      answers[q] = question.answers().toArray(Answer[]::new);
      answerAdvice[q] = new int[answers[q].length][];
      for (int a = 0; a < answers[q].length; a++) {
        answerAdvice[q][a] = indexes(answers[q][a].route().advice(), adviceIndex);
      }
    }
    unless = new Unless[advice.length][];
    for (int i = 0; i < advice.length; i++) {
      unless[i] = advice[i].unless().stream()
          .flatMap(answered -> graph.node(answered.question()).filter(graph::isQuestion).stream()
              .map(node -> new Unless(node, chosen(answers[node], answered.answers()))))
          .toArray(Unless[]::new);
    }
    outcomeAdvice = new int[graph.nodeCount() - graph.questionCount()][];
    for (int o = graph.questionCount(); o < graph.nodeCount(); o++) {
      outcomeAdvice[o - graph.questionCount()] = indexes(graph.outcome(o).advice(), adviceIndex);
    }
  }

  /** Which of a question's answers have one of these values. */
  private static boolean[] chosen(Answer[] answers, List<String> values) {
    boolean[] chosen = new boolean[answers.length];
    for (int a = 0; a < answers.length; a++) {
      chosen[a] = values.contains(answers[a].value());
    }
    return chosen;
  }

  private static int[] indexes(List<String> ids, Map<String, Integer> adviceIndex) {
    return ids.stream().map(adviceIndex::get).filter(i -> i != null).mapToInt(Integer::intValue).toArray();
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The language answers are read in. */
  public String language() {
    return language;
  }

  public RouteGraph graph() {
    return graph;
  }

  /** The rule every step of a walk of this questionnaire follows. */
  public StepRule rule() {
    return rule;
  }

  public Walk start() {
    return Walk.first(this);
  }

  /** {@code input} read exactly, as {@link AnswerParser} would, with the words looked up once for all. */
  public Optional<Step> parseExact(Question question, String input) {
    return Optional.ofNullable(entries().get(question.id()).words().exactOrNull(question, input));
  }

  /** The question with this id and what goes with it, or null. */
  Entry entry(String questionId) {
    return entries().get(questionId);
  }

  /**
   * Every question by id with the words it takes: only reading answers needs these, so a walker
   * that only counts or compares paths never builds them. Safe to race: all racers build the same.
   */
  private Map<String, Entry> entries() {
    Map<String, Entry> built = entries;
    if (built == null) {
      built = new HashMap<>();
      for (int q = 0; q < graph.questionCount(); q++) {
        Question question = graph.question(q);
        // Interned: JSON field names arrive interned, so looking them up is an identity check.
        built.put(question.id().intern(), new Entry(question, q,
            new AnswerParser.Words(AnswerParser.exactWords(question, questionnaire.words(language)))));
      }
      entries = built;
    }
    return built;
  }

  /**
   * How many questions a walk in {@code state} can still ask at most, the current one included:
   * worked out for every state on first use, from the last question back to the first.
   */
  int longestFrom(int state) {
    int[] built = longestFrom;
    if (built == null) {
      built = new int[rule.stateCount()];
      int[] order = graph.topologicalOrder();
      for (int i = order.length - 1; i >= 0; i--) {
        for (Level raised : Level.values()) {
          int from = StepRule.state(order[i], raised);
          int most = 0;
          for (int a = 0; a < rule.answerCount(from); a++) {
            int next = rule.next(from, a);
            if (next != StepRule.NOWHERE) {
              most = Math.max(most, built[next]);
            }
          }
          built[from] = most + 1;
        }
      }
      longestFrom = built;
    }
    return state == StepRule.NOWHERE ? 0 : built[state];
  }

  /** The answers of the question at {@code node}, in order. */
  Answer[] answers(int node) {
    return answers[node];
  }

  int adviceCount() {
    return advice.length;
  }

  Advice advice(int index) {
    return advice[index];
  }

  /** The answers (question node, answer) after which advice {@code index} is not given. */
  Unless[] unless(int index) {
    return unless[index];
  }

  int[] outcomeAdvice(int outcomeNode) {
    return outcomeAdvice[outcomeNode - graph.questionCount()];
  }

  int[] answerAdvice(int questionNode, int answer) {
    return answerAdvice[questionNode][answer];
  }
}
