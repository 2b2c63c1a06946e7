package triage.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Level;
import triage.model.Origin;
import triage.model.Text;
import triage.walk.Reason;
import triage.walk.Step;
import triage.walk.Verdict;

/**
 * A verdict as one JSON object, for scripts: every field in a fixed order, or the fields batch was
 * asked for, in full or compact (ids and values only). Nothing in it depends on time or chance, so
 * the same input always gives the same bytes. The fields are described in the README.
 *
 * <p>Batch writes millions of these from one questionnaire, so every text and id is encoded once,
 * and each object that cannot vary (a piece of advice, a step or a reason answered with a fixed
 * word, the questionnaire) is serialized once by Jackson and then written as that value again. Not for use by two threads at
 * once.
 */
public final class VerdictJson {

  private static final SerializedString LEVEL = new SerializedString("level");
  private static final SerializedString OUTCOME = new SerializedString("outcome");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString ADVICE = new SerializedString("advice");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString REASONS = new SerializedString("reasons");
  private static final SerializedString QUESTION = new SerializedString("question");
  private static final SerializedString ANSWER = new SerializedString("answer");
  private static final SerializedString PATH = new SerializedString("path");
  private static final SerializedString UNUSED = new SerializedString("unused");
  private static final SerializedString ASSUMED_UNSURE = new SerializedString("assumed_unsure");
  private static final SerializedString NOT_A_DIAGNOSIS = new SerializedString("not_a_diagnosis");
  private static final SerializedString SEEK_HELP_IF = new SerializedString("seek_help_if");
  private static final SerializedString EMERGENCY_NUMBER = new SerializedString("emergency_number");
  private static final SerializedString LANGUAGE = new SerializedString("language");
  private static final SerializedString QUESTIONNAIRE = new SerializedString("questionnaire");
  private static final SerializedString VERSION = new SerializedString("version");
  private static final SerializedString SHA256 = new SerializedString("sha256");
  private static final SerializedString SOURCE = new SerializedString("source");

  private final Wording wording;
  private final Origin origin;
  private final List<VerdictField> fields;
  private final boolean compact;
  private final Map<Text, SerializableString> texts = new IdentityHashMap<>();
  private final Map<String, SerializableString> words = new IdentityHashMap<>();
  private final Map<Advice, SerializableString> adviceObjects = new IdentityHashMap<>();
  private final Map<Answer, SerializableString> stepObjects = new IdentityHashMap<>();
  private final Map<Answer, SerializableString[]> reasonObjects = new IdentityHashMap<>(); // by level
  private SerializableString questionnaireObject;

  /** Every field, in full. */
  public VerdictJson(Wording wording, Origin origin) {
    this(wording, origin, VerdictField.ALL, false);
  }

  /**
   * These fields, in this order. {@code compact} writes ids and values only: advice as its ids, and
   * the path as one object of question id to answer, in the order asked (the shape of a batch line).
   */
  public VerdictJson(Wording wording, Origin origin, List<VerdictField> fields, boolean compact) {
    this.wording = wording;
    this.origin = origin;
    this.fields = List.copyOf(fields);
    this.compact = compact;
  }

  /** Writes the verdict's fields into an object the caller has started (so batch can put its id first). */
  public void writeFields(JsonGenerator json, Verdict verdict, List<String> unused, List<String> assumedUnsure)
      throws IOException {
    for (VerdictField field : fields) {
      switch (field) {
        case LEVEL -> field(json, LEVEL, word(verdict.level().word()));
        case OUTCOME -> field(json, OUTCOME, word(verdict.outcome().id()));
        case TITLE -> field(json, TITLE, text(verdict.outcome().title()));
        case ADVICE -> writeAdvice(json, verdict);
        case REASONS -> writeReasons(json, verdict);
        case PATH -> writePath(json, verdict);
        case UNUSED -> ids(json, UNUSED, unused);
        case ASSUMED_UNSURE -> ids(json, ASSUMED_UNSURE, assumedUnsure);
        case NOT_A_DIAGNOSIS -> field(json, NOT_A_DIAGNOSIS, text(wording.questionnaire().notices().notADiagnosis()));
        case SEEK_HELP_IF -> {
          json.writeFieldName(SEEK_HELP_IF);
          Optional<Text> safetyNet = wording.questionnaire().notices().seekHelpIf(verdict.level());
          if (safetyNet.isPresent()) {
            json.writeString(text(safetyNet.get()));
          } else {
            json.writeNull();
          }
        }
        case EMERGENCY_NUMBER -> {
          json.writeFieldName(EMERGENCY_NUMBER);
          if (wording.emergencyNumber().isPresent()) {
            json.writeString(word(wording.emergencyNumber().get()));
          } else {
            json.writeNull();
          }
        }
        case LANGUAGE -> field(json, LANGUAGE, word(wording.language()));
        case QUESTIONNAIRE -> {
          json.writeFieldName(QUESTIONNAIRE);
          if (questionnaireObject == null) {
            questionnaireObject = serialized(this::writeQuestionnaire);
          }
          json.writeRawValue(questionnaireObject);
        }
        default -> throw new IllegalStateException("a verdict field with no writer: " + field);
      }
    }
  }

