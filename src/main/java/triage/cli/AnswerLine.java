package triage.cli;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.render.Json;
import triage.render.Shown;

/**
 * One line of a batch: a JSON object of answers by question id, laid out as {@link Columns} says:
 * its own id (passed through as it was, a string or a whole number), columns to copy to the output
 * unchanged, and the answers, at the top or under one key. The answers are handed on as they are
 * read, typed as JSON gives them, so a line is never held as a map. One per thread: it keeps the
 * last line's id and kept values.
 */
final class AnswerLine {

  /** Receives each answer of a line, in order, as JSON typed it. */
  interface Answers {
    void text(String question, String value);

    /** A JSON number, as written ({@code 3}, {@code 3.0}). */
    void number(String question, String number);

    void bool(String question, boolean value);

    /** {@code null}: the question is named but not answered. */
    void nothing(String question);
  }

  /** The line's own id, kept as written. */
  record Id(String text, boolean number) {
    void write(JsonGenerator json) throws IOException {
      json.writeFieldName(Columns.DEFAULT_ID);
      if (number) {
        json.writeNumber(text);
      } else {
        json.writeString(text);
      }
    }
  }

  /**
   * A value copied unchanged to the output: as a table's cell, and as JSON ({@code json} is null for
   * a string, which is written from its text, escaped as all output is).
   */
  record Kept(String cell, String json) {
    static Kept text(String text) {
      return new Kept(text, null);
    }

    void write(JsonGenerator out) throws IOException {
      if (json == null) {
        out.writeString(cell);
      } else {
        out.writeRawValue(json);
      }
    }
  }

  /** A line that is not an object of answers; {@code json} when it is not JSON at all. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean json;

    Malformed(String message, boolean json) {
      super(message, null, false, false);
      this.json = json;
    }

    Failure failure() {
      return Failure.of(json ? Failure.Kind.INVALID_JSON : Failure.Kind.INVALID_ANSWER, getMessage());
    }
  }

  private final Columns columns;
  private final Map<String, Integer> keepIndex;
  private final Kept[] kept;
  private Optional<Id> id = Optional.empty();
  private boolean idGiven;
  private final List<String> own = new ArrayList<>(); // the line's other keys, beside --answers-field: few

  AnswerLine(Columns columns) {
    this.columns = columns;
    this.keepIndex = columns.keepIndex();
    this.kept = new Kept[columns.keep().size()];
  }

  /** The last line's id, if it had one and it was read. */
  Optional<Id> id() {
    return id;
  }

  /** The last line's kept values, by place in {@code --keep}; null where a line had none (or it was not read). */
  Kept[] kept() {
    return kept;
  }

