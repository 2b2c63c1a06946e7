package triage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import triage.cli.ExitCode;
import triage.cli.Failure;
import triage.cli.Io;
import triage.cli.RunCommand;
import triage.cli.TriageCommand;
import triage.model.Problem;

/** The edge: where failures become messages and exit codes. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs with the process's own streams and environment (stubbed in tests). */
  public static int run(String... args) {
    return run(Io.system(), args);
  }

  public static int run(Io io, String... args) {
    CommandLine cli = new CommandLine(new TriageCommand(io));
    cli.addSubcommand(new RunCommand(io));
    cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((e, command, parsed) -> fail(io, e, parsed));
    cli.setParameterExceptionHandler((e, arguments) -> {
      io.err().println("triage: " + e.getMessage());
      io.err().println("Try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
      return ExitCode.USAGE;
    });
    try {
      return cli.execute(args);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private static int fail(Io io, Exception e, ParseResult parsed) {
    if (e instanceof Failure failure) {
      failure.problems().stream().map(Problem::format).forEach(io.err()::println);
      if (failure.problems().isEmpty()) {
        io.err().println("triage: " + failure.getMessage());
      }
      return failure.kind().exit();
    }
    if (debug(parsed)) {
      e.printStackTrace(io.err());
    } else {
      io.err().println("triage: internal error: " + e + " (run again with --debug for details)");
    }
    return ExitCode.SOFTWARE;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
