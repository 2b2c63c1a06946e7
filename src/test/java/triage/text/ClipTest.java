package triage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A question named in a message by its first words. */
class ClipTest {

  @Test
  void aShortTextIsWhole() {
    assertEquals("Do you have a fever?", Clip.atWord("Do you have a fever?", 60));
    assertEquals("Exactly ten", Clip.atWord("Exactly ten", 11));
  }

  @Test
  void aLongTextIsCutAtAWordWithAnEllipsis() {
    assertEquals("Do you have pain, pressure or tightness in your chest or…", Clip.atWord(
        "Do you have pain, pressure or tightness in your chest or belly? This includes pain that spreads there.", 60));
    assertEquals("one two…", Clip.atWord("one two three", 8), "the cut falls on a space");
    assertEquals("Think of the last 3 months…", Clip.atWord("Think of the last 3 months. Did you have a trip?", 28),
        "no stop before the ellipsis");
  }

  @Test
  void lineBreaksAndRunsOfSpacesAreOneSpace() {
    assertEquals("a b c", Clip.atWord(" a\n b\t\tc ", 60));
  }

  @Test
  void aWordLongerThanTheLimitIsCutInside() {
    assertEquals("abcde…", Clip.atWord("abcdefghij", 5));
  }

  @Test
  void charactersAreCountedNotUtf16Units() {
    assertEquals("¿Tiene 😀😀 dolor?", Clip.atWord("¿Tiene 😀😀 dolor?", 16));
  }
}
