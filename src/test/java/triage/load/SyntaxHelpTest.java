package triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Problem;

/** YAML mistakes an author makes, each said as the fix it needs, at the line to change. */
class SyntaxHelpTest {

  private static List<String> errors(String yaml) {
    return Trees.load(yaml).problems().stream().filter(Problem::isError).map(Problem::format).toList();
  }

  @Test
  void aColonInPlainTextIsToBeQuoted() {
    assertEquals(List.of("q.yaml:22:15: error: the text holds a colon followed by a space, which YAML reads as the start"
        + " of a key: put the whole text in quotes: `text: \"Note: numbness?\"` [syntax]"),
        errors(Trees.small("text: Numbness?", "text: Note: numbness?")));
  }

  @Test
  void aColonInATextOfALanguageMapIsToBeQuoted() {
    assertEquals(List.of("q.yaml:22:20: error: the text holds a colon followed by a space, which YAML reads as the start"
        + " of a key: put the whole text in quotes: `text: {en: \"Note: headaches get worse\"}` [syntax]"),
        errors(Trees.small("text: Numbness?", "text: {en: Note: headaches get worse}")));
  }

  @Test
  void aColonInAListItemIsToBeQuotedWithSingleQuotesWhenTheTextHasDoubleOnes() {
    assertEquals(List.of("q.yaml:22:20: error: the text holds a colon followed by a space, which YAML reads as the start"
        + " of a key: put the whole text in quotes: `text: 'Say \"stop: now\"'` [syntax]"),
        errors(Trees.small("text: Numbness?", "text: Say \"stop: now\"")));
  }

  @Test
  void aKeyTwoSpacesShortSaysItsColumnAndTheLineItBelongsWith() {
    assertEquals(List.of("q.yaml:21:3: error: `red_flag` starts at column 3, but belongs with `type` on line 20, which"
        + " starts at column 5: move it to column 5 (the keys of one map start in the same column) [syntax]"),
        errors(Trees.small("    red_flag: urgent", "  red_flag: urgent")));
  }

  @Test
  void aKeyTooFarInSaysItsColumnAndTheLineItBelongsWith() {
    assertEquals(List.of("q.yaml:21:7: error: `red_flag` starts at column 7, but belongs with `type` on line 20, which"
        + " starts at column 5: move it to column 5 (the keys of one map start in the same column) [syntax]"),
        errors(Trees.small("    red_flag: urgent", "      red_flag: urgent")));
  }

  @Test
  void aListItemOutOfLineSaysWhichItemItBelongsWith() {
    assertEquals(List.of("q.yaml:34:5: error: this `-` starts at column 5, but the `-` on line 33, the first of the list it belongs"
        + " to, starts at column 7: start both in the same column (the items of one list start in the same column)"
        + " [syntax]"),
        errors(Trees.small("      - {min: 10,", "    - {min: 10,")));
  }

  @Test
  void whenTheFirstKeyOfAMapIsOutOfLineBothAreNamed() {
    assertEquals(List.of("q.yaml:17:7: error: `no` starts at column 7, but `yes` on line 16, the first of the map it"
        + " belongs to, starts at column 8: start both in the same column (the keys of one map start in the same"
        + " column) [syntax]"),
        errors(Trees.small("      yes: {next: emergency}", "       yes: {next: emergency}")));
  }

  @Test
  void aCommaInATextOfALanguageMapIsToBeQuotedAndNothingFollowsFromIt() {
    assertEquals(List.of("q.yaml:22:29: error: the text `On one side, throbbing` holds a comma inside `{...}`, which"
        + " YAML reads as the end of the text: put the whole text in quotes: `text: {en: \"On one side, throbbing\"}`"
        + " [syntax]"),
        errors(Trees.small("text: Numbness?", "text: {en: On one side, throbbing}")));
  }

  @Test
  void aTabForIndentationIsSaidAsSuch() {
    assertEquals(List.of("q.yaml:22:1: error: a tab character is used for indentation; indent with spaces [syntax]"),
        errors(Trees.small("    text: Numbness?", "\ttext: Numbness?")));
  }

  @Test
  void anUnclosedQuoteIsShownWhereItOpens() {
    assertEquals(List.of("q.yaml:22:11: error: the quote \" opened here is never closed: end the text with \" (and"
        + " write a \" inside it as \\\") [syntax]"),
        errors(Trees.small("text: Numbness?", "text: \"Numbness?")));
    assertEquals(List.of("q.yaml:22:11: error: the quote ' opened here is never closed: end the text with ' (and"
        + " write a ' inside it as '') [syntax]"),
        errors(Trees.small("text: Numbness?", "text: 'Numbness?")));
  }

  @Test
  void theFirstKeyOfTheFileStartsAtColumnOne() {
    assertEquals(List.of("q.yaml:1:3: error: `id` starts at column 3, but the file's first keys start at column 1:"
        + " move it to column 1 [syntax]"),
        errors("  id: x\nversion: 1.0.0\n"));
  }

  @Test
  void aLineOfATextNotIndentedPastItsKeySaysHowFarToIndentIt() {
    assertEquals(List.of("q.yaml:23:5: error: this line goes on with the text of `text` on line 22, but starts at"
        + " column 5: indent it to column 6 or further (a text over several lines is indented past its key) [syntax]"),
        errors(Trees.small("    text: Numbness?\n", "    text: Numbness in an arm\n    or a leg?\n")));
  }

  @Test
  void whenTheLineAfterAgreesWithTheFirstKeyTheMisplacedOneIsTheOddOneOut() {
    assertEquals(List.of("q.yaml:17:6: error: `no` starts at column 6, but belongs with `yes` on line 16, which starts"
        + " at column 7: move it to column 7 (the keys of one map start in the same column) [syntax]"),
        errors(Trees.small("      no: {next: numb}", "     no: {next: numb}")));
  }
}
