package triage.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Schemas;
import triage.Trees;

/**
 * What only a person at a terminal makes happen, held against the published schemas: Ctrl-C and
 * quit with --format json (the error on stderr), and transcripts in terminal mode, timed, with
 * help, going back and inputs not taken, and the report over them.
 */
class TerminalSchemaTest {

  @TempDir
  Path dir;

  @Test
  void ctrlCAndQuitGiveSchemaErrorsAndTerminalTranscriptsThatReportValidly() throws Exception {
    String small = Trees.writeSmall(dir).toString();
    Path record = dir.resolve("t.jsonl");
    try (VirtualTerminal terminal = new VirtualTerminal("--questions", small, "--format", "json", "--record",
        record.toString())) {
      terminal.waitFor("Chest pain?").keys("ye\u0003");
      assertEquals(130, terminal.exitCode());
      Schemas.assertValid("error", terminal.err());
      assertTrue(terminal.err().startsWith("{\"error\":\"interrupted\",\"message\":"), terminal.err());
    }
    try (VirtualTerminal terminal = new VirtualTerminal("--questions", small, "--format", "json", "--record",
        record.toString())) {
      terminal.waitFor("Chest pain?").line("?");
      terminal.waitFor("Pain that spreads into the chest.").line("no");
      terminal.waitFor("Numbness?").line("back");
      terminal.waitFor("Chest pain?", 2).line("maybe");
      terminal.waitFor("Please answer yes, no or unsure.").line("n");
      terminal.waitFor("Numbness?", 2).line("quit");
      assertEquals(3, terminal.exitCode());
      Schemas.assertValid("error", terminal.err());
      assertTrue(terminal.err().startsWith("{\"error\":\"incomplete\",\"message\":"), terminal.err());
    }
    String lines = Files.readString(record);
    assertEquals(2, Schemas.assertEveryLineValid("transcript-line", lines));
    assertTrue(lines.contains("\"mode\":\"terminal\"") && lines.contains("\"end\":\"interrupted\",\"at\":\"chest\"")
        && lines.contains("\"end\":\"quit\",\"at\":\"numb\""), lines);
    Cli.Result report = Cli.run("", "report", "--format", "json", "--questions", small, record.toString());
    assertEquals(0, report.exit(), report.err());
    Schemas.assertValid("report", report.out());
    assertTrue(report.out().contains("\"no_verdict\":{\"interrupted\":1,\"quit\":1}"), report.out());
  }
}
