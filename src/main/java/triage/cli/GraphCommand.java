package triage.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import triage.load.Loaded;
import triage.model.Questionnaire;
import triage.render.Messages;
import triage.render.TreeGraph;
import triage.render.Wording;
import triage.walk.StepRule;

/** {@code triage graph [FILE]}: the questionnaire as a Mermaid or Graphviz picture. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Draw the questionnaire as a graph (Mermaid or DOT).",
    description = "Print the questionnaire (FILE, else --questions, else the built-in one) as a graph: questions as"
        + " boxes, red flags marked with their level, outcomes coloured by level, edges labelled with the answers"
        + " and the levels they raise to, a dashed edge where a question is skipped, and a dotted edge from each"
        + " raise to the outcome a verdict raised that far uses. Render DOT with `dot -Tsvg`; Mermaid renders on"
        + " the web.")
public final class GraphCommand implements Callable<Integer> {

  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The questionnaire to draw.")
  Path file;

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  LanguageOption language;

  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.mermaid, FormatOption.Format.dot);

  public GraphCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    Loaded loaded = questionnaire.source(io, file).loadValid();
    Questionnaire ready = loaded.ready();
    String chosen = language.choose(ready, io, true);
    TreeGraph graph = new TreeGraph(new StepRule(ready),
        new Wording(ready, chosen, Optional.empty(), Messages.of(chosen)));
    io.out().print(format.is(FormatOption.Format.dot) ? graph.dot() : graph.mermaid());
    return ExitCode.OK;
  }
}
