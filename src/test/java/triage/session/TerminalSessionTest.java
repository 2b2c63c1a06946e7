package triage.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Trees;
import triage.transcript.Transcript;

/** The terminal front end, through a real JLine line reader on a virtual terminal. */
class TerminalSessionTest {

  @TempDir
  Path dir;

  private String questions;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    questions = "--questions=" + Trees.writeSmall(dir);
  }

  @Test
  void helpBackAndAReAskThenAVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Question 1 · up to 3 more after this").waitFor("Chest pain?").line("?");
      terminal.waitFor("Pain that spreads into the chest.").line("no");
      terminal.waitFor("Question 2 · up to 2 more after this").line("back");
      terminal.waitFor("Question 1 · up to 3 more after this", 2).line("N");
      terminal.waitFor("Numbness?", 2).line("maybe");
      terminal.waitFor("Please answer yes, no or unsure.").line("no");
      terminal.waitFor("Question 3").waitFor("a whole number from 0 to 1000").line("3");
      terminal.waitFor("Question 4 · the last one").waitFor("2) 4 hours or more").line("2");
      assertEquals(0, terminal.exitCode());
      String verdict = terminal.out();
      assertTrue(verdict.contains(" SELF-CARE  Move gently"), verdict);
      assertTrue(verdict.contains("  - Move gently.\n  - Take breaks."), verdict);
      assertTrue(verdict.contains("Not a diagnosis."), verdict);
      assertTrue(verdict.contains("Get help sooner if\n  Seek help if it gets worse."), verdict);
      assertEquals("", terminal.err());
    }
  }

  @Test
  void answersGivenByIdAreNotAskedAndBackStepsOverThem() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions, "--answer", "chest=no", "--answer", "pops=3")) {
      terminal.waitFor("Question 2 · up to 2 more after this").waitFor("Numbness?").line("back");
      terminal.waitFor("This is the first question, so there is nothing to go back to.").line("no");
      terminal.waitFor("Hours sitting?").line("back");
      terminal.waitFor("Numbness?", 2).line("no");
      terminal.waitFor("Hours sitting?", 2).line("2");
      assertEquals(0, terminal.exitCode());
      assertFalse(terminal.screen().contains("Chest pain?"), terminal.screen());
      assertFalse(terminal.screen().contains("Pops a day?"), terminal.screen());
      assertTrue(terminal.out().contains(" SELF-CARE  Move gently"), terminal.out());
    }
  }

  @Test
  void theWholeWalkIsInSpanish() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal("--lang", "es")) {
      terminal.waitFor("Responda cada pregunta. Escriba ? para ver ayuda, atrás para volver, o salir para terminar.");
      terminal.waitFor("Pregunta 1 · quedan hasta 29 más").waitFor("  sí / no / no sé   (? para ayuda)").line("ayuda");
      terminal.waitFor("El dolor o una sensación de peso u opresión en el pecho").line("no");
      terminal.waitFor("Pregunta 2 · quedan hasta 28 más").line("atrás");
      terminal.waitFor("Pregunta 1 · quedan hasta 29 más", 2).line("quizás");
      terminal.waitFor("Por favor, responda sí, no o no sé.").line("n");
      terminal.waitFor("¿El dolor empezó de golpe y muy fuerte", 2).line("s");
      assertEquals(0, terminal.exitCode());
      String verdict = terminal.out();
      assertTrue(verdict.contains(" EMERGENCIA  Llame ahora al 112"), verdict);
      assertTrue(verdict.contains("Respondió: sí."), verdict);
      assertTrue(verdict.contains("Esto no es un diagnóstico."), verdict);
    }
  }

  @Test
  void aRecordedSessionCountsHelpBackAndInputsNotTaken() throws Exception {
    Path record = dir.resolve("t.jsonl");
    try (VirtualTerminal terminal = new VirtualTerminal(questions, "--record", record.toString())) {
      terminal.waitFor("Chest pain?").line("?");
      terminal.waitFor("Pain that spreads into the chest.").line("no");
      terminal.waitFor("Numbness?").line("back");
      terminal.waitFor("Chest pain?", 2).line("maybe");
      terminal.waitFor("Please answer yes, no or unsure.").line("n");
      terminal.waitFor("Numbness?", 2).line("quit");
      assertEquals(3, terminal.exitCode());
    }
    String line = Files.readString(record).replaceAll("\"ms\":\\d+", "\"ms\":0");
    assertTrue(line.contains("\"mode\":\"terminal\",\"asked\":["
        + "{\"question\":\"chest\",\"text\":\"" + Transcript.hash("Chest pain?") + "\",\"answer\":\"no\",\"ms\":0,"
        + "\"help\":1,\"back\":0,\"rejected\":0},"
        + "{\"question\":\"numb\",\"text\":\"" + Transcript.hash("Numbness?") + "\",\"answer\":null,\"ms\":0,"
        + "\"help\":0,\"back\":1,\"rejected\":0},"
        + "{\"question\":\"chest\",\"text\":\"" + Transcript.hash("Chest pain?") + "\",\"answer\":\"no\",\"ms\":0,"
        + "\"help\":0,\"back\":0,\"rejected\":1},"
        + "{\"question\":\"numb\",\"text\":\"" + Transcript.hash("Numbness?") + "\",\"answer\":null,\"ms\":0,"
        + "\"help\":0,\"back\":0,\"rejected\":0}],\"end\":\"quit\",\"at\":\"numb\"}\n"), line);
  }

  @Test
  void backAtTheFirstQuestionSaysSo() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("back");
      terminal.waitFor("This is the first question, so there is nothing to go back to.").line("yes");
      assertEquals(0, terminal.exitCode());
      assertTrue(terminal.out().contains(" EMERGENCY  Call now"), terminal.out());
    }
  }

  @Test
  void ctrlDBeforeTheEndGivesNoVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("no");
      terminal.waitFor("Numbness?").keys("\u0004");
      assertEquals(3, terminal.exitCode());
      assertEquals("triage: Input ended before the question “Numbness?” was answered, so there is no result.\n",
          terminal.err());
      assertFalse(terminal.out().contains("sha256"), "no verdict: " + terminal.out());
    }
  }

  @Test
  void ctrlCInterruptsWithNoVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").keys("ye\u0003");
      assertEquals(130, terminal.exitCode());
      assertEquals("triage: Interrupted: no result was given.\n", terminal.err());
      assertFalse(terminal.out().contains("sha256"), "no verdict: " + terminal.out());
    }
  }

  @Test
  void quitEndsWithoutAVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("quit");
      assertEquals(3, terminal.exitCode());
      assertEquals("triage: You stopped before the end, so there is no result.\n", terminal.err());
    }
  }

  @Test
  void tabCompletesAnAnswer() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").keys("uns\t");
      terminal.waitFor("> unsure").line("");
      terminal.waitFor("Numbness?").line("no");
      terminal.waitFor("Pops a day?").line("0");
      terminal.waitFor("Hours sitting?").line("1");
      assertEquals(0, terminal.exitCode());
      String verdict = terminal.out();
      assertTrue(verdict.contains(" URGENT  Today"), verdict);
      assertTrue(verdict.contains("  - Chest pain? You answered: unsure."), verdict);
    }
  }

  @Test
  void emergencyIsRedUnlessColourIsOff() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("yes");
      assertEquals(0, terminal.exitCode());
      assertTrue(terminal.rawOut().contains("\u001b[1;97;41m EMERGENCY \u001b[0m"), terminal.rawOut());
    }
    for (String[] args : new String[][] {{questions, "--no-color"}, {questions, "--plain"}}) {
      try (VirtualTerminal terminal = new VirtualTerminal(args)) {
        terminal.waitFor("Chest pain?").line("yes");
        assertEquals(0, terminal.exitCode());
        assertFalse(terminal.rawOut().contains("\u001b["), String.join(" ", args));
      }
    }
    for (Map<String, String> env : List.of(Map.of("NO_COLOR", "1"), Map.of("TERM", "dumb"))) {
      try (VirtualTerminal terminal = new VirtualTerminal(env, questions)) {
        terminal.waitFor("Chest pain?").line("yes");
        assertEquals(0, terminal.exitCode());
        assertFalse(terminal.rawOut().contains("\u001b["), env.toString());
      }
    }
  }

  @Test
  void plainModeSpeaksInFullSentences() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions, "--plain")) {
      terminal.waitFor("Question 1. There are up to 3 more questions after this one.")
          .waitFor("Please answer yes, no or unsure.")
          .waitFor("Your answer:")
          .line("yes");
      assertEquals(0, terminal.exitCode());
      assertTrue(terminal.out().contains("Result: EMERGENCY. Call now"), terminal.out());
    }
  }
}
