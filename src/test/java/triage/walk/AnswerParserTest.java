package triage.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.walk.AnswerParser.Strictness;

class AnswerParserTest {

  private final Questionnaire questionnaire = Trees.valid(Trees.SMALL);
  private final Question chest = questionnaire.question("chest").orElseThrow();
  private final Question pops = questionnaire.question("pops").orElseThrow();
  private final Question sitting = questionnaire.question("sitting").orElseThrow();

  private static Optional<String> value(Question question, String input, Strictness strictness) {
    return AnswerParser.parse(question, input, strictness, triage.model.AnswerWords.ENGLISH).map(step -> step.answer().value());
  }

  @Test
  void wordsAreCaseInsensitiveAndTrimmed() {
    assertEquals(Optional.of("yes"), value(chest, "  YES \r", Strictness.EXACT));
    assertEquals(Optional.of("unsure"), value(chest, "Not Sure", Strictness.EXACT));
  }

  @Test
  void aPersonMayAbbreviateAScriptMayNot() {
    assertEquals(Optional.of("yes"), value(chest, "y", Strictness.FORGIVING));
    assertEquals(Optional.of("no"), value(chest, "N", Strictness.FORGIVING));
    assertEquals(Optional.of("unsure"), value(chest, "don’t know", Strictness.FORGIVING));
    assertEquals(Optional.empty(), value(chest, "y", Strictness.EXACT));
  }

  @Test
  void optionNumbersAndWordsAreForPeopleValuesForEveryone() {
    assertEquals(Optional.of("many"), value(sitting, "2", Strictness.FORGIVING));
    assertEquals(Optional.of("few"), value(sitting, "under 4 HOURS", Strictness.FORGIVING));
    assertEquals(Optional.of("many"), value(sitting, "many", Strictness.EXACT));
    assertEquals(Optional.empty(), value(sitting, "2", Strictness.EXACT), "a reordered list must not change a script");
    assertEquals(Optional.empty(), value(sitting, "3", Strictness.FORGIVING));
  }

  @Test
  void numbersMustBeWholeAndInRange() {
    assertEquals(Optional.of("10-1000"), value(pops, "10", Strictness.EXACT));
    assertEquals(Optional.of("0-9"), value(pops, "+9", Strictness.EXACT));
    for (String bad : new String[] {"-1", "1001", "2.5", "ten", "", "1e3", "99999999999999999999"}) {
      assertTrue(value(pops, bad, Strictness.FORGIVING).isEmpty(), bad);
    }
  }

  @Test
  void aNumberTakesUnsureOnlyWhereTheFileSaysSo() {
    assertEquals(Optional.empty(), value(pops, "unsure", Strictness.FORGIVING));
    Question withUnsure = Trees.valid(Trees.SMALL.replace("      - {min: 10, max: 1000, next: sitting, raise: see-professional}\n",
        "      - {min: 10, max: 1000, next: sitting, raise: see-professional}\n    unsure: {next: sitting, raise: see-professional}\n"))
        .question("pops").orElseThrow();
    assertEquals(Optional.of("unsure"), value(withUnsure, "Not sure", Strictness.EXACT));
    assertEquals(Optional.of("unsure"), value(withUnsure, "u", Strictness.FORGIVING));
    assertEquals(Optional.of("0-9"), value(withUnsure, "3", Strictness.EXACT));
    assertEquals("a whole number from 0 to 1000, or unsure", AnswerParser.describe(withUnsure));
    assertEquals(List.of("unsure"), AnswerParser.words(withUnsure));
  }

  @Test
  void aLanguageBringsItsWordsAndTheValuesStillWork() {
    triage.model.AnswerWords spanish = new triage.model.AnswerWords(
        Map.of("yes", List.of("sí", "si"), "no", List.of("no"),
            "unsure", List.of("no sé")), Map.of("s", "yes", "ns", "unsure"));
    assertEquals(Optional.of("yes"), AnswerParser.parse(chest, "Sí", Strictness.EXACT, spanish).map(s -> s.answer().value()));
    assertEquals(Optional.of("unsure"), AnswerParser.parse(chest, "no sé", Strictness.EXACT, spanish)
        .map(s -> s.answer().value()));
    assertEquals(Optional.of("yes"), AnswerParser.parse(chest, "yes", Strictness.EXACT, spanish)
        .map(s -> s.answer().value()), "the values work in every language");
    assertEquals(Optional.empty(), AnswerParser.parse(chest, "s", Strictness.EXACT, spanish), "abbreviations are for people");
    assertEquals(Optional.of("unsure"), AnswerParser.parse(chest, "ns", Strictness.FORGIVING, spanish)
        .map(s -> s.answer().value()));
    assertEquals(List.of("sí", "no", "no sé"), AnswerParser.shownWords(chest, spanish));
  }

  @Test
  void anUnknownWordIsNeverAGuess() {
    for (String bad : new String[] {"maybe", "", "yess", "nope", "?", "\u0000"}) {
      assertEquals(Optional.empty(), value(chest, bad, Strictness.FORGIVING), bad);
    }
  }
}