  /** Reads a line, handing each answer to {@code answers}. */
  void parse(byte[] bytes, int offset, int length, Answers answers) throws Malformed {
    id = Optional.empty();
    idGiven = false;
    Arrays.fill(kept, null);
    own.clear();
    try (JsonParser json = Json.parser(bytes, offset, length)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new Malformed("a line must be one JSON object of answers by question id", false);
      }
      boolean answered = false;
      for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        Integer keep;
        if (name.equals(columns.idField())) {
          id(json, value);
        } else if ((keep = keepIndex.get(name)) != null) {
          if (kept[keep] != null) {
            throw new Malformed(Shown.input(name) + " is given twice", false);
          }
          kept[keep] = kept(json, value);
        } else if (columns.answersField().isEmpty()) {
          answer(json, name, value, answers);
        } else if (name.equals(columns.answersField().get())) {
          if (answered) {
            throw new Malformed(Shown.input(name) + " is given twice; a line has one object of answers", false);
          }
          answered = true;
          answers(json, value, answers);
        } else {
          if (own.contains(name)) {
            throw new Malformed(Shown.input(name) + " is given twice", false);
          }
          own.add(name);
          json.skipChildren(); // the line's own, beside its answers: not an answer
        }
      }
      if (columns.answersField().isPresent() && !answered) {
        throw new Malformed("the line has no " + Shown.input(columns.answersField().get())
            + " object of answers", false);
      }
      if (json.nextToken() != null) {
        throw new Malformed("a line must hold one JSON object only", false);
      }
    } catch (JsonParseException e) {
      throw new Malformed(notJson(e, bytes, offset), true);
    } catch (IOException e) {
      throw new Malformed("not valid JSON: " + e.getMessage(), true);
    }
  }

  private void id(JsonParser json, JsonToken value) throws IOException, Malformed {
    if (idGiven) {
      throw new Malformed(Shown.input(columns.idField()) + " is given twice; a line has one id", false);
    }
    idGiven = true;
    if (value == JsonToken.VALUE_NULL) {
      return; // no id, as a table with gaps writes it
    }
    if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
      json.skipChildren();
      throw new Malformed(Shown.input(columns.idField()) + " must be a string or a whole number", false);
    }
    id = Optional.of(new Id(json.getText(), value == JsonToken.VALUE_NUMBER_INT));
  }

  private void answers(JsonParser json, JsonToken value, Answers answers) throws IOException, Malformed {
    if (value != JsonToken.START_OBJECT) {
      json.skipChildren();
      throw new Malformed(Shown.input(columns.answersField().get()) + " must be an object of answers by question id",
          false);
    }
    for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
      String name = json.currentName();
      answer(json, name, json.nextToken(), answers);
    }
  }

  private static void answer(JsonParser json, String name, JsonToken value, Answers answers)
      throws IOException, Malformed {
    switch (value) {
      case VALUE_STRING -> answers.text(name, json.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> answers.number(name, json.getText());
      case VALUE_TRUE -> answers.bool(name, true);
      case VALUE_FALSE -> answers.bool(name, false);
      case VALUE_NULL -> answers.nothing(name);
      default -> {
        json.skipChildren();
        throw new Malformed("the answer to " + Shown.input(name) + " must be a single value, not a list or an object",
            false);
      }
    }
  }

  private static Kept kept(JsonParser json, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING -> Kept.text(json.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Kept(json.getText(), json.getText());
      case VALUE_TRUE -> new Kept("true", "true");
      case VALUE_FALSE -> new Kept("false", "false");
      case VALUE_NULL -> new Kept("", "null");
      default -> {
        StringWriter copy = new StringWriter();
        try (JsonGenerator out = Json.FACTORY.createGenerator(copy)) {
          out.copyCurrentStructure(json);
        }
        yield new Kept(copy.toString(), copy.toString());
      }
    };
  }

  /**
   * Where and why a line is not JSON, in a few words: the column (counted in characters) and what
   * was found there, without the parser's own wording of its internals.
   */
  private static String notJson(JsonParseException e, byte[] bytes, int offset) {
    long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    StringBuilder message = new StringBuilder("not valid JSON");
    if (at >= 0) {
      int column = 1;
      for (int i = offset; i < offset + at && i < bytes.length; i++) {
        column += (bytes[i] & 0xC0) == 0x80 ? 0 : 1; // a UTF-8 continuation byte is part of the character before
      }
      message.append(" at column ").append(column);
    }
    String original = String.valueOf(e.getOriginalMessage());
    String found;
    if (e instanceof JsonEOFException || original.contains("end-of-input")) {
      found = "the line ends before the JSON does";
    } else if (original.startsWith("Unrecognized token '")) {
      int end = original.lastIndexOf("': was expecting");
      found = Shown.input(original.substring("Unrecognized token '".length(),
          end > 0 ? end : original.length())) + " is not a JSON value";
    } else if (original.startsWith("Unexpected character ('") && original.length() > 24) {
      found = "unexpected " + Shown.input(original.substring(23, original.offsetByCodePoints(23, 1)));
    } else if (original.startsWith("Illegal unquoted character")) {
      found = "a control character must be escaped";
    } else if (original.startsWith("Illegal character ((CTRL-CHAR")) {
      found = "a control character outside a string";
    } else if (original.startsWith("Invalid numeric value") || original.startsWith("Non-standard token")) {
      found = "not a JSON number";
    } else if (original.contains("UTF-8") || original.contains("UTF8")) {
      found = "not valid UTF-8";
    } else {
      found = null;
    }
    return found == null ? message.toString() : message.append(": ").append(found).toString();
  }
}
