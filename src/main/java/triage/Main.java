package triage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import triage.cli.BatchCommand;
import triage.cli.CompletionCommand;
import triage.cli.DiffCommand;
import triage.cli.ExitCode;
import triage.cli.Failure;
import triage.cli.GraphCommand;
import triage.cli.HelpSections;
import triage.cli.Io;
import triage.cli.LanguageOption;
import triage.cli.PathsCommand;
import triage.cli.QuestionnaireOption;
import triage.cli.ReportCommand;
import triage.cli.Reports;
import triage.cli.RunCommand;
import triage.cli.TestCommand;
import triage.cli.TriageCommand;
import triage.cli.ValidateCommand;
import triage.render.Messages;
import triage.render.Shown;

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
      exit = internalError(io, e, Arrays.asList(args).contains("--debug"), args);
    }
    return written(io, exit, args);
  }

  /**
   * The exit code once every write is known to have reached its stream: a write that failed is
   * said in one line on stderr and exits 74; a reader that went away ends the run quietly with 141.
   */
  private static int written(Io io, int exit, String[] args) {
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
    Io.WriteFailure what = failure.get();
    io.err().println("triage: " + (what.written() >= 0
        ? words(io, args).get("error.not-written.bytes", what.stream(), what.reason(), what.written())
        : words(io, args).get("error.not-written", what.stream(), what.reason())));
    io.err().flush();
    return ExitCode.IO_ERROR;
  }

  private static int execute(Io io, String[] args) {
    CommandLine cli = new CommandLine(new TriageCommand(io));
    List<String> named = commands(cli.getCommandSpec(), args);
    named.forEach(name -> cli.addSubcommand(COMMANDS.get(name).apply(io)));
    if (asksForHelp(args)) {
      if (named.size() > 1) {
        cli.addSubcommand(new CommandLine.HelpCommand()); // `triage help [COMMAND]`
      }
      HelpSections.install(cli);
    }
    cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((e, command, parsed) -> fail(io, e, parsed, args));
    cli.setParameterExceptionHandler((e, arguments) -> {
      Messages words = words(io, args);
      Reports.failure(io, usage(e, words), json(args), words);
      return ExitCode.USAGE;
    });
    return cli.execute(args);
  }

  /**
   * A command line picocli could not read, with a hint: a did-you-mean, or where help is. Scripts
   * get picocli's own words; a person gets the commonest mistakes said in their language.
   */
  private static Failure usage(ParameterException e, Messages words) {
    List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    String script = e.getMessage() + (suggestions.isEmpty() ? "; try `" + command + " --help`"
        : "; did you mean `" + suggestions.get(0) + "`?");
    String hint = suggestions.isEmpty() ? words.get("usage.try", command)
        : words.get("usage.did-you-mean", suggestions.get(0));
    return Failure.of(Failure.Kind.USAGE, script)
        .tellingPeople(problem(e, words).orElseGet(() -> e.getMessage().replaceAll("\\.$", "")) + hint);
  }

  /** The commonest mistakes on a command line, in a person's words. */
  private static Optional<String> problem(ParameterException e, Messages words) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      return Optional.of(words.get(first.startsWith("-") ? "usage.unknown-option" : "usage.unknown-word",
          Shown.input(first)));
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
        && missing.getMissing().get(0) instanceof OptionSpec option) {
      return Optional.of(words.get("usage.missing-value", option.longestName(), option.paramLabel()));
    }
    if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
      return Optional.of(words.get("usage.twice", option.longestName()));
    }
    ArgSpec argument = e.getArgSpec();
    if (argument instanceof OptionSpec option && e.getValue() != null && option.completionCandidates() != null) {
      List<String> candidates = new ArrayList<>();
      option.completionCandidates().forEach(candidates::add);
      return Optional.of(words.get("usage.value", option.longestName(), String.join(", ", candidates),
          Shown.input(e.getValue())));
    }
    return Optional.empty();
  }

  /**
   * The tool's words for a person reading what this command line did: in the language asked for
   * (--lang, else the locale) when it is a run, plain {@code triage} or {@code triage run}; in
   * English for the other commands, which are for clinicians and scripts. Read from the words
   * themselves, so that it holds whatever went wrong.
   */
  private static Messages words(Io io, String[] args) {
    for (String arg : args) {
      if (COMMANDS.containsKey(arg) && !arg.equals("run")) {
        return Messages.english();
      }
    }
    return LanguageOption.messages(args, io);
  }

  /**
   * The commands this command line needs: the one it names; none when it names none (a run);
   * all of them for help (--help, or the word help), for completion, and for a word that names
   * no command (so that the error can suggest one). The words are read with the root command's
   * own options, so that an option's value is never taken for a command.
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

  /**
   * Whether help may be printed: --help, -h (alone or among other short options) or the help
   * command anywhere. Only then is help laid out and the help command added, which a run that asks
   * questions never pays for.
   */
  private static boolean asksForHelp(String[] args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("help")
          || arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-' && arg.indexOf('h') > 0) {
        return true;
      }
    }
    return false;
  }

  private static int fail(Io io, Exception e, ParseResult parsed, String[] args) {
    if (e instanceof Failure failure) {
      Reports.failure(io, failure, json(args), words(io, args));
      return failure.kind().exit();
    }
    return internalError(io, e, debug(parsed), args);
  }

  /** A bug: one line, or with --debug the whole trace, and exit 70. */
  private static int internalError(Io io, Throwable e, boolean debug, String[] args) {
    if (debug) {
      e.printStackTrace(io.err());
    } else {
      io.err().println("triage: " + words(io, args).get("error.internal", e));
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
