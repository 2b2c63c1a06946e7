package triage.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.AnswerWords;
import triage.model.ChoiceQuestion;
import triage.model.Escalation;
import triage.model.Level;
import triage.model.Location;
import triage.model.Notices;
import triage.model.NumberQuestion;
import triage.model.Origin;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Route;
import triage.model.Text;
import triage.model.YesNoQuestion;

/**
 * What loading a questionnaire gave, in a compact binary form that reads back in a small part of
 * the time that parsing and checking the YAML takes. The build writes one for the built-in
 * questionnaire. A snapshot names the length and CRC-32 of the YAML it was made from: read against
 * any other bytes, or written by another version of this format, it gives nothing, and the caller
 * loads the YAML instead.
 */
public final class Snapshot {

  private static final int MAGIC = 0x74726961; // "tria"
  private static final int FORMAT = 1;

  private Snapshot() {}

  /** The snapshot of {@code loaded}, which came from {@code yaml}. */
  public static byte[] write(byte[] yaml, Loaded loaded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Writer writer = new Writer(out);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(yaml.length);
      out.writeLong(crc(yaml));
      writer.origin(loaded.origin());
      writer.list(loaded.problems(), writer::problem);
      writer.optional(loaded.questionnaire(), writer::questionnaire);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** What {@code snapshot} holds, if it was made from exactly {@code yaml} in this format. */
  public static Optional<Loaded> read(byte[] snapshot, byte[] yaml) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != yaml.length
          || in.readLong() != crc(yaml)) {
        return Optional.empty();
      }
      Reader reader = new Reader(in);
      Origin origin = reader.origin();
      List<Problem> problems = reader.list(reader::problem);
      Optional<Questionnaire> questionnaire = reader.optional(reader::questionnaire);
      return in.read() == -1 ? Optional.of(new Loaded(questionnaire, problems, origin)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // torn or foreign: the YAML is there to load instead
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  @FunctionalInterface
  private interface Put<T> {
    void put(T value) throws IOException;
  }

  @FunctionalInterface
  private interface Get<T> {
    T get() throws IOException;
  }

  private static final class Writer {
    private final DataOutputStream out;

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void string(String value) throws IOException {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }

    <T> void list(List<T> values, Put<T> each) throws IOException {
      out.writeInt(values.size());
      for (T value : values) {
        each.put(value);
      }
    }

    <T> void optional(Optional<T> value, Put<T> present) throws IOException {
      out.writeBoolean(value.isPresent());
      if (value.isPresent()) {
        present.put(value.get());
      }
    }

    void level(Level level) throws IOException {
      out.writeByte(level.ordinal());
    }

    void location(Location at) throws IOException {
      string(at.file());
      out.writeInt(at.line());
      out.writeInt(at.column());
    }

    void text(Text text) throws IOException {
      out.writeInt(text.byLanguage().size());
      for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
        string(entry.getKey());
        string(entry.getValue());
      }
    }

    void origin(Origin origin) throws IOException {
      string(origin.source());
      string(origin.sha256());
    }

    void problem(Problem problem) throws IOException {
      location(problem.at());
      out.writeByte(problem.severity().ordinal());
      string(problem.message());
      string(problem.rule());
    }

    void route(Route route) throws IOException {
      string(route.next());
      optional(route.raise(), this::level);
      list(route.advice(), this::string);
      location(route.at());
    }

    void answer(Answer answer) throws IOException {
      string(answer.value());
      text(answer.label());
      route(answer.route());
      location(answer.at());
    }

    void question(Question question) throws IOException {
      out.writeByte(question instanceof YesNoQuestion ? 0 : question instanceof ChoiceQuestion ? 1 : 2);
      string(question.id());
      text(question.text());
      optional(question.help(), this::text);
      list(question.sources(), this::string);
      optional(question.redFlag(), this::level);
      if (question instanceof NumberQuestion number) {
        out.writeLong(number.min());
        out.writeLong(number.max());
        list(number.ranges(), range -> {
          out.writeLong(range.min());
          out.writeLong(range.max());
          answer(range.answer());
        });
        optional(number.unsure(), this::answer);
      } else {
        list(question.answers(), this::answer);
      }
      location(question.at());
    }

    void questionnaire(Questionnaire q) throws IOException {
      string(q.id());
      string(q.version());
      optional(q.title(), this::text);
      string(q.language());
      optional(q.emergencyNumber(), this::string);
      Notices notices = q.notices();
      text(notices.notADiagnosis());
      text(notices.seekHelpIf());
      optional(notices.emergencyNumberUnknown(), this::text);
      location(notices.at());
      string(q.start());
      location(q.startAt());
      list(q.questions(), this::question);
      list(q.outcomes(), outcome -> {
        string(outcome.id());
        level(outcome.level());
        text(outcome.title());
        list(outcome.advice(), this::string);
        location(outcome.at());
      });
      list(q.advice(), advice -> {
        string(advice.id());
        text(advice.text());
        list(advice.sources(), this::string);
        location(advice.at());
      });
      list(q.escalations(), escalation -> {
        level(escalation.level());
        string(escalation.outcome());
        location(escalation.at());
      });
      list(q.languages(), language -> {
        string(language);
        AnswerWords words = q.words(language);
        out.writeInt(words.words().size());
        for (Map.Entry<String, List<String>> entry : words.words().entrySet()) {
          string(entry.getKey());
          list(entry.getValue(), this::string);
        }
        out.writeInt(words.abbreviations().size());
        for (Map.Entry<String, String> entry : words.abbreviations().entrySet()) {
          string(entry.getKey());
          string(entry.getValue());
        }
      });
    }
  }

