package triage.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import triage.analysis.Count;
import triage.model.NumberQuestion;
import triage.model.Problem;
import triage.model.Question;
import triage.text.Visible;
import triage.walk.AnswerParser;
import triage.walk.Step;

/** The one JSON factory, set up strictly, and the JSON pieces several writers share. */
public final class Json {

  /**
   * Writes characters that could drive a terminal or reverse text (DEL, C1, the bidirectional
   * controls) as escapes, as JSON already does for the rest of the control characters.
   */
  private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return Visible.hidden(c) ? new SerializedString(String.format("\\u%04X", c)) : null; // as Jackson writes C0
    }
  };

  public static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(ESCAPES);

  private Json() {}

  /** A generator that leaves {@code out} open, so a caller can write many objects to one stream. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  public static JsonParser parser(byte[] bytes, int length) throws IOException {
    return FACTORY.createParser(bytes, 0, length);
  }

  public static JsonParser parser(byte[] bytes, int offset, int length) throws IOException {
    return FACTORY.createParser(bytes, offset, length);
  }

  /** A problem: {@code {file, line, column, severity, rule, message}}. */
  public static void writeProblem(JsonGenerator json, Problem problem) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", problem.at().file());
    json.writeNumberField("line", problem.at().line());
    json.writeNumberField("column", problem.at().column());
    json.writeStringField("severity", problem.severity().word());
    json.writeStringField("rule", problem.rule());
    json.writeStringField("message", problem.message());
    json.writeEndObject();
  }

  /** A count of paths or combinations, as a JSON number however large (see {@link Count#json()}). */
  public static void writeCount(JsonGenerator json, String field, Count count) throws IOException {
    json.writeFieldName(field);
    json.writeNumber(count.json());
  }

  /** The steps of a path as {@code field: [{question, answer}, ...]}. */
  public static void writeAnswers(JsonGenerator json, String field, List<Step> steps) throws IOException {
    json.writeArrayFieldStart(field);
    for (Step step : steps) {
      json.writeStartObject();
      json.writeStringField("question", step.question().id());
      json.writeFieldName("answer");
      writeAnswer(json, step);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The answer of a step: a number as a JSON number, any other answer as its word. */
  public static void writeAnswer(JsonGenerator json, Step step) throws IOException {
    if (step.isNumber()) {
      json.writeNumber(step.given());
    } else {
      json.writeString(step.given());
    }
  }

  /**
   * What a question accepts: the list of words, or for a number {@code {"min":..,"max":..}} with
   * {@code "or":["unsure"]} where it takes unsure.
   */
  public static void writeAccepts(JsonGenerator json, Question question) throws IOException {
    json.writeFieldName("accepts");
    if (question instanceof NumberQuestion number) {
      json.writeStartObject();
      json.writeNumberField("min", number.min());
      json.writeNumberField("max", number.max());
      if (number.unsure().isPresent()) {
        json.writeArrayFieldStart("or");
        json.writeString(number.unsure().get().value());
        json.writeEndArray();
      }
      json.writeEndObject();
      return;
    }
    json.writeStartArray();
    for (String word : AnswerParser.words(question)) {
      json.writeString(word);
    }
    json.writeEndArray();
  }
}
