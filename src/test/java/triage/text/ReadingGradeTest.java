package triage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Flesch-Kincaid grades worked out by hand from the formula and the counting rules in the Javadoc. */
class ReadingGradeTest {

  @Test
  void syllablesFollowTheRules() {
    assertEquals(1, ReadingGrade.syllables("cat"));
    assertEquals(1, ReadingGrade.syllables("bones"), "a silent -es");
    assertEquals(1, ReadingGrade.syllables("walked"), "a silent -ed");
    assertEquals(2, ReadingGrade.syllables("needed"), "-ed after d is said");
    assertEquals(2, ReadingGrade.syllables("table"), "-le after a consonant is said");
    assertEquals(6, ReadingGrade.syllables("osteoporosis"), "a word the rules miscount, from the list");
    assertEquals(2, ReadingGrade.syllables("well-known"), "parts of a hyphenated word add up");
  }

  @Test
  void oneShortSentence() {
    // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
    assertEquals(-1.45, ReadingGrade.of("The cat sat on the mat."), 1e-9);
  }

  @Test
  void longWordsRaiseTheGrade() {
    // osteoporosis 6 + weakens 2 + bones 1 = 9 syllables, 3 words, 1 sentence: 1.17 + 35.4 - 15.59 = 20.98
    assertEquals(20.98, ReadingGrade.of("Osteoporosis weakens bones."), 1e-9);
  }

  @Test
  void sentencesAreCountedAndPlaceholdersReadAsANumber() {
    // "Call {emergency_number} now." reads as "Call 911 now.": call 1 + 911 3 + now 1 = 5 syllables, 3 words;
    // "Do not wait." 3 syllables, 3 words: 6 words, 8 syllables, 2 sentences: 0.39 * 3 + 11.8 * 8 / 6 - 15.59
    assertEquals(0.39 * 3 + 11.8 * 8 / 6 - 15.59, ReadingGrade.of("Call {emergency_number} now. Do not wait."), 1e-9);
  }
}