  private static final class Reader {
    private final DataInputStream in;

    Reader(DataInputStream in) {
      this.in = in;
    }

    String string() throws IOException {
      byte[] utf8 = new byte[in.readInt()];
      in.readFully(utf8);
      return new String(utf8, StandardCharsets.UTF_8);
    }

    <T> List<T> list(Get<T> each) throws IOException {
      int size = in.readInt();
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(each.get());
      }
      return values;
    }

    <T> Optional<T> optional(Get<T> present) throws IOException {
      return in.readBoolean() ? Optional.of(present.get()) : Optional.empty();
    }

    Level level() throws IOException {
      return Level.values()[in.readByte()];
    }

    Location location() throws IOException {
      return new Location(string(), in.readInt(), in.readInt());
    }

    Text text() throws IOException {
      int size = in.readInt();
      Map<String, String> byLanguage = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        byLanguage.put(string(), string());
      }
      return new Text(byLanguage);
    }

    Origin origin() throws IOException {
      return new Origin(string(), string());
    }

    Problem problem() throws IOException {
      return new Problem(location(), Problem.Severity.values()[in.readByte()], string(), string());
    }

    Route route() throws IOException {
      return new Route(string(), optional(this::level), list(this::string), location());
    }

    Answer answer() throws IOException {
      return new Answer(string(), text(), route(), location());
    }

    Question question() throws IOException {
      int kind = in.readByte();
      String id = string();
      Text text = text();
      Optional<Text> help = optional(this::text);
      List<String> sources = list(this::string);
      Optional<Level> redFlag = optional(this::level);
      if (kind == 2) {
        long min = in.readLong();
        long max = in.readLong();
        List<NumberQuestion.Range> ranges = list(() -> new NumberQuestion.Range(in.readLong(), in.readLong(), answer()));
        Optional<Answer> unsure = optional(this::answer);
        return new NumberQuestion(id, text, help, sources, redFlag, min, max, ranges, unsure, location());
      }
      List<Answer> answers = list(this::answer);
      return kind == 0
          ? new YesNoQuestion(id, text, help, sources, redFlag, answers, location())
          : new ChoiceQuestion(id, text, help, sources, redFlag, answers, location());
    }

    Questionnaire questionnaire() throws IOException {
      String id = string();
      String version = string();
      Optional<Text> title = optional(this::text);
      String language = string();
      Optional<String> emergencyNumber = optional(this::string);
      Notices notices = new Notices(text(), text(), optional(this::text), location());
      String start = string();
      Location startAt = location();
      List<Question> questions = list(this::question);
      List<Outcome> outcomes = list(() -> new Outcome(string(), level(), text(), list(this::string), location()));
      List<Advice> advice = list(() -> new Advice(string(), text(), list(this::string), location()));
      List<Escalation> escalations = list(() -> new Escalation(level(), string(), location()));
      Map<String, AnswerWords> languages = new LinkedHashMap<>();
      int size = in.readInt();
      for (int i = 0; i < size; i++) {
        String code = string();
        Map<String, List<String>> words = new LinkedHashMap<>();
        int count = in.readInt();
        for (int w = 0; w < count; w++) {
          words.put(string(), list(this::string));
        }
        Map<String, String> abbreviations = new LinkedHashMap<>();
        count = in.readInt();
        for (int a = 0; a < count; a++) {
          abbreviations.put(string(), string());
        }
        languages.put(code, new AnswerWords(words, abbreviations));
      }
      return new Questionnaire(id, version, title, language, emergencyNumber, notices, start, startAt, questions,
          outcomes, advice, escalations, languages);
    }
  }
}
