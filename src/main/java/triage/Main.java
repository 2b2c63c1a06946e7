package triage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import triage.cli.BatchCommand;
import triage.cli.CompletionCommand;
import triage.cli.DiffCommand;
import triage.cli.GraphCommand;
import triage.cli.PathsCommand;
import triage.cli.ReportCommand;
import triage.cli.TestCommand;
import triage.cli.ValidateCommand;
import triage.cli.ExitCode;
import triage.cli.Failure;
import triage.cli.Io;
import triage.cli.Reports;
import triage.cli.RunCommand;
import triage.cli.TriageCommand;

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
    cli.addSubcommand(new BatchCommand(io));
    cli.addSubcommand(new ValidateCommand(io));
    cli.addSubcommand(new TestCommand(io));
    cli.addSubcommand(new GraphCommand(io));
    cli.addSubcommand(new PathsCommand(io));
    cli.addSubcommand(new DiffCommand(io));
    cli.addSubcommand(new ReportCommand(io));
    cli.addSubcommand(new CompletionCommand(io));
    cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((e, command, parsed) -> fail(io, e, parsed, args));
    cli.setParameterExceptionHandler((e, arguments) -> {
      String hint = "; try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`";
      Reports.failure(io, Failure.of(Failure.Kind.USAGE, e.getMessage() + hint), json(args));
      return ExitCode.USAGE;
    });
    try {
      return cli.execute(args);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  private static int fail(Io io, Exception e, ParseResult parsed, String[] args) {
    if (e instanceof Failure failure) {
      Reports.failure(io, failure, json(args));
      return failure.kind().exit();
    }
    if (debug(parsed)) {
      e.printStackTrace(io.err());
    } else {
      io.err().println("triage: internal error: " + e + " (run again with --debug for details)");
    }
    return ExitCode.SOFTWARE;
  }

  /** Whether the command line asks for JSON, read from the words themselves so usage errors honour it too. */
  private static boolean json(String[] args) {
    List<String> words = Arrays.asList(args);
    int format = words.indexOf("--format");
    return words.contains("--format=json") || format >= 0 && format + 1 < words.size()
        && words.get(format + 1).equals("json");
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
