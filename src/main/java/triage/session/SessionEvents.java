package triage.session;

import triage.model.Question;
import triage.walk.Step;

/** What happens in a session with a person, for whoever records it (transcripts); nothing by default. */
public interface SessionEvents {

  /** A question is put, with the exact words shown. */
  default void asked(Question question, String shownText) {}

  /** Help was shown for the question being asked. */
  default void help() {}

  /** An input was not an accepted answer (what was typed is never kept). */
  default void rejected() {}

  /** The person went back from the question being asked. */
  default void back() {}

  /** The question being asked was answered. */
  default void answered(Step step) {}

  SessionEvents NONE = new SessionEvents() {};
}