  private void writeAdvice(JsonGenerator json, Verdict verdict) throws IOException {
    json.writeFieldName(ADVICE);
    json.writeStartArray();
    for (Advice advice : verdict.advice()) {
      if (compact) {
        json.writeString(advice.id());
        continue;
      }
      SerializableString object = adviceObjects.get(advice);
      if (object == null) {
        object = serialized(g -> writeAdvice(g, advice));
        adviceObjects.put(advice, object);
      }
      json.writeRawValue(object);
    }
    json.writeEndArray();
  }

  private void writeReasons(JsonGenerator json, Verdict verdict) throws IOException {
    json.writeFieldName(REASONS);
    json.writeStartArray();
    for (Reason reason : verdict.reasons()) {
      Step step = reason.step();
      if (step.given().equals(step.answer().value())) {
        SerializableString[] byLevel = reasonObjects.get(step.answer());
        if (byLevel == null) {
          byLevel = new SerializableString[Level.values().length];
          reasonObjects.put(step.answer(), byLevel);
        }
        if (byLevel[reason.level().ordinal()] == null) {
          byLevel[reason.level().ordinal()] = serialized(g -> writeReason(g, reason));
        }
        json.writeRawValue(byLevel[reason.level().ordinal()]);
      } else {
        writeReason(json, reason); // a number: the answer given varies
      }
    }
    json.writeEndArray();
  }

  private void writePath(JsonGenerator json, Verdict verdict) throws IOException {
    json.writeFieldName(PATH);
    if (compact) {
      json.writeStartObject();
      for (Step step : verdict.path()) {
        // Plain strings: short ids are encoded faster than they are looked up in a cache.
        json.writeFieldName(step.question().id());
        Json.writeAnswer(json, step);
      }
      json.writeEndObject();
      return;
    }
    json.writeStartArray();
    for (Step step : verdict.path()) {
      if (step.given().equals(step.answer().value())) {
        SerializableString object = stepObjects.get(step.answer());
        if (object == null) {
          object = serialized(g -> writeStep(g, step));
          stepObjects.put(step.answer(), object);
        }
        json.writeRawValue(object);
      } else {
        writeStep(json, step); // a number: the answer given varies
      }
    }
    json.writeEndArray();
  }

  private void writeQuestionnaire(JsonGenerator json) throws IOException {
    json.writeStartObject();
    field(json, ID, word(wording.questionnaire().id()));
    field(json, VERSION, word(wording.questionnaire().version()));
    field(json, SHA256, word(origin.sha256()));
    field(json, SOURCE, word(origin.source()));
    json.writeEndObject();
  }

  private void writeReason(JsonGenerator json, Reason reason) throws IOException {
    json.writeStartObject();
    field(json, QUESTION, word(reason.step().question().id()));
    json.writeFieldName(ANSWER);
    Json.writeAnswer(json, reason.step());
    field(json, LEVEL, word(reason.level().word()));
    json.writeEndObject();
  }

  public void write(JsonGenerator json, Verdict verdict, List<String> unused) throws IOException {
    json.writeStartObject();
    writeFields(json, verdict, unused, List.of());
    json.writeEndObject();
  }

  private void writeAdvice(JsonGenerator json, Advice advice) throws IOException {
    json.writeStartObject();
    field(json, ID, word(advice.id()));
    field(json, TEXT, text(advice.text()));
    json.writeEndObject();
  }

  private void writeStep(JsonGenerator json, Step step) throws IOException {
    json.writeStartObject();
    field(json, QUESTION, word(step.question().id()));
    field(json, TEXT, text(step.question().text()));
    json.writeFieldName(ANSWER);
    Json.writeAnswer(json, step);
    json.writeEndObject();
  }

  /** Something written once by Jackson, kept to be written again as a finished value. */
  private static SerializableString serialized(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
      writing.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SerializedString(out.toString());
  }

  /** A piece of JSON writing. */
  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator json) throws IOException;
  }

  private static void field(JsonGenerator json, SerializableString name, SerializableString value) throws IOException {
    json.writeFieldName(name);
    json.writeString(value);
  }

  private static void ids(JsonGenerator json, SerializableString name, List<String> ids) throws IOException {
    json.writeFieldName(name);
    json.writeStartArray();
    for (String id : ids) {
      json.writeString(id);
    }
    json.writeEndArray();
  }

  private SerializableString text(Text text) {
    SerializableString words = texts.get(text);
    if (words == null) {
      words = new SerializedString(wording.of(text));
      texts.put(text, words);
    }
    return words;
  }

  private SerializableString word(String word) {
    SerializableString serialized = words.get(word);
    if (serialized == null) {
      serialized = new SerializedString(word);
      words.put(word, serialized);
    }
    return serialized;
  }
}
