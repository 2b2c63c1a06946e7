package triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Problem;

class QuestionnaireLoaderTest {

  private static List<String> problems(String yaml) {
    return Trees.load(yaml).problems().stream().map(Problem::format).toList();
  }

  private static List<String> problems(byte[] bytes) {
    return QuestionnaireLoader.load("q.yaml", bytes).problems().stream().map(Problem::format).toList();
  }

  @Test
  void theSmallTreeLoadsWithoutProblems() {
    Loaded loaded = Trees.load(Trees.SMALL);
    assertEquals(List.of(), loaded.problems());
    assertEquals(4, loaded.ready().questions().size());
    assertEquals("chest", loaded.ready().start());
  }

  @Test
  void anUnknownKeyIsReportedWithADidYouMean() {
    assertEquals(List.of("q.yaml:19:5: error: question `numb`: `text` is missing [missing]",
        "q.yaml:22:5: error: question `numb`: unknown key `txet`; did you mean `text`? [unknown-key]"),
        problems(Trees.small("    text: Numbness?", "    txet: Numbness?")));
  }

  @Test
  void aMissingOrEmptyTextIsAnError() {
    assertEquals(List.of("q.yaml:13:11: error: question `chest`: `text` is empty [missing]"),
        problems(Trees.small("    text: Chest pain?", "    text: \"\"")));
  }

  @Test
  void aReferenceToNothingIsReportedWithADidYouMean() {
    assertEquals(List.of("q.yaml:16:19: error: question `chest` sends `yes` to `emergncy`, which does not exist;"
        + " did you mean `emergency`? [reference]"),
        problems(Trees.small("yes: {next: emergency}", "yes: {next: emergncy}")));
  }

  @Test
  void adviceThatDoesNotExistIsReported() {
    assertEquals(List.of("q.yaml:40:9: error: question `sitting`: answer `many` adds advice `braeks`, which does not"
        + " exist; did you mean `breaks`? [reference]"),
        problems(Trees.small("advice: [breaks]", "advice: [braeks]")));
  }

  @Test
  void duplicateIdsAreReported() {
    assertEquals(List.of("q.yaml:19:5: error: question id `chest` is already used at line 10; ids must be unique"
        + " [duplicate-id]"),
        problems(Trees.small("  - id: numb\n", "  - id: chest\n").replace("{next: numb", "{next: pops")));
  }

  @Test
  void aQuestionAndAnOutcomeMayNotShareAnId() {
    assertEquals(List.of("q.yaml:44:5: error: outcome id `pops` is already used at line 27; ids must be unique"
        + " [duplicate-id]"),
        problems(Trees.small("{id: see_pro, level: see-professional", "{id: pops, level: see-professional")
            .replace("see-professional: see_pro", "see-professional: pops")));
  }

  @Test
  void aLoopIsReportedNamingEveryQuestionInIt() {
    assertEquals(List.of("q.yaml:34:36: error: question `pops` sends `10-1000` back to `chest`, a loop:"
        + " chest -> numb -> pops -> chest [cycle]"),
        problems(Trees.small("{min: 10, max: 1000, next: sitting", "{min: 10, max: 1000, next: chest")));
  }

  @Test
  void aQuestionSendingAnAnswerToItselfIsALoop() {
    assertEquals(List.of("q.yaml:25:18: error: question `numb` sends `no` back to itself [cycle]"),
        problems(Trees.small("no: {next: pops}", "no: {next: numb}")));
  }

  @Test
  void numberRangesWithAGapAreReported() {
    assertEquals(List.of("q.yaml:34:9: error: question `pops`: no range covers 10 to 11 [range]"),
        problems(Trees.small("{min: 10, max: 1000", "{min: 12, max: 1000")));
  }

  @Test
  void numberRangesThatOverlapAreReported() {
    assertEquals(List.of("q.yaml:34:9: error: question `pops`: range 8 to 1000 overlaps range 0 to 9 (8 to 9) [range]"),
        problems(Trees.small("{min: 10, max: 1000", "{min: 8, max: 1000")));
  }

  @Test
  void numberRangesMustReachTheEndsOfTheQuestion() {
    assertEquals(List.of("q.yaml:27:5: error: question `pops`: no range covers 1000 [range]"),
        problems(Trees.small("{min: 10, max: 1000", "{min: 10, max: 999")));
  }

