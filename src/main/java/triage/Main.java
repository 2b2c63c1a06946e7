package triage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import triage.cli.BatchCommand;
import triage.cli.CompletionCommand;
import triage.cli.DiffCommand;
import triage.cli.ExitCode;
import triage.cli.Failure;
import triage.cli.GraphCommand;
import triage.cli.Io;
import triage.cli.PathsCommand;
import triage.cli.QuestionnaireOption;
import triage.cli.ReportCommand;
import triage.cli.ReviewCommand;
import triage.cli.Reports;
import triage.cli.RunCommand;
import triage.cli.TestCommand;
import triage.cli.TriageCommand;
import triage.cli.ValidateCommand;

/** The edge: where failures become messages and exit codes. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Nearly every run needs the built-in questionnaire: read it on the second core meanwhile.
    QuestionnaireOption.loadBuiltInAhead();
    System.exit(run(Io.system(), args));
  }

  /**
   * The commands under {@code triage}, by name. Picocli reads each one's annotations when it is
   * added, which costs start-up time, so a run adds only the one it names (see {@link #commands}).
   */
  private static final Map<String, Function<Io, Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("run", RunCommand::new);
    COMMANDS.put("batch", BatchCommand::new);
    COMMANDS.put("validate", ValidateCommand::new);
    COMMANDS.put("test", TestCommand::new);
    COMMANDS.put("graph", GraphCommand::new);
    COMMANDS.put("paths", PathsCommand::new);
    COMMANDS.put("diff", DiffCommand::new);
    COMMANDS.put("report", ReportCommand::new);
    COMMANDS.put("review", ReviewCommand::new);
    COMMANDS.put("completion", CompletionCommand::new);
  }

  /**
   * Runs with the process's environment and the JVM's {@code System} streams as they are now (an
   * embedding program's, or a test's stubs); {@code main} writes to the file descriptors instead.
   */
  public static int run(String... args) {
    return run(Io.standard(), args);
  }

  public static int run(Io io, String... args) {
    int exit;
    try {
      exit = execute(io, args);
    } catch (RuntimeException | Error e) {
      // Outside picocli's own handling (building the command line, printing, a failing thread).
      exit = internalError(io, e, Arrays.asList(args).contains("--debug"));
    }
    return written(io, exit);
  }

  /**
   * The exit code once every write is known to have reached its stream: a write that failed is
   * said in one line on stderr and exits 74; a reader that went away ends the run quietly with 141.
   */
  private static int written(Io io, int exit) {
    Optional<Io.WriteFailure> failure = io.writeFailure();
    if (failure.isEmpty()) {
      return exit;
    }
    if (failure.get().readerGone()) {
      return ExitCode.READER_GONE;
    }
    if (exit == ExitCode.IO_ERROR) {
      return exit; // the command has said what it could not write
    }
    io.err().println("triage: could not write to " + failure.get().stream() + " (" + failure.get().reason() + ")"
        + (failure.get().written() >= 0 ? "; " + failure.get().written() + " bytes of output were written before it"
        : ""));
    io.err().flush();
    return ExitCode.IO_ERROR;
  }

  private static int execute(Io io, String[] args) {
    CommandLine cli = new CommandLine(new TriageCommand(io));
    commands(cli.getCommandSpec(), args).forEach(name -> cli.addSubcommand(COMMANDS.get(name).apply(io)));
    cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((e, command, parsed) -> fail(io, e, parsed, args));
    cli.setParameterExceptionHandler((e, arguments) -> {
      List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
      String hint = suggestions.isEmpty()
          ? "; try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`"
          : "; did you mean `" + suggestions.get(0) + "`?";
      Reports.failure(io, Failure.of(Failure.Kind.USAGE, e.getMessage() + hint), json(args));
      return ExitCode.USAGE;
    });
    return cli.execute(args);
  }

  /**
   * The commands this command line needs: the one it names; none when it names none (a run);
   * all of them for help, for completion, and for a word that names no command (so that the
   * error can suggest one). The words are read with the root command's own options, so that an
   * option's value is never taken for a command.
   */
  static List<String> commands(CommandSpec root, String[] args) {
    Optional<String> word = Optional.empty();
    boolean help = false;
    for (int i = 0; i < args.length && word.isEmpty(); i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        word = Optional.of(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      OptionSpec option = root.findOption(equals < 0 ? arg : arg.substring(0, equals));
      help |= option != null && option.usageHelp();
      if (option != null && equals < 0 && option.arity().min() > 0) {
        i++;
      }
    }
    if (word.isPresent() && COMMANDS.containsKey(word.get()) && !word.get().equals("completion")) {
      return List.of(word.get());
    }
    return word.isEmpty() && !help ? List.of() : List.copyOf(COMMANDS.keySet());
  }

  private static int fail(Io io, Exception e, ParseResult parsed, String[] args) {
    if (e instanceof Failure failure) {
      Reports.failure(io, failure, json(args));
      return failure.kind().exit();
    }
    return internalError(io, e, debug(parsed));
  }

  /** A bug: one line, or with --debug the whole trace, and exit 70. */
  private static int internalError(Io io, Throwable e, boolean debug) {
    if (debug) {
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
