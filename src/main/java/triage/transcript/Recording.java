package triage.transcript;

import java.io.IOException;
import java.util.Optional;
import triage.session.SessionEvents;
import triage.walk.Verdict;

/**
 * A session being recorded into a transcript file: written exactly once, however it ends (with a
 * verdict, without one, or from a signal while a question is open).
 */
public final class Recording {

  private final Transcript transcript;
  private final TranscriptFile file;
  private boolean written;

  public Recording(Transcript transcript, TranscriptFile file) {
    this.transcript = transcript;
    this.file = file;
  }

  public SessionEvents events() {
    return transcript;
  }

  /** Records the verdict; the failure to write, if any. */
  public synchronized Optional<IOException> finished(Verdict verdict) {
    return write(transcript.finished(verdict));
  }

  /** Records an end without a verdict at this question; the failure to write, if any. */
  public synchronized Optional<IOException> ended(Transcript.End end, String at) {
    return write(transcript.ended(end, at));
  }

  private Optional<IOException> write(byte[] line) {
    if (written) {
      return Optional.empty();
    }
    written = true;
    try {
      file.append(line);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e);
    }
  }
}
