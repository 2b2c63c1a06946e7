package triage.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.text.Wrap;

/**
 * The questionnaire as a picture: questions as boxes, outcomes coloured by level, an edge for each
 * place an answer leads, labelled with the answers that go there and what they raise the level to.
 * Graphviz DOT or Mermaid.
 */
public final class TreeGraph {

  private static final int LABEL_WIDTH = 38;

  private final RouteGraph graph;
  private final Wording wording;

  public TreeGraph(RouteGraph graph, Wording wording) {
    this.graph = graph;
    this.wording = wording;
  }

  /** The colour of an outcome of this level: red, orange, yellow, green. */
  static String colour(Level level) {
    return switch (level) {
      case EMERGENCY -> "#d62728";
      case URGENT -> "#ff7f0e";
      case SEE_PROFESSIONAL -> "#f2c80f";
      case SELF_CARE -> "#2ca02c";
    };
  }

  /** The edges out of a question: target node, and one label line per answer that goes there. */
  private Map<Integer, List<String>> edges(int question) {
    Map<Integer, List<String>> edges = new LinkedHashMap<>();
    List<Answer> answers = graph.question(question).answers();
    int[] next = graph.next(question);
    for (int a = 0; a < answers.size(); a++) {
      Answer answer = answers.get(a);
      String label = answer.value() + answer.route().raise().map(level -> " ↑ " + level.word()).orElse("");
      edges.computeIfAbsent(next[a], target -> new ArrayList<>()).add(label);
    }
    return edges;
  }

  /** The label of a skip's edge: "skipped at urgent or above". */
  private static String skipLabel(Question question) {
    return "skipped at " + question.skip().orElseThrow().when().word() + " or above";
  }

  private String questionLabel(Question question) {
    return question.id() + "\n" + Wrap.block(wording.of(question.text()), LABEL_WIDTH, "", "");
  }

  private String outcomeLabel(Outcome outcome) {
    return outcome.id() + "\n" + outcome.level().word();
  }

  public String dot() {
    StringBuilder out = new StringBuilder("digraph questionnaire {\n");
    out.append("  graph [rankdir=TB, fontname=\"Helvetica\"];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (int node = 0; node < graph.nodeCount(); node++) {
      out.append("  ").append(dotId(node)).append(" [");
      if (graph.isQuestion(node)) {
        out.append("shape=box, style=rounded, label=").append(dotString(questionLabel(graph.question(node))));
      } else {
        Outcome outcome = graph.outcome(node);
        out.append("shape=ellipse, style=filled, fillcolor=\"").append(colour(outcome.level()))
            .append(outcome.level() == Level.SEE_PROFESSIONAL ? "\", fontcolor=black" : "\", fontcolor=white")
            .append(", label=").append(dotString(outcomeLabel(outcome)));
      }
      out.append("];\n");
    }
    for (int q = 0; q < graph.questionCount(); q++) {
      for (Map.Entry<Integer, List<String>> edge : edges(q).entrySet()) {
        if (edge.getKey() == RouteGraph.NOWHERE) {
          continue;
        }
        out.append("  ").append(dotId(q)).append(" -> ").append(dotId(edge.getKey()))
            .append(" [label=").append(dotString(String.join("\n", edge.getValue()))).append("];\n");
      }
      int skipped = graph.skipTarget(q);
      if (skipped != RouteGraph.NOWHERE) {
        out.append("  ").append(dotId(q)).append(" -> ").append(dotId(skipped)).append(" [style=dashed, label=")
            .append(dotString(skipLabel(graph.question(q)))).append("];\n");
      }
    }
    return out.append("}\n").toString();
  }

  public String mermaid() {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (int node = 0; node < graph.nodeCount(); node++) {
      out.append("  ").append(mermaidId(node));
      if (graph.isQuestion(node)) {
        out.append("[").append(mermaidString(questionLabel(graph.question(node)))).append("]\n");
      } else {
        out.append("([").append(mermaidString(outcomeLabel(graph.outcome(node)))).append("])\n");
      }
    }
    for (int q = 0; q < graph.questionCount(); q++) {
      for (Map.Entry<Integer, List<String>> edge : edges(q).entrySet()) {
        if (edge.getKey() != RouteGraph.NOWHERE) {
          out.append("  ").append(mermaidId(q)).append(" -->|").append(mermaidString(String.join("\n", edge.getValue())))
              .append("| ").append(mermaidId(edge.getKey())).append('\n');
        }
      }
      int skipped = graph.skipTarget(q);
      if (skipped != RouteGraph.NOWHERE) {
        out.append("  ").append(mermaidId(q)).append(" -.->|").append(mermaidString(skipLabel(graph.question(q))))
            .append("| ").append(mermaidId(skipped)).append('\n');
      }
    }
    for (Level level : Level.values()) {
      out.append("  classDef ").append(className(level)).append(" fill:").append(colour(level))
          .append(",color:").append(level == Level.SEE_PROFESSIONAL ? "#000" : "#fff").append('\n');
    }
    for (int node = graph.questionCount(); node < graph.nodeCount(); node++) {
      out.append("  class ").append(mermaidId(node)).append(' ').append(className(graph.outcome(node).level()))
          .append('\n');
    }
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
}
