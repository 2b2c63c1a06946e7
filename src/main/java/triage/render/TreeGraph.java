package triage.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.text.Wrap;
import triage.walk.StepRule;

/**
 * The questionnaire as a picture: questions as boxes, red flags marked with their level, outcomes
 * coloured by level, an edge for each place an answer leads, labelled with the answers that go
 * there and what they raise the level to, a dashed edge where a question is skipped, and a dotted
 * edge from each answer that raises the level to the outcome whose words a verdict raised that far
 * uses (the {@link StepRule}'s escalation). Graphviz DOT or Mermaid here; the review page draws the
 * same edges as SVG.
 */
public final class TreeGraph {

  private static final int LABEL_WIDTH = 38;

  /** What an edge stands for. */
  public enum Kind {
    /** Answers whose route leads there. */
    ANSWER,
    /** The question is skipped once the level raised is high enough, and the walk goes there. */
    SKIP,
    /** Answers that raise the level: a verdict raised that far takes this outcome's words. */
    RAISE
  }

  /**
   * One edge: from a question node to a node, what it stands for, its label one line per answer
   * (or the skip's words), and for a skip or a raise the level it is about.
   */
  public record Edge(int from, int to, Kind kind, List<String> lines, Optional<Level> level) {

    public Edge {
      lines = List.copyOf(lines);
    }
  }

  private final StepRule rule;
  private final RouteGraph graph;
  private final Wording wording;

  public TreeGraph(StepRule rule, Wording wording) {
    this.rule = rule;
    this.graph = rule.graph();
    this.wording = wording;
  }

  public RouteGraph graph() {
    return graph;
  }

  /** The fill colour of this level: red, orange, yellow, green. */
  public static String colour(Level level) {
    return switch (level) {
      case EMERGENCY -> "#d62728";
      case URGENT -> "#ff7f0e";
      case SEE_PROFESSIONAL -> "#f2c80f";
      case SELF_CARE -> "#2ca02c";
    };
  }

  /** The colour for words and lines of this level on white: the fill, the yellow darkened to be read. */
  public static String ink(Level level) {
    return level == Level.SEE_PROFESSIONAL ? "#a88a00" : colour(level);
  }

  /** The colour of words on a fill of this level. */
  static String onColour(Level level) {
    return level == Level.SEE_PROFESSIONAL ? "#000" : "#fff";
  }

