package triage.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Trees;
import triage.transcript.Transcript;

/** The terminal front end, through a real JLine line reader on a virtual terminal of 80 by 24. */
class TerminalSessionTest {

  /** The end of a verdict on the screen: its last hint and the prompt after it. */
  private static final String AFTER_VERDICT = "change an answer.\n> ";

  /** Any colour or weight: an SGR escape sequence. */
  private static final String SGR = "(?s).*\u001b\\[[0-9;]*m.*";

  @TempDir
  Path dir;

  private String questions;

  /** The small tree with two more emergency signs after `chest`, the three on one screen. */
  private String screened;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    questions = "--questions=" + Trees.writeSmall(dir);
    String tree = Trees.small("      no: {next: numb}\n      unsure: {next: numb, raise: urgent}\n  - id: numb",
        "      no: {next: breath}\n      unsure: {next: breath, raise: urgent}\n"
            + "  - id: breath\n    type: yes-no\n    red_flag: emergency\n    text: Short of breath?\n"
            + "    help: New trouble breathing.\n    answers:\n      yes: {next: emergency}\n      no: {next: stroke}\n"
            + "      unsure: {next: stroke, raise: urgent}\n"
            + "  - id: stroke\n    type: yes-no\n    red_flag: emergency\n    text: A drooping face?\n"
            + "    answers:\n      yes: {next: emergency}\n      no: {next: numb}\n      unsure: {next: numb, raise: urgent}\n"
            + "  - id: numb") + """
        screens:
          - id: now
            text: Do any of these apply to you?
            questions: [chest, breath, stroke]
        """;
    screened = "--questions=" + Files.writeString(dir.resolve("screened.yaml"), tree);
  }

  /** The last {@code count} lines on the screen: what a 24-row terminal shows at its bottom. */
  private static List<String> bottom(VirtualTerminal terminal, int count) {
    String[] lines = terminal.screen().split("\n", -1);
    return Arrays.asList(lines).subList(Math.max(0, lines.length - count), lines.length);
  }

  @Test
  void helpBackAndAReAskThenTheAnswersThenAVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Question 1 · up to 3 more after this").waitFor("Chest pain?").line("?");
      terminal.waitFor("Pain that spreads into the chest.").line("no");
      terminal.waitFor("Question 2 · up to 2 more after this").line("back");
      terminal.waitFor("Question 1 · up to 3 more after this", 2).waitFor("  Before: no").line("N");
      terminal.waitFor("Numbness?", 2).line("maybe");
      terminal.waitFor("Please answer yes, no or unsure.").line("no");
      terminal.waitFor("Question 3").waitFor("a whole number from 0 to 1000").line("3");
      terminal.waitFor("Question 4 · the last one").waitFor("2) 4 hours or more").line("2");
      terminal.waitFor("  2 → 4 hours or more");
      terminal.waitFor("Your answers\n  1) Chest pain?: no\n  2) Numbness?: no\n  3) Pops a day?: 3\n"
          + "  4) Hours sitting?: 4 hours or more\n"
          + "  Press Enter to see your result, or type a number to change that answer.").line("");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      String screen = terminal.screen();
      assertTrue(screen.contains(" SELF-CARE  Move gently"), screen);
      assertTrue(screen.contains("  - Move gently.\n  - Take breaks."), screen);
      assertTrue(screen.contains("Not a diagnosis."), screen);
      assertTrue(screen.contains("Get help sooner if\n  Seek help if it gets worse."), screen);
      assertFalse(screen.contains("sha256"), "which questionnaire ran is for --verbose");
      assertEquals("", terminal.err());
    }
  }

  @Test
  void theVerdictEndsWithASummaryThatFitsTheBottomThirdOfTheScreen() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("no");
      terminal.waitFor("Numbness?").line("unsure");
      terminal.waitFor("Pops a day?").line("12");
      terminal.waitFor("Hours sitting?").line("1");
      terminal.waitFor("Your answers").line("");
      terminal.waitFor(AFTER_VERDICT); // the prompt too, not only the words before it
      assertEquals(List.of(
          "------------------------------------------------------------",
          " SEE A PROFESSIONAL  Soon",
          "First: Book a visit.",
          "Sooner: Seek help if it gets worse.",
          "  Press Enter to finish, or type back or change to change an answer.",
          "> "), bottom(terminal, 6));
      terminal.line("");
      assertEquals(0, terminal.exitCode());
    }
  }

  @Test
  void aScreenOfSignsWithOneNotSureKeepsEachSignAsItsOwnQuestion() throws Exception {
    Path record = dir.resolve("t.jsonl");
    try (VirtualTerminal terminal = new VirtualTerminal(screened, "--record", record.toString())) {
      terminal.waitFor("Questions 1 to 3 · up to 3 more after these\nDo any of these apply to you?\n"
          + "  1) Chest pain?\n  2) Short of breath?\n  3) A drooping face?\n").line("yes");
      terminal.waitFor("Please type the numbers of those that apply, from 1 to 3").line("? 2");
      terminal.waitFor("New trouble breathing.").line("2?");
      terminal.waitFor("  Taken: 2 not sure").waitFor("Numbness?").line("no");
      terminal.waitFor("Pops a day?").line("1");
      terminal.waitFor("Hours sitting?").line("few");
      terminal.waitFor("  1) Chest pain?: no\n  2) Short of breath?: unsure\n  3) A drooping face?: no\n").line("");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      assertTrue(terminal.screen().contains(" URGENT  Today"), terminal.screen());
      assertTrue(terminal.screen().contains("  - Short of breath? You answered: unsure."), terminal.screen());
    }
    String line = Files.readString(record).replaceAll("\"ms\":\\d+", "\"ms\":0");
    assertTrue(line.contains("{\"question\":\"chest\",\"text\":\"" + Transcript.hash("Chest pain?")
        + "\",\"answer\":\"no\",\"ms\":0,\"help\":1,\"back\":0,\"rejected\":1},"
        + "{\"question\":\"breath\",\"text\":\"" + Transcript.hash("Short of breath?")
        + "\",\"answer\":\"unsure\",\"ms\":0,\"help\":0,\"back\":0,\"rejected\":0},"
        + "{\"question\":\"stroke\",\"text\":\"" + Transcript.hash("A drooping face?")
        + "\",\"answer\":\"no\",\"ms\":0,\"help\":0,\"back\":0,\"rejected\":0},"), line);
    assertTrue(line.endsWith("\"end\":\"verdict\",\"level\":\"urgent\",\"outcome\":\"urgent\"}\n"), line);
  }

  @Test
  void aPersonWithNoWarningSignReachesSelfCareInAtMostTwelvePrompts() throws Exception {
    List<String> answers = List.of("none", "none", "none", "no", "no", "none", "none", "3", "2", "none", "");
    try (VirtualTerminal terminal = new VirtualTerminal()) {
      for (String answer : answers) {
        terminal.line(answer);
      }
      terminal.waitFor(AFTER_VERDICT); // the prompt too, not only the words before it
      assertTrue(answers.size() <= 12, "prompts before the verdict: " + answers.size());
      assertTrue(terminal.screen().contains(" SELF-CARE  Gentle movement and good habits should help"),
          terminal.screen());
      assertEquals(answers.size() + 1, terminal.screen().split("\n> ", -1).length - 1 + 0,
          "one prompt per answer, and the one after the verdict");
      terminal.line("");
      assertEquals(0, terminal.exitCode());
    }
  }

  @Test
  void aSignTickedOnAScreenEndsTheWalkAsItsOwnAnswerWould() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(screened)) {
      terminal.waitFor("Do any of these apply to you?").line("1 3");
      terminal.waitFor("  Taken: 1 yes, 3 yes").waitFor(AFTER_VERDICT);
      assertFalse(terminal.screen().contains("Your answers"), "an emergency is shown at once");
      assertTrue(terminal.screen().contains("  - Chest pain? You answered: yes."), terminal.screen());
      terminal.line("");
      assertEquals(0, terminal.exitCode());
    }
  }

  @Test
  void anyAnswerCanBeChangedFromTheListBeforeTheVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("no");
      terminal.waitFor("Numbness?").line("no");
      terminal.waitFor("Pops a day?").line("3");
      terminal.waitFor("Hours sitting?").line("few");
      terminal.waitFor("Your answers").line("2");
      terminal.waitFor("Numbness?", 2).line("yes");
      terminal.waitFor("  1) Chest pain?: no\n  2) Numbness?: yes\n  Press Enter").line("");
      terminal.waitFor(AFTER_VERDICT); // the prompt too, not only the words before it
      assertTrue(terminal.screen().contains(" URGENT  Today"), terminal.screen());
      terminal.line("");
      assertEquals(0, terminal.exitCode());
    }
  }

  @Test
  void aMistypedYesCanBeUndoneAfterTheVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("y");
      terminal.waitFor("Press Enter to finish").line("back");
      terminal.waitFor("Chest pain?", 2).waitFor("  Before: yes").line("n");
      terminal.waitFor("Numbness?").line("n");
      terminal.waitFor("Pops a day?").line("3");
      terminal.waitFor("Hours sitting?").line("few");
      terminal.waitFor("Your answers").line("");
      terminal.waitFor("Press Enter to finish", 2).line("change");
      terminal.waitFor("Your answers", 2).line("3");
      terminal.waitFor("Pops a day?", 2).line("12");
      terminal.waitFor("Your answers", 3).line("");
      terminal.waitFor(AFTER_VERDICT, 3);
      List<String> last = bottom(terminal, 6);
      assertEquals(" SEE A PROFESSIONAL  Soon", last.get(1), String.join("\n", last));
      terminal.line("");
      assertEquals(0, terminal.exitCode());
    }
  }

  @Test
  void aChoiceSaysWhatWasTakenAndPartOfItsWordsIsEnough() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions, "--answer", "chest=no", "--answer", "numb=no",
        "--answer", "pops=3")) {
      terminal.waitFor("Hours sitting?").line("4 hours or");
      terminal.waitFor("  2 → 4 hours or more").waitFor("(given with --answer)").line("1");
      terminal.waitFor("Answer 1 was given with --answer, so it cannot be changed here.").line("");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
    }
  }

  @Test
  void aNearMissGetsADidYouMeanAndACommandWordGetsTheRealCommands() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("yse");
      terminal.waitFor("Did you mean yes? Please answer yes, no or unsure.").line("exit");
      terminal.waitFor("To stop, type quit. To go back, type back. For help, type ?.").line("quit");
      assertEquals(3, terminal.exitCode());
    }
  }

  @Test
  void aResizedTerminalGetsTheQuestionLaidOutAgain() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(screened)) {
      terminal.waitFor("  Type the numbers of any that apply (such as 1 3), or none. Add ? to a number\n"
          + "  if you are not sure (2?).");
      terminal.resize(40);
      terminal.waitFor("  Type the numbers of any that apply\n  (such as 1 3), or none. Add ? to a\n"
          + "  number if you are not sure (2?).");
      terminal.line("none");
      terminal.waitFor("Numbness?").line("quit");
      assertEquals(3, terminal.exitCode());
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
      terminal.waitFor("  1) Chest pain?: no (given with --answer)").line("");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      assertFalse(terminal.screen().contains("\nChest pain?"), terminal.screen());
      assertFalse(terminal.screen().contains("\nPops a day?"), terminal.screen());
      assertTrue(terminal.screen().contains(" SELF-CARE  Move gently"), terminal.screen());
    }
  }

  @Test
  void theWholeWalkIsInSpanish() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal("--lang", "es")) {
      terminal.waitFor("Responda cada pregunta. Escriba ? para ver ayuda, atrás para volver, o salir\npara terminar.");
      terminal.waitFor("Preguntas 1 a 4 · quedan hasta 30 más").waitFor("¿Le pasa alguna de estas cosas?")
          .line("ayuda");
      terminal.waitFor("Cada línea es una pregunta.").line("? 1");
      terminal.waitFor("El dolor o una sensación de peso u opresión en el pecho").line("ninguna");
      terminal.waitFor("Preguntas 5 a 7").line("atrás");
      terminal.waitFor("Preguntas 1 a 4 · quedan hasta 30 más", 2).waitFor("  Antes: ninguna de estas")
          .line("quizás");
      terminal.waitFor("Por favor, escriba los números de las que le pasan").line("2");
      terminal.waitFor("Pulse Intro para terminar").line("");
      assertEquals(0, terminal.exitCode());
      String verdict = terminal.screen();
      assertTrue(verdict.contains("!! EMERGENCIA: Llame ahora al 112 !!"), verdict);
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
  void theAnswersAndVerdictCanBeSavedToShowAProfessional() throws Exception {
    Path saved = dir.resolve("for-my-doctor.txt");
    try (VirtualTerminal terminal = new VirtualTerminal(questions, "--save", saved.toString())) {
      terminal.waitFor("Chest pain?").line("no");
      terminal.waitFor("Numbness?").line("yes");
      terminal.waitFor("Your answers").line("");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      assertEquals("Saved to " + saved + ".\n", terminal.err());
    }
    String text = Files.readString(saved);
    assertTrue(text.startsWith("What you told us, and what we suggest\n"), text);
    assertTrue(text.contains("Your answers\n   1. Chest pain? no\n   2. Numbness? yes\n"), text);
    assertTrue(text.contains(" URGENT  Today\n"), text);
    assertTrue(text.contains("Questionnaire test version 1.0.0 ("), text);
    assertFalse(text.contains("\u001b"), "plain text to print");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
  }

  @Test
  void backAtTheFirstQuestionSaysSo() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("back");
      terminal.waitFor("This is the first question, so there is nothing to go back to.").line("yes");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      assertTrue(terminal.screen().contains("!! EMERGENCY: Call now !!"), terminal.screen());
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
      assertFalse(terminal.screen().contains("Not a diagnosis"), "no verdict: " + terminal.screen());
    }
  }

  @Test
  void ctrlCInterruptsWithNoVerdict() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").keys("ye\u0003");
      assertEquals(130, terminal.exitCode());
      assertEquals("triage: Interrupted: no result was given.\n", terminal.err());
      assertFalse(terminal.screen().contains("Not a diagnosis"), "no verdict: " + terminal.screen());
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
      terminal.waitFor("Hours sitting?").keys("Und\t");
      terminal.waitFor("> Under 4 hours").line("");
      terminal.waitFor("Your answers").line("");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      String verdict = terminal.screen();
      assertTrue(verdict.contains(" URGENT  Today"), verdict);
      assertTrue(verdict.contains("  - Chest pain? You answered: unsure."), verdict);
    }
  }

  @Test
  void anEmergencyIsFramedInWordsAndRedUnlessColourIsOff() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(questions)) {
      terminal.waitFor("Chest pain?").line("yes");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      assertTrue(terminal.rawScreen().contains("\u001b[1;97;41m!! EMERGENCY: Call now !!"),
          terminal.rawScreen().replace("\u001b", "ESC"));
    }
    for (String[] args : new String[][] {{questions, "--no-color"}}) {
      try (VirtualTerminal terminal = new VirtualTerminal(args)) {
        terminal.waitFor("Chest pain?").line("yes");
        terminal.waitFor("Press Enter to finish").line("");
        assertEquals(0, terminal.exitCode());
        assertFalse(terminal.rawScreen().matches(SGR), String.join(" ", args));
        assertTrue(terminal.screen().contains("=========================\n!! EMERGENCY: Call now !!\n"
            + "=========================\n"), terminal.screen());
      }
    }
    for (Map<String, String> env : List.of(Map.of("NO_COLOR", "1"), Map.of("TERM", "dumb"))) {
      try (VirtualTerminal terminal = new VirtualTerminal(env, questions)) {
        terminal.waitFor("Chest pain?").line("yes");
        terminal.waitFor("Press Enter to finish").line("");
        assertEquals(0, terminal.exitCode());
        assertFalse(terminal.rawScreen().matches(SGR), env.toString());
        assertTrue(terminal.screen().contains("!! EMERGENCY: Call now !!"), env.toString());
      }
    }
  }

  @Test
  void plainModeSpeaksInFullSentencesOneQuestionAtATime() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(screened, "--plain")) {
      terminal.waitFor("Question 1. There are up to 5 more questions after this one.")
          .waitFor("Please answer yes, no or unsure.")
          .waitFor("Your answer:")
          .line("yes");
      terminal.waitFor("Press Enter to finish").line("");
      assertEquals(0, terminal.exitCode());
      assertTrue(terminal.screen().contains("Result: EMERGENCY. Call now"), terminal.screen());
      assertFalse(terminal.screen().contains("!!"), "a screen reader reads a frame as noise");
    }
  }
}