  @Test
  void aRedFlagMustAcceptUnsure() {
    assertEquals(List.of("q.yaml:19:5: error: question `numb` is a red flag, so it must accept `unsure`: not knowing"
        + " must never lower urgency [unsure]"),
        problems(Trees.small("      unsure: {next: pops, raise: see-professional}\n", "")));
  }

  @Test
  void aRedFlagNumberMustAcceptUnsureAndAChoiceCannotBeARedFlag() {
    assertEquals(List.of("q.yaml:27:5: error: question `pops` is a red flag, so it must accept `unsure`: not knowing"
        + " must never lower urgency [unsure]"),
        problems(Trees.small("    type: number\n", "    type: number\n    red_flag: see-professional\n")));
    assertEquals(List.of("q.yaml:35:5: error: question `sitting`: only a yes-no or a number question can be a"
        + " `red_flag` [type]"),
        problems(Trees.small("    type: choice\n", "    type: choice\n    red_flag: urgent\n")));
  }

  @Test
  void unsureOnAQuestionOfTheWrongTypeIsReported() {
    assertEquals(List.of("q.yaml:37:5: error: question `sitting`: `unsure` does not belong to a choice question"
        + " [unknown-key]"),
        problems(Trees.small("    type: choice\n", "    type: choice\n    unsure: {next: self_care}\n")));
  }

  @Test
  void aRaiseNeedsAnOutcomeToEscalateTo() {
    assertEquals(List.of("q.yaml:25:7: error: question `numb`: answer `unsure` raises the level to see-professional,"
        + " but `escalation` names no outcome for see-professional [escalation]",
        "q.yaml:33:9: error: question `pops`: answer `10-1000` raises the level to see-professional, but `escalation`"
        + " names no outcome for see-professional [escalation]"),
        problems(Trees.small("  see-professional: see_pro\n", "")));
  }

  @Test
  void everyProblemIsReportedAtOnceInFileOrder() {
    String broken = Trees.small("    text: Numbness?", "    txet: Numbness?")
        .replace("yes: {next: emergency}", "yes: {next: emergncy}")
        .replace("{min: 10, max: 1000", "{min: 12, max: 1000");
    assertEquals(List.of(
        "q.yaml:16:19: error: question `chest` sends `yes` to `emergncy`, which does not exist;"
            + " did you mean `emergency`? [reference]",
        "q.yaml:19:5: error: question `numb`: `text` is missing [missing]",
        "q.yaml:22:5: error: question `numb`: unknown key `txet`; did you mean `text`? [unknown-key]",
        "q.yaml:34:9: error: question `pops`: no range covers 10 to 11 [range]"), problems(broken));
  }

  @Test
  void aDuplicateKeyIsRejected() {
    assertEquals(List.of("q.yaml:14:5: error: `text` is given twice in the same map (first at line 13) [duplicate-key]"),
        problems(Trees.small("    text: Chest pain?\n", "    text: Chest pain?\n    text: Chest ache?\n")));
  }

  @Test
  void aGlobalTagIsRefusedAndNothingIsConstructed() {
    assertEquals(List.of("q.yaml:1:5: error: tags such as `!!javax.script.ScriptEngineManager` are not allowed: they can"
        + " change what a value means; write the value plainly (quote it to keep it text) [syntax]"),
        problems("id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://localhost/\"]]]]\n"));
  }

  @Test
  void tabsForIndentationAreReportedWhereTheyAre() {
    assertEquals(List.of("q.yaml:3:1: error: a tab character is used for indentation; indent with spaces [syntax]"),
        problems("id: x\nnotices:\n\tnot_a_diagnosis: x\n"));
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumn() {
    byte[] bytes = "id: test\nversion: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(List.of("q.yaml:2:13: error: invalid UTF-8: byte 0xE9; save the file as UTF-8 [syntax]"),
        problems(bytes));
  }

