package triage.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import triage.render.Json;

/**
 * One line of a batch: a JSON object of answers by question id, and an optional {@code "id"} that
 * is passed through to the output as it was (a string or a number). The answers are handed on as
 * they are read, so a line is never held as a map.
 */
final class AnswerLine {

  static final String ID = "id";

  /** Receives each answer of a line, in order. */
  @FunctionalInterface
  interface Answers {
    void add(String question, String value);
  }

  private AnswerLine() {}

  /** The line's own id, kept as written. */
  record Id(String text, boolean number) {
    void write(JsonGenerator json) throws IOException {
      json.writeFieldName(ID);
      if (number) {
        json.writeNumber(text);
      } else {
        json.writeString(text);
      }
    }
  }

  /** A line that is not an object of answers; {@code id} is kept if it was read before the problem. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Id> id;

    Malformed(String message, Optional<Id> id) {
      super(message, null, false, false);
      this.id = id;
    }

    Optional<Id> id() {
      return id;
    }
  }

  /** Parses a line, handing each answer to {@code answers}; returns the line's own id, if it has one. */
  static Optional<Id> parse(byte[] bytes, int length, Answers answers) throws Malformed {
    Optional<Id> id = Optional.empty();
    try (JsonParser json = Json.parser(bytes, length)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new Malformed("a line must be one JSON object of answers by question id", id);
      }
      for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (name.equals(ID)) {
          if (id.isPresent()) {
            throw new Malformed("`id` is given twice; a line has one id", id);
          }
          if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
            throw new Malformed("`id` must be a string or a whole number", id);
          }
          id = Optional.of(new Id(json.getText(), value == JsonToken.VALUE_NUMBER_INT));
        } else if (value.isScalarValue()) {
          answers.add(name, json.getText());
        } else {
          json.skipChildren();
          throw new Malformed("the answer to `" + name + "` must be a single value, not a list or an object", id);
        }
      }
      if (json.nextToken() != null) {
        throw new Malformed("a line must hold one JSON object only", id);
      }
    } catch (JsonParseException e) {
      throw new Malformed("not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "), id);
    } catch (IOException e) {
      throw new Malformed("not valid JSON: " + e.getMessage(), id);
    }
    return id;
  }
}
