package triage.session;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Parser;

/**
 * A line read whole, as one word: an answer such as "More than 8 hours" is completed as it reads
 * on the screen, spaces and all, with nothing escaped or quoted.
 */
final class WholeLine implements Parser {

  @Override
  public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
    String typed = line.substring(0, Math.min(cursor, line.length()));
    return new CompletingParsedLine() {
      @Override
      public String word() {
        return typed;
      }

      @Override
      public int wordCursor() {
        return typed.length();
      }

      @Override
      public int wordIndex() {
        return 0;
      }

      @Override
      public List<String> words() {
        return List.of(typed);
      }

      @Override
      public String line() {
        return line;
      }

      @Override
      public int cursor() {
        return cursor;
      }

      @Override
      public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
      }

      @Override
      public int rawWordCursor() {
        return typed.length();
      }

      @Override
      public int rawWordLength() {
        return typed.length();
      }
    };
  }
}
