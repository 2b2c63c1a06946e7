package triage.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code triage completion}: a bash/zsh completion script, from picocli's generator. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Print a completion script for bash and zsh.",
    description = "Print a completion script for bash and zsh (see the examples to load it).")
public final class CompletionCommand implements Callable<Integer> {

  private final Io io;

  @Spec
  CommandSpec spec;

  public CompletionCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.out().print(AutoComplete.bash("triage", spec.root().commandLine()));
    return ExitCode.OK;
  }
}
