package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** graph: red flags marked by level, raises drawn to their escalation outcome, labels said once. */
class GraphTest {

  @TempDir
  Path dir;

  @Test
  void theSmallTreeAsDotMarksRedFlagsAndDrawsEachRaiseToItsEscalation() throws Exception {
    Path small = Trees.writeSmall(dir);
    Cli.Result dot = Cli.run("", "graph", "--format", "dot", small.toString());
    assertEquals(0, dot.exit(), dot.err());
    assertEquals("""
        digraph questionnaire {
          graph [rankdir=TB, fontname="Helvetica"];
          node [fontname="Helvetica", fontsize=10];
          edge [fontname="Helvetica", fontsize=9];
          "q:chest" [shape=box, style=rounded, color="#d62728", penwidth=3, label="chest ⚑ emergency\\nChest pain?"];
          "q:numb" [shape=box, style=rounded, color="#ff7f0e", penwidth=3, label="numb ⚑ urgent\\nNumbness?"];
          "q:pops" [shape=box, style=rounded, label="pops\\nPops a day?"];
          "q:sitting" [shape=box, style=rounded, label="sitting\\nHours sitting?"];
          "o:emergency" [shape=ellipse, style=filled, fillcolor="#d62728", fontcolor=white, label="emergency"];
          "o:urgent" [shape=ellipse, style=filled, fillcolor="#ff7f0e", fontcolor=white, label="urgent"];
          "o:see_pro" [shape=ellipse, style=filled, fillcolor="#f2c80f", fontcolor=black, label="see_pro\\nsee-professional"];
          "o:self_care" [shape=ellipse, style=filled, fillcolor="#2ca02c", fontcolor=white, label="self_care"];
          "q:chest" -> "o:emergency" [label="yes"];
          "q:chest" -> "q:numb" [label="no\\nunsure ↑ urgent"];
          "q:chest" -> "o:urgent" [style=dotted, color="#ff7f0e", fontcolor="#ff7f0e", label="unsure ↑"];
          "q:numb" -> "o:urgent" [label="yes"];
          "q:numb" -> "q:pops" [label="no\\nunsure ↑ see-professional"];
          "q:numb" -> "o:see_pro" [style=dotted, color="#a88a00", fontcolor="#a88a00", label="unsure ↑"];
          "q:pops" -> "q:sitting" [label="0-9\\n10-1000 ↑ see-professional"];
          "q:pops" -> "o:see_pro" [style=dotted, color="#a88a00", fontcolor="#a88a00", label="10-1000 ↑"];
          "q:sitting" -> "o:self_care" [label="few\\nmany"];
        }
        """, dot.out());
  }

  @Test
  void anAnswerThatEndsAtAnOutcomeAsUrgentAsItsRaiseDrawsNoRaise() throws Exception {
    Path file = dir.resolve("kept.yaml");
    Files.writeString(file, Trees.small("yes: {next: urgent}", "yes: {next: urgent, raise: urgent}"));
    String dot = Cli.run("", "graph", "--format", "dot", file.toString()).out();
    assertTrue(dot.contains("  \"q:numb\" -> \"o:urgent\" [label=\"yes ↑ urgent\"];\n"), dot);
    assertEquals(-1, dot.indexOf("\"q:numb\" -> \"o:urgent\" [style=dotted"), "the verdict keeps urgent's words: " + dot);
  }

  @Test
  void mermaidMarksRedFlagsAndColoursTheRaises() throws Exception {
    Path small = Trees.writeSmall(dir);
    String mermaid = Cli.run("", "graph", small.toString()).out();
    assertTrue(mermaid.contains("  q0 -.->|\"unsure ↑\"| o5\n"), mermaid);
    assertTrue(mermaid.contains("  class q0 flag_emergency\n  class q1 flag_urgent\n  class o4 emergency\n"), mermaid);
    assertTrue(mermaid.endsWith("  linkStyle 2 stroke:#ff7f0e\n  linkStyle 5 stroke:#a88a00\n"
        + "  linkStyle 7 stroke:#a88a00\n"), mermaid);
  }

  @Test
  void everyOutcomeOfTheBuiltInQuestionnaireHasAnEdgeIntoIt() {
    String dot = Cli.run("", "graph", "--format", "dot").out();
    Matcher outcomes = Pattern.compile("\n  \"(o:[a-z_]+)\" \\[").matcher(dot);
    int seen = 0;
    while (outcomes.find()) {
      seen++;
      assertTrue(dot.contains(" -> \"" + outcomes.group(1) + "\" ["), outcomes.group(1) + " floats: " + dot);
    }
    assertEquals(4, seen, dot);
    assertTrue(dot.contains("  \"q:chest_pain\" -> \"o:urgent\" [style=dotted, color=\"#ff7f0e\", fontcolor=\"#ff7f0e\","
        + " label=\"unsure ↑\"];\n"), dot);
  }

  @Test
  void langDrawsTheWordsOfThatLanguage() {
    Cli.Result spanish = Cli.run("", "graph", "--lang", "es");
    assertEquals(0, spanish.exit(), spanish.err());
    assertTrue(spanish.out().startsWith("flowchart TD\n  q0[\"chest_pain ⚑ emergency<br/>Ahora o en los últimos 2"
        + " días, ¿ha<br/>"), spanish.out());
  }

  @Test
  void theQuestionnaireIsAnArgumentOrTheOptionButNotAFileThatIsNotThere() throws Exception {
    Path small = Trees.writeSmall(dir);
    assertEquals(Cli.run("", "graph", "--questions", small.toString()).out(), Cli.run("", "graph", small.toString()).out());
    Cli.Result missing = Cli.run("", "graph", dir.resolve("nothing.yaml").toString());
    assertEquals(66, missing.exit(), missing.err());
    assertEquals("", missing.out());
  }
}
