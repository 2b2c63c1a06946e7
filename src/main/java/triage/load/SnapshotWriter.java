package triage.load;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Answer;
import triage.model.Answered;
import triage.model.AnswerWords;
import triage.model.ChoiceQuestion;
import triage.model.Level;
import triage.model.Location;
import triage.model.Notices;
import triage.model.NumberQuestion;
import triage.model.Origin;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Readability;
import triage.model.Route;
import triage.model.Skip;
import triage.model.Text;
import triage.model.YesNoQuestion;

/** Writes what loading gave in the snapshot's binary form; {@link SnapshotReader} reads it back. */
final class SnapshotWriter {
  private final DataOutputStream out;

  SnapshotWriter(DataOutputStream out) {
    this.out = out;
  }

  void string(String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  <T> void list(List<T> values, Snapshot.Put<T> each) throws IOException {
    out.writeInt(values.size());
    for (T value : values) {
      each.put(value);
    }
  }

  <T> void optional(Optional<T> value, Snapshot.Put<T> present) throws IOException {
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

  void answered(Answered answered) throws IOException {
    string(answered.question());
    list(answered.answers(), this::string);
    location(answered.at());
  }

  void skip(Skip skip) throws IOException {
    level(skip.when());
    string(skip.next());
    location(skip.at());
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
    optional(question.skip(), this::skip);
    list(question.openedBy(), this::answered);
    location(question.at());
  }

  void questionnaire(Questionnaire q) throws IOException {
    string(q.id());
    string(q.version());
    optional(q.title(), this::text);
    string(q.language());
    optional(q.emergencyNumbers(), numbers -> {
      list(List.copyOf(numbers.byRegion().entrySet()), entry -> {
        string(entry.getKey());
        string(entry.getValue());
      });
      location(numbers.at());
    });
    list(q.sources(), source -> {
      string(source.id());
      string(source.description());
      location(source.at());
    });
    Readability readability = q.readability();
    optional(readability.questions(), out::writeDouble);
    optional(readability.advice(), out::writeDouble);
    location(readability.at());
    Notices notices = q.notices();
    text(notices.notADiagnosis());
    list(List.copyOf(notices.seekHelpIf().entrySet()), entry -> {
      level(entry.getKey());
      text(entry.getValue());
    });
    list(List.copyOf(notices.seekHelpIfBrief().entrySet()), entry -> {
      level(entry.getKey());
      text(entry.getValue());
    });
    optional(notices.beforeStart(), this::text);
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
      list(advice.levels(), this::level);
      list(advice.unless(), this::answered);
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
    list(q.screens(), screen -> {
      string(screen.id());
      text(screen.text());
      list(screen.questions(), this::string);
      location(screen.at());
    });
  }
}
