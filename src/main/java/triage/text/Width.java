package triage.text;

/**
 * How many terminal columns text takes: most characters one, East Asian wide characters and most
 * emoji two, combining marks and invisible format characters none. A small, table-free version of
 * POSIX {@code wcwidth}, enough to wrap and line up the words a questionnaire shows.
 */
public final class Width {

  private Width() {}

  /** The columns of one code point. */
  public static int of(int codePoint) {
    if (codePoint == 0 || codePoint == '\u200b') {
      return 0;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || codePoint >= 0x1160 && codePoint <= 0x11ff) { // Hangul medial vowels and final consonants
      return 0;
    }
    return wide(codePoint) ? 2 : 1;
  }

  /** The columns of a string. */
  public static int of(CharSequence text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      columns += of(c);
      i += Character.charCount(c);
    }
    return columns;
  }

  private static boolean wide(int c) {
    return c >= 0x1100 && c <= 0x115f // Hangul initial consonants
        || c == 0x2329 || c == 0x232a
        || c >= 0x231a && c <= 0x231b || c >= 0x23e9 && c <= 0x23ec || c == 0x23f0 || c == 0x23f3
        || c >= 0x25fd && c <= 0x25fe || c >= 0x2614 && c <= 0x2615 || c >= 0x2648 && c <= 0x2653
        || c == 0x267f || c == 0x2693 || c == 0x26a1 || c >= 0x26aa && c <= 0x26ab || c >= 0x26bd && c <= 0x26be
        || c >= 0x26c4 && c <= 0x26c5 || c == 0x26ce || c == 0x26d4 || c == 0x26ea || c >= 0x26f2 && c <= 0x26f3
        || c == 0x26f5 || c == 0x26fa || c == 0x26fd || c == 0x2705 || c >= 0x270a && c <= 0x270b || c == 0x2728
        || c == 0x274c || c == 0x274e || c >= 0x2753 && c <= 0x2755 || c == 0x2757 || c >= 0x2795 && c <= 0x2797
        || c == 0x27b0 || c == 0x27bf || c >= 0x2b1b && c <= 0x2b1c || c == 0x2b50 || c == 0x2b55
        || c >= 0x2e80 && c <= 0x303e // CJK radicals, punctuation
        || c >= 0x3041 && c <= 0x33ff // kana, CJK compatibility
        || c >= 0x3400 && c <= 0x4dbf // CJK extension A
        || c >= 0x4e00 && c <= 0x9fff // CJK unified ideographs
        || c >= 0xa000 && c <= 0xa4cf // Yi
        || c >= 0xa960 && c <= 0xa97f // Hangul extended A
        || c >= 0xac00 && c <= 0xd7a3 // Hangul syllables
        || c >= 0xf900 && c <= 0xfaff // CJK compatibility ideographs
        || c >= 0xfe10 && c <= 0xfe19 || c >= 0xfe30 && c <= 0xfe6f // vertical and small forms
        || c >= 0xff00 && c <= 0xff60 || c >= 0xffe0 && c <= 0xffe6 // fullwidth forms
        || c >= 0x1f004 && c <= 0x1f004 || c == 0x1f0cf || c == 0x1f18e || c >= 0x1f191 && c <= 0x1f19a
        || c >= 0x1f200 && c <= 0x1f251
        || c >= 0x1f300 && c <= 0x1f64f // emoji: symbols and pictographs, emoticons
        || c >= 0x1f680 && c <= 0x1f6ff // transport and map
        || c >= 0x1f900 && c <= 0x1f9ff // supplemental symbols and pictographs
        || c >= 0x1fa70 && c <= 0x1faff
        || c >= 0x20000 && c <= 0x3fffd; // CJK extensions B and beyond
  }
}
