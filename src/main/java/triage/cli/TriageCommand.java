package triage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code triage}: with no command, the same as {@code triage run}. */
@Command(name = "triage", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    description = {
        "Asks a few questions about an upper back that feels like it needs to pop, and says how urgent "
            + "it is to get help: self-care, see-professional, urgent or emergency. Not a diagnosis.",
        "",
        "With no command it runs the questionnaire (the same as `triage run`): in a terminal one question "
            + "at a time, from a pipe one answer per line."},
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%n",
    footer = "Shell completion (bash, zsh): source <(triage completion)",
    exitCodeList = {
        "0:a verdict was given",
        "3:no verdict: input ended, quit, or an answer is missing",
        "64:the command line is wrong",
        "65:an answer is not accepted, or names an unknown question",
        "66:a file cannot be read",
        "70:an internal error (run again with --debug for details)",
        "78:the questionnaire file is invalid",
        "130:interrupted (Ctrl-C)"})
public final class TriageCommand implements Callable<Integer> {

  private final Io io;

  @Mixin
  RunOptions options;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal error, print the full details.")
  boolean debug;

  public TriageCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    return new Consultation(io, options).run();
  }
}
