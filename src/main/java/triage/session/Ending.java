package triage.session;

import triage.model.Question;
import triage.walk.Verdict;

/** How a session with a person or a pipe ended: with a verdict, or without one and why. */
public sealed interface Ending {

  /** The walk reached a verdict; {@code shown} when the session has already put it on the screen. */
  record Finished(Verdict verdict, boolean shown) implements Ending {

    public Finished(Verdict verdict) {
      this(verdict, false);
    }
  }

  /** Ended without a verdict, at this question. */
  sealed interface Unfinished extends Ending {
    Question at();
  }

  /** The person typed {@code quit} at this question. */
  record Quit(Question at) implements Unfinished {}

  /**
   * Input ran out (Ctrl-D, end of a pipe) while this question was unanswered; from a pipe,
   * {@code line} is the line its answer was due on (0 at a terminal).
   */
  record InputEnded(Question at, long line) implements Unfinished {

    public InputEnded(Question at) {
      this(at, 0);
    }
  }

  /** Ctrl-C at this question. */
  record Interrupted(Question at) implements Unfinished {}

  /**
   * A piped line that is not an accepted answer: scripts get an error, never a guess. A line longer
   * than any answer ({@code tooLong}) keeps only its start in {@code input}.
   */
  record Rejected(Question at, long line, String input, boolean tooLong) implements Unfinished {}

  /**
   * A pipe held lines after the verdict, refused as asked ({@code --strict}): {@code line} is the
   * first that holds more than spaces, {@code input} its start, {@code more} how many such followed
   * it. {@code at} is the last question asked.
   */
  record LeftOver(Question at, long line, String input, long more) implements Unfinished {}
}
