package triage.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import triage.walk.AnswerSheet;

/**
 * How a batch writes each output line, as JSON or as a CSV row: first where the line came from
 * (its id, its input when there are several, its line number, the columns it keeps), then its
 * verdict or its error. Each worker has its own, writing into the chunk at hand.
 */
interface LineWriter {

  /** Where a line came from, and what it carries through. */
  record Where(Optional<String> input, long line, Optional<AnswerLine.Id> id, AnswerLine.Kept[] kept) {}

  void verdict(Where where, AnswerSheet.Finished finished) throws IOException;

  void error(Where where, Failure failure) throws IOException;

  /** The baseline of {@code --parse-only}: the answers as read, written back as they were typed. */
  void echo(Where where, List<Echo> answers) throws IOException;

  /** Writes out what is buffered. */
  void flush() throws IOException;

  /** An answer as read, for {@link #echo}: its question, its text, and the JSON it was. */
  record Echo(String question, String text, Kind kind) {
    /** What JSON made of an answer. */
    enum Kind {
      TEXT,
      NUMBER,
      BOOLEAN,
      NOTHING
    }
  }
}
