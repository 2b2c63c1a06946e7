package triage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code triage run}: ask the questions and give a verdict (also what plain {@code triage} does). */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Ask the questions and give a verdict (what triage does with no command).",
    description = "Ask the questions and give a verdict: self-care, see-professional, urgent or emergency. "
        + "In a terminal one question at a time; from a pipe one answer per line.")
public final class RunCommand implements Callable<Integer> {

  private final Io io;

  @Mixin
  RunOptions options;

  public RunCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    return new Consultation(io, options).run();
  }
}
