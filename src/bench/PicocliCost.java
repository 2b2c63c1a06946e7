import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;
import triage.cli.BuildInfo;
import triage.cli.Io;
import triage.cli.TriageCommand;

/**
 * Measurement only, for src/bench/startup.sh: what picocli costs a run at start-up. In a fresh JVM
 * (one measurement a JVM, since it is the first time that counts) it builds the command line of a
 * plain run (no command named), then parses the given arguments, and prints the microseconds each
 * took and the classes loaded meanwhile:
 *
 *   annotations   new CommandLine(new TriageCommand(io)), as Main does for a plain run (it adds
 *                 no subcommand then): picocli reads the annotations by reflection
 *   programmatic  the same options built with picocli's CommandSpec and OptionSpec builders, no
 *                 reflection and no annotations
 *   bare          an empty CommandSpec: what any use of picocli costs (class set-up, converters)
 *   check         builds both and exits 1 unless they have the same options (names, arity, type,
 *                 value label, default), so that the comparison stays a fair one
 *
 * Compile against the jar and run with the same JVM options as the launcher:
 *   javac -cp target/triage.jar -d target/bench/classes src/bench/PicocliCost.java
 *   java [options] -cp target/triage.jar:target/bench/classes PicocliCost MODE [ARGS...]
 */
public final class PicocliCost {

  private PicocliCost() {}

  public static void main(String[] argv) {
    String mode = argv[0];
    String[] args = Arrays.copyOfRange(argv, 1, argv.length);
    if (mode.equals("check")) {
      System.exit(check());
    }
    Io io = Io.system();
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long loaded = classes.getTotalLoadedClassCount();
    long start = System.nanoTime();
    CommandLine cli = switch (mode) {
      case "annotations" -> new CommandLine(new TriageCommand(io));
      case "programmatic" -> new CommandLine(programmatic());
      case "bare" -> new CommandLine(CommandSpec.create().name("triage"));
      default -> throw new IllegalArgumentException("mode: annotations, programmatic, bare or check");
    };
    long built = System.nanoTime();
    long builtClasses = classes.getTotalLoadedClassCount();
    if (!mode.equals("bare")) {
      cli.parseArgs(args);
    }
    long parsed = System.nanoTime();
    System.out.println(mode + " " + (built - start) / 1000 + " " + (parsed - built) / 1000 + " " + (builtClasses - loaded));
  }

  /** The options of a plain run (TriageCommand with its mixins), written out with picocli's builders. */
  static CommandSpec programmatic() {
    CommandSpec spec = CommandSpec.create().name("triage").versionProvider(new BuildInfo());
    spec.usageMessage().description(
        "Asks a few questions about an upper back that feels like it needs to pop, and says how urgent it is to get "
            + "help: self-care, see-professional, urgent or emergency. Not a diagnosis.");
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    spec.addOption(OptionSpec.builder("--questions").paramLabel("FILE").type(Path.class)
        .description("Use this questionnaire file instead of the built-in one.").build());
    spec.addOption(OptionSpec.builder("--lang").paramLabel("LANG").type(String.class)
        .description("The language to ask in, such as en or es.").build());
    spec.addOption(OptionSpec.builder("--region").paramLabel("CC").type(String.class)
        .description("The country you are in, such as GB or US, for its emergency number.").build());
    spec.addOption(OptionSpec.builder("--emergency-number").paramLabel("N").type(String.class)
        .description("The emergency number to name, such as 112.").build());
    spec.addOption(OptionSpec.builder("--answer").paramLabel("ID=VALUE").type(List.class)
        .auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
        .description("Answer a question by its id, e.g. --answer numbness=no (repeatable).").build());
    spec.addOption(OptionSpec.builder("--answers").paramLabel("FILE").type(Path.class)
        .description("Answers by question id from a YAML or JSON map; - reads it from stdin.").build());
    spec.addOption(OptionSpec.builder("--strict").type(boolean.class)
        .description("Lines left after the result are an error.").build());
    spec.addOption(OptionSpec.builder("--save").paramLabel("FILE").type(Path.class)
        .description("Also write your answers and the result to FILE.").build());
    spec.addOption(OptionSpec.builder("--verbose").type(boolean.class)
        .description("Also name the questionnaire's id, version, file and sha256.").build());
    spec.addOption(OptionSpec.builder("--no-input").type(boolean.class)
        .description("Never ask: a question without an answer ends the run (exit 3).").build());
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class)
        .completionCandidates(List.of("text", "json")).defaultValue("text")
        .description("How to write the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("--record").paramLabel("FILE").type(Path.class)
        .description("Append a transcript of the session to FILE.").build());
    spec.addOption(OptionSpec.builder("--exit-by-level").type(boolean.class)
        .description("Exit 0 self-care, 10 see-professional, 20 urgent, 30 emergency.").build());
    spec.addOption(OptionSpec.builder("--plain").type(boolean.class)
        .description("Screen-reader friendly: no colour, no cursor movement.").build());
    spec.addOption(OptionSpec.builder("--no-color", "--no-colour").type(boolean.class)
        .description("No colour.").build());
    spec.addOption(OptionSpec.builder("-q", "--quiet").type(boolean.class)
        .description("No prompts on stderr when answers come from a pipe.").build());
    spec.addOption(OptionSpec.builder("--debug").type(boolean.class).scopeType(ScopeType.INHERIT)
        .description("On an internal error, print the full details.").build());
    return spec;
  }

  private static int check() {
    TreeMap<String, String> annotated = options(new CommandLine(new TriageCommand(Io.system())).getCommandSpec());
    TreeMap<String, String> built = options(programmatic());
    if (annotated.equals(built)) {
      System.out.println("the programmatic spec has the same " + built.size() + " options");
      return 0;
    }
    System.out.println("the specs differ:\n  annotations:  " + annotated + "\n  programmatic: " + built);
    return 1;
  }

  private static TreeMap<String, String> options(CommandSpec spec) {
    TreeMap<String, String> options = new TreeMap<>();
    for (OptionSpec option : spec.options()) {
      String label = option.arity().max() > 0 ? option.paramLabel() : "-"; // a flag's label is never shown
      options.put(String.join(",", option.names()), option.arity() + " " + option.type().getSimpleName() + " "
          + label + " " + option.defaultValue() + " " + option.scopeType());
    }
    return options;
  }
}
