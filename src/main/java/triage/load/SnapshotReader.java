package triage.load;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Answered;
import triage.model.EmergencyNumbers;
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
import triage.model.Readability;
import triage.model.Route;
import triage.model.Skip;
import triage.model.Screen;
import triage.model.Source;
import triage.model.Text;
import triage.model.YesNoQuestion;

/** Reads back what {@link SnapshotWriter} wrote, in the same order. */
final class SnapshotReader {
  private final DataInputStream in;

  SnapshotReader(DataInputStream in) {
    this.in = in;
  }

  String string() throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  <T> List<T> list(Snapshot.Get<T> each) throws IOException {
    int size = in.readInt();
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(each.get());
    }
    return values;
  }

  <T> Optional<T> optional(Snapshot.Get<T> present) throws IOException {
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

  Answered answered() throws IOException {
    return new Answered(string(), list(this::string), location());
  }

  Skip skip() throws IOException {
    return new Skip(level(), string(), location());
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
      return new NumberQuestion(id, text, help, sources, redFlag, min, max, ranges, unsure, optional(this::skip),
          list(this::answered), location());
    }
    List<Answer> answers = list(this::answer);
    Optional<Skip> skip = optional(this::skip);
    List<Answered> openedBy = list(this::answered);
    return kind == 0
        ? new YesNoQuestion(id, text, help, sources, redFlag, answers, skip, openedBy, location())
        : new ChoiceQuestion(id, text, help, sources, redFlag, answers, skip, openedBy, location());
  }

  Questionnaire questionnaire() throws IOException {
    String id = string();
    String version = string();
    Optional<Text> title = optional(this::text);
    String language = string();
    Optional<EmergencyNumbers> emergencyNumbers = optional(() -> {
      Map<String, String> byRegion = new LinkedHashMap<>();
      list(() -> byRegion.put(string(), string()));
      return new EmergencyNumbers(byRegion, location());
    });
    List<Source> sources = list(() -> new Source(string(), string(), location()));
    Readability readability = new Readability(optional(in::readDouble), optional(in::readDouble), location());
    Text notADiagnosis = text();
    Map<Level, Text> seekHelpIf = new EnumMap<>(Level.class);
    list(() -> seekHelpIf.put(level(), text()));
    Map<Level, Text> seekHelpIfBrief = new EnumMap<>(Level.class);
    list(() -> seekHelpIfBrief.put(level(), text()));
    Notices notices = new Notices(notADiagnosis, seekHelpIf, seekHelpIfBrief, optional(this::text), location());
    String start = string();
    Location startAt = location();
    List<Question> questions = list(this::question);
    List<Outcome> outcomes = list(() -> new Outcome(string(), level(), text(), list(this::string), location()));
    List<Advice> advice = list(() -> new Advice(string(), text(), list(this::string), list(this::level),
        list(this::answered), location()));
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
    List<Screen> screens = list(() -> new Screen(string(), text(), list(this::string), location()));
    return new Questionnaire(id, version, title, language, emergencyNumbers, sources, readability, notices, start,
        startAt, questions, outcomes, advice, escalations, languages, screens);
  }
}
