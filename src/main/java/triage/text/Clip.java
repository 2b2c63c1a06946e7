package triage.text;

/**
 * A long text cut short at a word, to name a question in a message by its own words: "Do you have
 * pain, pressure or tightness in your chest or…".
 */
public final class Clip {

  private static final String ELLIPSIS = "…";

  private Clip() {}

  /**
   * {@code text} on one line, whole if it has at most {@code longest} characters; else cut after
   * the last whole word that fits (or inside a word longer than that), without the punctuation
   * before the cut, and an ellipsis added.
   */
  public static String atWord(String text, int longest) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.codePointCount(0, line.length()) <= longest) {
      return line;
    }
    int end = line.offsetByCodePoints(0, longest);
    int space = line.charAt(end) == ' ' ? end : line.lastIndexOf(' ', end);
    String kept = line.substring(0, space > 0 ? space : end);
    int last = kept.length();
    while (last > 0 && ",;:. ".indexOf(kept.charAt(last - 1)) >= 0) {
      last--;
    }
    return kept.substring(0, last) + ELLIPSIS;
  }
}
