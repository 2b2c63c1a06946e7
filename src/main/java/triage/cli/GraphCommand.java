package triage.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import triage.load.Loaded;
import triage.render.Messages;
import triage.render.TreeGraph;
import triage.render.Wording;

/** {@code triage graph}: the questionnaire as a Mermaid or Graphviz picture. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Draw the questionnaire as a graph (Mermaid or DOT).",
    description = "Print the questionnaire as a graph: questions as boxes, outcomes coloured by level, edges labelled"
        + " with the answers and the levels they raise to. Render DOT with `dot -Tsvg`; Mermaid renders on the web.")
public final class GraphCommand implements Callable<Integer> {

  private final Io io;

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.mermaid, FormatOption.Format.dot);

  public GraphCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    Loaded loaded = questionnaire.load(io);
    TreeGraph graph = new TreeGraph(loaded.ready().graph(),
        new Wording(loaded.ready(), loaded.ready().language(), Optional.empty(), Messages.english()));
    io.out().print(format.is(FormatOption.Format.dot) ? graph.dot() : graph.mermaid());
    return ExitCode.OK;
  }
}
