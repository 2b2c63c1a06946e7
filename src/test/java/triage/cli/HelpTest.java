package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import triage.Cli;
import triage.text.Width;

/**
 * Every command says how to use it, examples first, and which build it is; the root's help lists
 * every command and what can be typed at a question; help fits 80 columns.
 */
class HelpTest {

  /** Every command, written out here: a new one must be added, and so gets its help checked. */
  private static final List<String> COMMANDS =
      List.of("run", "batch", "validate", "test", "graph", "paths", "diff", "report", "completion");

  @Test
  void theRootHelpListsEveryCommand() {
    Cli.Result result = Cli.run("", "--help");
    assertEquals(0, result.exit(), result.err());
    List<String> listed = new ArrayList<>();
    boolean inCommands = false;
    for (String line : result.out().split("\n")) {
      if (line.startsWith("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.matches("  [a-z]+ .*|  [a-z]+")) {
        listed.add(line.strip().split(" ")[0]);
      } else if (inCommands && !line.startsWith(" ")) {
        inCommands = false;
      }
    }
    List<String> expected = new ArrayList<>(COMMANDS);
    expected.add("help");
    assertEquals(expected, listed, result.out());
  }

  /** {@code flag} on its own, then after each command. */
  private static List<List<String>> everyCommand(String flag) {
    List<List<String>> lines = new ArrayList<>(List.of(List.of(flag)));
    COMMANDS.forEach(command -> lines.add(List.of(command, flag)));
    return lines;
  }

  @Test
  void everyCommandHasHelpThatLeadsWithExamples() {
    for (List<String> args : everyCommand("--help")) {
      Cli.Result result = Cli.run("", args.toArray(String[]::new));
      String command = args.size() == 1 ? "triage" : "triage " + args.get(0);
      assertEquals(0, result.exit(), args + ": " + result.err());
      assertTrue(result.out().startsWith("Usage: " + command + " [OPTIONS]"), args + ": " + result.out());
      assertTrue(result.out().split("\n", 4)[2].equals("Examples:"), args + ": " + result.out());
      assertTrue(section(result.out(), "Examples:").contains(command), args + ": " + result.out());
      assertTrue(result.out().contains("-V, --version"), args + ": " + result.out());
    }
  }

  @Test
  void helpFitsEightyColumns() {
    List<List<String>> lines = new ArrayList<>(everyCommand("--help"));
    lines.add(List.of("help"));
    for (List<String> args : lines) {
      for (String line : Cli.run("", args.toArray(String[]::new)).out().split("\n")) {
        assertTrue(Width.of(line) <= 80, args + ": " + Width.of(line) + " columns: " + line);
      }
    }
  }

  @Test
  void theRunsHelpGroupsItsOptionsForPeopleScriptsAndClinicians() {
    for (String[] args : new String[][] {{"--help"}, {"run", "--help"}}) {
      String help = Cli.run("", args).out();
      List<String> headings = help.lines().filter(line -> line.matches("[A-Z][a-z ()]+:")).toList();
      assertEquals(List.of("Examples:", "At a question (in a terminal):", "For people answering:", "For scripts:",
          "For clinicians:", "Other:"), headings.subList(0, 6), help);
      assertTrue(section(help, "For people answering:").contains("--lang=LANG"), help);
      assertTrue(section(help, "For people answering:").contains("--plain"), help);
      assertTrue(section(help, "For scripts:").contains("--answer=ID=VALUE"), help);
      assertTrue(section(help, "For scripts:").contains("--format=FORMAT"), help);
      assertTrue(section(help, "For clinicians:").contains("--questions=FILE"), help);
      assertTrue(section(help, "For clinicians:").contains("--record=FILE"), help);
    }
  }

  /** The lines under a heading, to the next blank line. */
  private static String section(String help, String heading) {
    String from = help.substring(help.indexOf("\n" + heading + "\n") + heading.length() + 2);
    return from.substring(0, from.indexOf("\n\n"));
  }

  @Test
  void theRunsHelpSaysWhatCanBeTypedAtAQuestion() {
    for (String[] args : new String[][] {{"--help"}, {"run", "--help"}}) {
      String answering = section(Cli.run("", args).out(), "At a question (in a terminal):");
      assertTrue(answering.contains("  ?, help  "), answering);
      assertTrue(answering.contains("  back     "), answering);
      assertTrue(answering.contains("  quit     "), answering);
      assertTrue(answering.contains("In Spanish (--lang es) also: ayuda, atrás, salir."), answering);
    }
    assertTrue(!Cli.run("", "validate", "--help").out().contains("At a question"), "only commands that ask");
  }

  @Test
  void theHelpCommandGivesTheSameHelpAndExitsZero() {
    Cli.Result root = Cli.run("", "help");
    assertEquals(0, root.exit(), root.err());
    assertEquals(Cli.run("", "--help").out(), root.out());
    for (String command : COMMANDS) {
      Cli.Result result = Cli.run("", "help", command);
      assertEquals(0, result.exit(), command + ": " + result.err());
      assertEquals(Cli.run("", command, "--help").out(), result.out(), command);
    }
    Cli.Result unknown = Cli.run("", "help", "nope");
    assertEquals(ExitCode.USAGE, unknown.exit());
  }

  @Test
  void theCompletionLineIsNeverSplit() {
    for (String[] args : new String[][] {{"--help"}, {"completion", "--help"}, {"help", "completion"}}) {
      String help = Cli.run("", args).out();
      assertTrue(help.lines().anyMatch(line -> line.contains("source <(triage completion)")), help);
      assertTrue(help.lines().noneMatch(line -> line.strip().endsWith("<") || line.strip().startsWith("(triage")),
          help);
    }
  }

  @Test
  void everyCommandHasVersion() {
    for (List<String> args : everyCommand("--version")) {
      Cli.Result result = Cli.run("", args.toArray(String[]::new));
      assertEquals(0, result.exit(), args + ": " + result.err());
      assertTrue(result.out().matches("(?s)triage \\d+\\.\\d+\\.\\d+\nbuilt-in questionnaire: upper-back-pop \\S+"
          + " \\(sha256 [0-9a-f]{64}\\)\nJava .*"), args + ": " + result.out());
    }
  }
}