  @Test
  void aByteOrderMarkIsAllowed() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = Trees.SMALL.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(List.of(), problems(bytes));
  }

  @Test
  void anEmptyFileIsAnError() {
    assertEquals(List.of("q.yaml:1:1: error: the file is empty [syntax]"), problems(""));
  }

  @Test
  void aListWhereAMapBelongsIsAnError() {
    assertEquals(List.of("q.yaml:1:1: error: the questionnaire must be a map of `key: value` lines, not a list [type]"),
        problems("- id: x\n- id: y\n"));
  }

  @Test
  void aSyntaxErrorPointsAtTheProblem() {
    assertEquals(List.of("q.yaml:2:11: error: the text holds a colon followed by a space, which YAML reads as the start"
        + " of a key: put the whole text in quotes: `version: \"a: b\"` [syntax]"),
        problems("id: x\nversion: a: b\n"));
  }

  @Test
  void aWrongLevelWordIsReportedWithADidYouMean() {
    assertEquals(List.of("q.yaml:21:15: error: question `numb`: `red_flag` must be one of self-care, see-professional,"
        + " urgent, emergency, not `urgnet`; did you mean `urgent`? [type]"),
        problems(Trees.small("red_flag: urgent", "red_flag: urgnet")));
  }

  @Test
  void yesAndNoStayWordsEvenThoughYamlCallsThemBooleans() {
    Loaded loaded = Trees.load(Trees.SMALL);
    assertEquals(List.of("yes", "no", "unsure"),
        loaded.ready().questions().get(0).answers().stream().map(a -> a.value()).toList());
  }

  @Test
  void textMayBeGivenInSeveralLanguages() {
    Loaded loaded = Trees.load(Trees.small("    text: Chest pain?",
        "    text:\n      en: Chest pain?\n      es: ¿Dolor de pecho?"));
    assertFalse(loaded.hasErrors());
    assertEquals("¿Dolor de pecho?", loaded.ready().questions().get(0).text().in("es"));
    assertEquals("Chest pain?", loaded.ready().questions().get(0).text().in("fr"));
  }

  @Test
  void questionsAfterOnesWithListsInsideThemAreAllRead() {
    // pops has `ranges:` and sitting has `options:`: lists inside questions must not end the question list.
    assertEquals(List.of("chest", "numb", "pops", "sitting"),
        Trees.load(Trees.SMALL).ready().questions().stream().map(q -> q.id()).toList());
  }

  @Test
  void aLanguageNamedAfterTheQuestionsStillAppliesToThem() {
    String spanishLast = Trees.SMALL.replace("    text: Chest pain?", "    text:\n      es: ¿Dolor de pecho?")
        .replace("    text: Numbness?", "    text:\n      es: ¿Entumecimiento?")
        .replace("    text: Pops a day?", "    text:\n      es: ¿Chasquidos al día?")
        .replace("    text: Hours sitting?", "    text:\n      es: ¿Horas sentado?")
        .replace("{value: few, text: Under 4 hours", "{value: few, text: {es: Menos de 4 horas}")
        .replace("{value: many, text: 4 hours or more", "{value: many, text: {es: 4 horas o más}")
        .replace("  not_a_diagnosis: Not a diagnosis.\n  seek_help_if: Seek help if it gets worse.",
            "  not_a_diagnosis: {es: No es un diagnóstico.}\n  seek_help_if: {es: Busque ayuda.}")
        .replace("title: Call now", "title: {es: Llame ya}").replace("title: Today", "title: {es: Hoy}")
        .replace("title: Soon", "title: {es: Pronto}").replace("title: Move gently", "title: {es: Muévase}")
        .replace("text: Call for help.", "text: {es: Pida ayuda.}").replace("text: See a doctor today.", "text: {es: Hoy.}")
        .replace("text: Book a visit.", "text: {es: Cita.}").replace("text: Move gently.", "text: {es: Muévase.}")
        .replace("text: Take breaks.", "text: {es: Pausas.}") + "language: es\n";
    Loaded loaded = Trees.load(spanishLast);
    assertEquals(List.of(), loaded.problems().stream().map(Problem::format).toList());
    assertEquals("es", loaded.ready().language());
    assertEquals("¿Dolor de pecho?", loaded.ready().questions().get(0).text().in("es"));
  }

  @Test
  void languagesAreCheckedWhereTheyAreWritten() {
    String declared = Trees.SMALL.replace("escalation:\n", "languages:\n  es:\n    yes: [sí]\n    no: [no]\n"
        + "    abbreviations: {s: si}\n  english: {yes: [yes], no: [no], unsure: [unsure]}\nescalation:\n");
    assertEquals(List.of(
        "q.yaml:7:3: error: `languages` does not include `en`, the default language [translation]",
        "q.yaml:8:5: error: language `es`: `unsure` is missing [missing]",
        "q.yaml:10:24: error: language `es`: abbreviation `s` must stand for yes, no or unsure, not `si` [type]",
        "q.yaml:11:3: error: `languages`: `english` is not a language code such as `en` or `es` [type]"),
        problems(declared));
  }

  @Test
  void theDigestIsOfTheExactBytes() {
    Loaded loaded = Trees.load(Trees.SMALL);
    assertEquals(Trees.SMALL_SHA256, loaded.origin().sha256());
  }
}
