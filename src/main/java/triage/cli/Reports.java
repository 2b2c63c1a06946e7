package triage.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import triage.model.Problem;
import triage.render.Json;
import triage.render.Messages;

/**
 * A failure as people and scripts read it. Text: {@code triage: message}, in the person's
 * language, or for an invalid questionnaire one {@code FILE:LINE:COL: ...} line per problem. JSON:
 * one object, its message in English.
 */
public final class Reports {

  private Reports() {}

  /** Reports a failure on stderr, as JSON when asked for, else in the words of {@code messages}. */
  public static void failure(Io io, Failure failure, boolean json, Messages messages) {
    if (json) {
      json(failure, io.err());
    } else {
      text(failure, io.err(), messages);
    }
    io.err().flush();
  }

  static void text(Failure failure, PrintStream err, Messages messages) {
    if (failure.problems().isEmpty()) {
      err.println("triage: " + failure.toPerson(messages));
    } else {
      failure.problems().stream().map(Problem::format).forEach(err::println);
    }
  }

  static void json(Failure failure, PrintStream err) {
    object(err, json -> writeFields(json, failure));
  }

  /** One JSON object on its own line, its fields written by {@code fields}. */
  static void object(PrintStream out, Fields fields) {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /** The fields of a JSON object. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * The keys {@link #writeFields} may write, in its order (kept in step with it): a batch refuses to
   * {@code --keep} a column of one of these names, which would put a key twice on a line.
   */
  static final List<String> FIELDS = List.of("error", "message", "line", "question", "accepts", "did_you_mean",
      "problems");

  /**
   * {@code error} (the code word), {@code message}; the {@code line} of the input it is about; the
   * question and what it {@code accepts} for
   * {@code incomplete} and {@code invalid-answer}; {@code did_you_mean} for an unknown question
   * (null when nothing is close);
   * the {@code problems} of an invalid questionnaire.
   */
  static void writeFields(JsonGenerator json, Failure failure) throws IOException {
    json.writeStringField("error", failure.kind().code());
    json.writeStringField("message", failure.getMessage());
    if (failure.line().isPresent()) {
      json.writeNumberField("line", failure.line().get());
    }
    if (failure.questionId().isPresent()) {
      json.writeStringField("question", failure.questionId().get());
    }
    if (failure.question().isPresent()) {
      Json.writeAccepts(json, failure.question().get());
    }
    if (failure.kind() == Failure.Kind.UNKNOWN_QUESTION) {
      json.writeStringField("did_you_mean", failure.didYouMean().orElse(null)); // always there: null when none
    }
    if (!failure.problems().isEmpty()) {
      json.writeArrayFieldStart("problems");
      for (Problem problem : failure.problems()) {
        Json.writeProblem(json, problem);
      }
      json.writeEndArray();
    }
  }
}
