package triage.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a questionnaire run, shared by {@code triage} and {@code triage run}. */
public final class RunOptions {

  @Mixin
  QuestionnaireOption questionnaire;

  @Option(names = "--plain",
      description = "Screen-reader friendly: no colour, no cursor movement, every prompt a full sentence.")
  boolean plain;

  @Option(names = {"--no-color", "--no-colour"}, description = "No colour (also when NO_COLOR is set or TERM=dumb).")
  boolean noColour;

  @Option(names = {"-q", "--quiet"}, description = "No prompts on stderr when answers come from a pipe.")
  boolean quiet;
}
