package triage.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard English text is to read, as a school grade, by the Flesch-Kincaid formula:
 * {@code 0.39 × words per sentence + 11.8 × syllables per word − 15.59}. Syllables are counted by
 * rule (vowel groups, less a silent final e or a silent -ed or -es, more for vowel pairs said as
 * two) with a short list of common words the rules miscount, so a clinician can reproduce a grade
 * by hand. A placeholder such as {@code {emergency_number}} reads as a three-digit number.
 */
public final class ReadingGrade {

  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'\\-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s+|$)");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
  private static final Pattern TWO_SOUNDS = Pattern.compile("(?<![ctsxgq])(ia|io|eo|ua|uo|iu)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z_]+}");

  /** Words the rules miscount, with their syllables. */
  private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
      Map.entry("the", 1), Map.entry("every", 2), Map.entry("people", 2), Map.entry("some", 1),
      Map.entry("come", 1), Map.entry("one", 1), Map.entry("once", 1), Map.entry("none", 1), Map.entry("done", 1),
      Map.entry("gone", 1), Map.entry("sure", 1), Map.entry("are", 1), Map.entry("were", 1),
      Map.entry("there", 1), Map.entry("where", 1), Map.entry("here", 1), Map.entry("give", 1),
      Map.entry("have", 1), Map.entry("live", 1), Map.entry("move", 1), Map.entry("above", 2),
      Map.entry("whole", 1), Map.entry("eyes", 1), Map.entry("does", 1), Map.entry("goes", 1),
      Map.entry("different", 3), Map.entry("family", 3), Map.entry("usually", 4), Map.entry("usual", 3),
      Map.entry("medicine", 3), Map.entry("medicines", 3), Map.entry("muscle", 2), Map.entry("muscles", 2),
      Map.entry("able", 2), Map.entry("little", 2), Map.entry("trouble", 2), Map.entry("double", 2),
      Map.entry("area", 3), Map.entry("idea", 3), Map.entry("being", 2), Map.entry("really", 2),
      Map.entry("quiet", 2), Map.entry("science", 2), Map.entry("breathe", 1), Map.entry("breathes", 1),
      Map.entry("lie", 1), Map.entry("lying", 2), Map.entry("blue", 1), Map.entry("true", 1),
      Map.entry("due", 1), Map.entry("issue", 2), Map.entry("tissue", 2), Map.entry("continue", 3),
      Map.entry("before", 2), Map.entry("more", 1), Map.entry("sore", 1), Map.entry("worse", 1),
      Map.entry("course", 1), Map.entry("else", 1), Map.entry("sense", 1), Map.entry("tense", 1),
      Map.entry("since", 1), Map.entry("advice", 2), Map.entry("notice", 2), Map.entry("office", 2),
      Map.entry("centre", 2), Map.entry("center", 2), Map.entry("used", 1), Map.entry("caused", 1),
      Map.entry("unsure", 2), Map.entry("pressure", 2), Map.entry("hour", 1), Map.entry("hours", 1),
      Map.entry("our", 1), Map.entry("serious", 3), Map.entry("period", 3), Map.entry("going", 2),
      Map.entry("doing", 2), Map.entry("ache", 1), Map.entry("aches", 1), Map.entry("minute", 2),
      Map.entry("minutes", 2), Map.entry("squeeze", 1), Map.entry("toward", 2), Map.entry("towards", 2),
      Map.entry("someone", 2), Map.entry("something", 2), Map.entry("sometimes", 2), Map.entry("anyone", 3),
      Map.entry("headache", 2), Map.entry("knee", 1), Map.entry("knees", 1), Map.entry("free", 1),
      Map.entry("fluid", 2), Map.entry("diagnosis", 4), Map.entry("diabetes", 4), Map.entry("steroid", 2),
      Map.entry("steroids", 2), Map.entry("therapist", 3), Map.entry("physio", 3), Map.entry("nausea", 3),
      Map.entry("osteoporosis", 6), Map.entry("osteopenia", 6), Map.entry("vehicle", 3), Map.entry("bicycle", 3));

  private ReadingGrade() {}

  /** The Flesch-Kincaid grade of English text; 0 for text without words. */
  public static double of(String text) {
    String plain = PLACEHOLDER.matcher(text).replaceAll("911");
    int words = 0;
    int syllables = 0;
    Matcher word = WORD.matcher(plain);
    while (word.find()) {
      words++;
      syllables += syllables(word.group());
    }
    if (words == 0) {
      return 0;
    }
    return 0.39 * words / sentences(plain) + 11.8 * syllables / words - 15.59;
  }

  private static int sentences(String text) {
    int count = 0;
    for (String part : SENTENCE_END.split(text.strip())) {
      if (WORD.matcher(part).find()) {
        count++;
      }
    }
    return Math.max(1, count);
  }

  /** The syllables of one word, by the rules above. */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("^'+|'+$", "");
    if (w.contains("-")) {
      int sum = 0;
      for (String part : w.split("-")) {
        sum += part.isEmpty() ? 0 : syllables(part);
      }
      return Math.max(1, sum);
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return w.length();
    }
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    Integer known = EXCEPTIONS.get(w);
    if (known != null) {
      return known;
    }
    w = w.replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 1;
    }
    int n = count(VOWELS, w) + count(TWO_SOUNDS, w);
    if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ye") && n > 1) {
      n--; // a silent final e
    } else if (w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) >= 0 && n > 1) {
      n--;
    }
    if (w.endsWith("ed") && w.length() > 3 && "td".indexOf(w.charAt(w.length() - 3)) < 0 && n > 1) {
      n--; // walked, looked: a silent -ed
    } else if (w.endsWith("es") && w.length() > 3 && !w.matches(".*(ses|xes|zes|ches|shes|ces|ges|les)") && n > 1) {
      n--; // takes, makes: a silent -es
    }
    return Math.max(1, n);
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
