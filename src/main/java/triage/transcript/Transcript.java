package triage.transcript;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import triage.model.Origin;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.render.Json;
import triage.session.SessionEvents;
import triage.text.Sha256;
import triage.walk.Step;
import triage.walk.Verdict;

/**
 * The record of one session, for piloting wording: when it started (to the minute), which
 * questionnaire and language, and for each question asked, a hash of the words shown, the answer
 * value, the time spent, how often help was shown, whether the person went back from it and how
 * many inputs were not accepted; then the verdict, or how and where the session ended without one.
 * Nothing a person typed is kept, only answer values and counts. Safe to end from a signal handler.
 */
public final class Transcript implements SessionEvents {

  /** How a session ended without a verdict, as written in transcripts. */
  public enum End {
    QUIT("quit"),
    INTERRUPTED("interrupted"),
    INPUT_ENDED("input-ended"),
    REJECTED("rejected"),
    MISSING("missing"),
    /** A verdict was reached but could not be written out (a full disk, a reader gone): not given. */
    UNWRITTEN("unwritten");

    private final String word;

    End(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** One question as asked (it is asked again, as a new one of these, after going back to it). */
  private static final class Asked {
    final String question;
    final String text;
    final long since;
    String answer;
    long millis = -1;
    int help;
    int back;
    int rejected;

    Asked(String question, String text, long since) {
      this.question = question;
      this.text = text;
      this.since = since;
    }
  }

  /** The mode of a session whose answers all came by id (--answer, --answers). */
  public static final String MODE_ANSWERS = "answers";

  private final Questionnaire questionnaire;
  private final Origin origin;
  private final String language;
  private final String mode;
  private final LongSupplier clock;
  private final String started;
  private final List<Asked> asked = new ArrayList<>();
  private Asked current;

  /** {@code clock} gives nanoseconds (System::nanoTime; tests give their own). */
  public Transcript(Questionnaire questionnaire, Origin origin, String language, String mode, Instant started,
      LongSupplier clock) {
    this.questionnaire = questionnaire;
    this.origin = origin;
    this.language = language;
    this.mode = mode;
    this.clock = clock;
    this.started = started.truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** A short hash of the exact words shown: two wordings of one question differ here, and no more is kept. */
  public static String hash(String shownText) {
    return Sha256.hex(shownText).substring(0, 16);
  }

  @Override
  public synchronized void asked(Question question, String shownText) {
    close();
    current = new Asked(question.id(), hash(shownText), clock.getAsLong());
    asked.add(current);
  }

  @Override
  public synchronized void help() {
    if (current != null) {
      current.help++;
    }
  }

  @Override
  public synchronized void rejected() {
    if (current != null) {
      current.rejected++;
    }
  }

  @Override
  public synchronized void back() {
    if (current != null) {
      current.back++;
      close();
    }
  }

  @Override
  public synchronized void answered(Step step) {
    if (current != null) {
      current.answer = step.given();
      close();
    }
  }

  /** Stops the clock on the question being asked. */
  private void close() {
    if (current != null && current.millis < 0) {
      current.millis = (clock.getAsLong() - current.since) / 1_000_000;
    }
    current = null;
  }

  /** Whether a person took the time recorded: answers given by id took none, so they are not timed. */
  private boolean timed() {
    return !mode.equals(MODE_ANSWERS);
  }

  /** The line for a session that gave this verdict. */
  public synchronized byte[] finished(Verdict verdict) {
    close();
    return line(json -> {
      json.writeStringField("end", "verdict");
      json.writeStringField("level", verdict.level().word());
      json.writeStringField("outcome", verdict.outcome().id());
    });
  }

  /** The line for a session that ended without a verdict, at this question. */
  public synchronized byte[] ended(End end, String at) {
    Asked open = current;
    close();
    return line(json -> {
      json.writeStringField("end", end.word());
      json.writeStringField("at", open != null ? open.question : at);
    });
  }

  /** The fields that say how the session ended. */
  @FunctionalInterface
  private interface Ending {
    void write(JsonGenerator json) throws IOException;
  }

  private byte[] line(Ending ending) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeNumberField("transcript", 1);
      json.writeStringField("started", started);
      json.writeObjectFieldStart("questionnaire");
      json.writeStringField("id", questionnaire.id());
      json.writeStringField("version", questionnaire.version());
      json.writeStringField("sha256", origin.sha256());
      json.writeEndObject();
      json.writeStringField("language", language);
      json.writeStringField("mode", mode);
      json.writeArrayFieldStart("asked");
      for (Asked one : asked) {
        json.writeStartObject();
        json.writeStringField("question", one.question);
        json.writeStringField("text", one.text);
        if (one.answer != null) {
          json.writeStringField("answer", one.answer);
        } else {
          json.writeNullField("answer");
        }
        if (timed()) {
          json.writeNumberField("ms", Math.max(0, one.millis));
        } else {
          json.writeNullField("ms");
        }
        json.writeNumberField("help", one.help);
        json.writeNumberField("back", one.back);
        json.writeNumberField("rejected", one.rejected);
        json.writeEndObject();
      }
      json.writeEndArray();
      ending.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
