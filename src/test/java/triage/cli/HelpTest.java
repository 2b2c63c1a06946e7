package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import triage.Cli;

/** Every command says how to use it and which build it is, and the root's help lists every command. */
class HelpTest {

  /** Every command, written out here: a new one must be added, and so gets its help checked. */
  private static final List<String> COMMANDS =
      List.of("run", "batch", "validate", "test", "graph", "paths", "diff", "report", "review", "completion");

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
    assertEquals(COMMANDS, listed, result.out());
  }

  /** {@code flag} on its own, then after each command. */
  private static List<List<String>> everyCommand(String flag) {
    List<List<String>> lines = new ArrayList<>(List.of(List.of(flag)));
    COMMANDS.forEach(command -> lines.add(List.of(command, flag)));
    return lines;
  }

  @Test
  void everyCommandHasHelp() {
    for (List<String> args : everyCommand("--help")) {
      Cli.Result result = Cli.run("", args.toArray(String[]::new));
      String command = args.size() == 1 ? "triage" : "triage " + args.get(0);
      assertEquals(0, result.exit(), args + ": " + result.err());
      assertTrue(result.out().startsWith("Usage: " + command), args + ": " + result.out());
      assertTrue(result.out().contains("-V, --version"), args + ": " + result.out());
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
