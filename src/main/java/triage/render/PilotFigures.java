package triage.render;

import java.util.Map;
import triage.model.Level;

/**
 * What a pilot's transcripts say together, as the review page charts it: the sessions, the
 * verdicts by level, where sessions ended without one, and for each question and each wording of
 * it (by the hash of its words) how people answered. {@code triage.transcript.Report} gives it.
 */
public interface PilotFigures {

  /** How one wording of one question fared. */
  interface Wording {
    long asked();

    /** How often each answer value was given. */
    Map<String, Long> answers();

    double helpRate();

    double backRate();

    double rejectedRate();

    /** The median time on the question, in milliseconds; negative when no answer was timed. */
    long medianMillis();
  }

  long sessions();

  long unreadableCount();

  /** Answers to wordings beyond those the figures keep, left out. */
  long dropped();

  Map<Level, Long> verdicts();

  /** Sessions that ended without a verdict, by how they ended. */
  Map<String, Long> withoutVerdict();

  /** By question id (empty: before any), how sessions that ended there without a verdict ended. */
  Map<String, ? extends Map<String, Long>> dropOff();

  /** By question id, and by the hash of the words shown, how each wording fared. */
  Map<String, ? extends Map<String, ? extends Wording>> questions();
}