  /**
   * Every edge, question by question: where its answers lead (one edge per place, in the order of
   * the answers), its skip, then one dotted edge per level its answers raise to, to that level's
   * escalation outcome. The level and the escalation are the {@link StepRule}'s: an answer that
   * ends the walk at an outcome the verdict keeps (one at least as urgent) draws no dotted edge.
   */
  public List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    for (int q = 0; q < graph.questionCount(); q++) {
      Map<Integer, List<String>> byTarget = new LinkedHashMap<>();
      Map<Level, List<String>> raised = new EnumMap<>(Level.class);
      List<Answer> answers = graph.question(q).answers();
      int[] next = graph.next(q);
      int asked = StepRule.state(q, Level.SELF_CARE);
      for (int a = 0; a < answers.size(); a++) {
        Answer answer = answers.get(a);
        byTarget.computeIfAbsent(next[a], target -> new ArrayList<>())
            .add(answer.value() + answer.route().raise().map(level -> " ↑ " + level.word()).orElse(""));
        int after = rule.next(asked, a);
        if (after == StepRule.NOWHERE || StepRule.raised(after) == Level.SELF_CARE) {
          continue;
        }
        boolean kept = !rule.asks(after) && rule.outcome(after) == StepRule.node(after);
        if (!kept) {
          raised.computeIfAbsent(StepRule.raised(after), level -> new ArrayList<>()).add(answer.value());
        }
      }
      for (Map.Entry<Integer, List<String>> edge : byTarget.entrySet()) {
        if (edge.getKey() != RouteGraph.NOWHERE) {
          edges.add(new Edge(q, edge.getKey(), Kind.ANSWER, edge.getValue(), Optional.empty()));
        }
      }
      int skipped = graph.skipTarget(q);
      if (skipped != RouteGraph.NOWHERE) {
        Level when = graph.question(q).skip().orElseThrow().when();
        edges.add(new Edge(q, skipped, Kind.SKIP, List.of("skipped at " + when.word() + " or above"),
            Optional.of(when)));
      }
      for (Map.Entry<Level, List<String>> raise : raised.entrySet()) {
        int escalation = rule.escalation(raise.getKey());
        if (escalation != StepRule.NOWHERE) {
          edges.add(new Edge(q, escalation, Kind.RAISE, List.of(String.join(", ", raise.getValue()) + " ↑"),
              Optional.of(raise.getKey())));
        }
      }
    }
    return edges;
  }

  /** A question's words in the graph's language. */
  public String words(Question question) {
    return wording.of(question.text());
  }

  /** A question's label: its id, its red flag's level, then its words wrapped at {@code width}. */
  public List<String> questionLines(Question question, int width) {
    List<String> lines = new ArrayList<>();
    lines.add(question.id() + question.redFlag().map(level -> " ⚑ " + level.word()).orElse(""));
    lines.addAll(Wrap.lines(words(question), width, "", ""));
    return lines;
  }

  /** An outcome's label: its id, then its level unless the id already says it ({@code urgent}, not "urgent / urgent"). */
  public static List<String> outcomeLines(Outcome outcome) {
    String level = outcome.level().word();
    return sameWord(outcome.id(), level) ? List.of(outcome.id()) : List.of(outcome.id(), level);
  }

  /** Whether an id and a level's word are the same words, written with {@code _} or {@code -}. */
  static boolean sameWord(String id, String word) {
    return id.replace('_', '-').equalsIgnoreCase(word);
  }

  public String dot() {
    StringBuilder out = new StringBuilder("digraph questionnaire {\n");
    out.append("  graph [rankdir=TB, fontname=\"Helvetica\"];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (int node = 0; node < graph.nodeCount(); node++) {
      out.append("  ").append(dotId(node)).append(" [");
      if (graph.isQuestion(node)) {
        Question question = graph.question(node);
        out.append("shape=box, style=rounded");
        question.redFlag().ifPresent(level -> out.append(", color=\"").append(ink(level)).append("\", penwidth=3"));
        out.append(", label=").append(dotString(String.join("\n", questionLines(question, LABEL_WIDTH))));
      } else {
        Outcome outcome = graph.outcome(node);
        out.append("shape=ellipse, style=filled, fillcolor=\"").append(colour(outcome.level()))
            .append("\", fontcolor=").append(outcome.level() == Level.SEE_PROFESSIONAL ? "black" : "white")
            .append(", label=").append(dotString(String.join("\n", outcomeLines(outcome))));
      }
      out.append("];\n");
    }
    for (Edge edge : edges()) {
      out.append("  ").append(dotId(edge.from())).append(" -> ").append(dotId(edge.to())).append(" [");
      switch (edge.kind()) {
        case SKIP -> out.append("style=dashed, ");
        case RAISE -> out.append("style=dotted, color=\"").append(ink(edge.level().orElseThrow()))
            .append("\", fontcolor=\"").append(ink(edge.level().orElseThrow())).append("\", ");
        default -> { }
      }
      out.append("label=").append(dotString(String.join("\n", edge.lines()))).append("];\n");
    }
    return out.append("}\n").toString();
  }

  public String mermaid() {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (int node = 0; node < graph.nodeCount(); node++) {
      out.append("  ").append(mermaidId(node));
      if (graph.isQuestion(node)) {
        out.append("[").append(mermaidString(String.join("\n", questionLines(graph.question(node), LABEL_WIDTH))))
            .append("]\n");
      } else {
        out.append("([").append(mermaidString(String.join("\n", outcomeLines(graph.outcome(node))))).append("])\n");
      }
    }
    List<Edge> edges = edges();
    List<String> raiseStyles = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      Edge edge = edges.get(i);
      String arrow = switch (edge.kind()) {
        case ANSWER -> " -->|";
        case SKIP, RAISE -> " -.->|";
      };
      out.append("  ").append(mermaidId(edge.from())).append(arrow).append(mermaidString(String.join("\n",
          edge.lines()))).append("| ").append(mermaidId(edge.to())).append('\n');
      if (edge.kind() == Kind.RAISE) {
        raiseStyles.add("  linkStyle " + i + " stroke:" + ink(edge.level().orElseThrow()) + "\n");
      }
    }
    for (Level level : Level.values()) {
      out.append("  classDef ").append(className(level)).append(" fill:").append(colour(level))
          .append(",color:").append(onColour(level)).append('\n');
    }
    for (Level level : Level.values()) {
      out.append("  classDef ").append(flagClassName(level)).append(" stroke:").append(ink(level))
          .append(",stroke-width:3px\n");
    }
    for (int node = 0; node < graph.nodeCount(); node++) {
      Optional<Level> level = graph.isQuestion(node) ? graph.question(node).redFlag()
          : Optional.of(graph.outcome(node).level());
      if (level.isPresent()) {
        out.append("  class ").append(mermaidId(node)).append(' ')
            .append(graph.isQuestion(node) ? flagClassName(level.get()) : className(level.get())).append('\n');
      }
    }
    raiseStyles.forEach(out::append);
    return out.toString();
  }

  private String dotId(int node) {
    return dotString((graph.isQuestion(node) ? "q:" : "o:") + graph.id(node));
  }

  /** A DOT string: quotes and backslashes escaped, line breaks as centred line breaks. */
  private static String dotString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private String mermaidId(int node) {
    return (graph.isQuestion(node) ? "q" : "o") + node;
  }

  /** A Mermaid label: quoted, with quotes as entities and line breaks as {@code <br/>}. */
  private static String mermaidString(String text) {
    return "\"" + text.replace("\"", "#quot;").replace("\n", "<br/>") + "\"";
  }

  private static String className(Level level) {
    return level.word().replace("-", "_");
  }

  private static String flagClassName(Level level) {
    return "flag_" + className(level);
  }
}
