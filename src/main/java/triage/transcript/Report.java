package triage.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import triage.model.Level;
import triage.render.Json;

/**
 * What many transcripts say together: for each question, and each wording of it (by the hash of
 * the words shown, so two wordings sit side by side), how often it was asked, the answers, how
 * often people answered unsure, asked for help, went back, and the median time; where sessions
 * ended without a verdict; and the verdicts by level. Fed one line at a time, it keeps only counts,
 * so any number of sessions fits in the same memory.
 */
public final class Report {

  /** How one wording of one question fared. */
  public static final class Wording {
    private long asked;
    private long answered;
    private long unsure;
    private long help;
    private long back;
    private long rejected;
    private final Map<String, Long> answers = new LinkedHashMap<>();
    private final Histogram times = new Histogram();

    public long asked() {
      return asked;
    }

    public Map<String, Long> answers() {
      return answers;
    }

    /** Of the answers given, the share that were unsure. */
    public double unsureRate() {
      return answered == 0 ? 0 : (double) unsure / answered;
    }

    /** Of the times it was asked, the share where help was shown. */
    public double helpRate() {
      return asked == 0 ? 0 : (double) help / asked;
    }

    /** Of the times it was asked, the share where the person went back from it. */
    public double backRate() {
      return asked == 0 ? 0 : (double) back / asked;
    }

    /** Of the times it was asked, the share where an input was not accepted at first. */
    public double rejectedRate() {
      return asked == 0 ? 0 : (double) rejected / asked;
    }

    public long medianMillis() {
      return times.median();
    }
  }

  private long sessions;
  private final List<String> unreadable = new ArrayList<>();
  private long unreadableCount;
  private final Map<Level, Long> verdicts = new LinkedHashMap<>();
  private final Map<String, Long> withoutVerdict = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> dropOff = new LinkedHashMap<>(); // question -> end -> count
  private final Map<String, Map<String, Wording>> questions = new LinkedHashMap<>(); // question -> hash -> stats

  private static final int UNREADABLE_NAMED = 10;

  public Report() {
    for (Level level : Level.values()) {
      verdicts.put(level, 0L);
    }
  }

  /** Adds one transcript line; one that cannot be read (a torn last line, say) is counted and named. */
  public void add(byte[] bytes, int length, String where) {
    Session session = new Session();
    try (JsonParser json = Json.parser(bytes, length)) {
      session.read(json);
    } catch (IOException | RuntimeException e) {
      unreadableCount++;
      if (unreadable.size() < UNREADABLE_NAMED) {
        unreadable.add(where);
      }
      return;
    }
    sessions++;
    for (Session.Asked asked : session.asked) {
      Wording wording = questions.computeIfAbsent(asked.question, q -> new LinkedHashMap<>())
          .computeIfAbsent(asked.text, t -> new Wording());
      wording.asked++;
      if (asked.answer != null) {
        wording.answered++;
        wording.answers.merge(asked.answer, 1L, Long::sum);
        if (asked.answer.equals("unsure")) {
          wording.unsure++;
        }
      }
      wording.help += asked.help > 0 ? 1 : 0;
      wording.back += asked.back > 0 ? 1 : 0;
      wording.rejected += asked.rejected > 0 ? 1 : 0;
      wording.times.add(asked.ms);
    }
    if ("verdict".equals(session.end)) {
      Level.ofWord(session.level).ifPresent(level -> verdicts.merge(level, 1L, Long::sum));
    } else {
      String end = session.end == null ? "unknown" : session.end;
      withoutVerdict.merge(end, 1L, Long::sum);
      dropOff.computeIfAbsent(session.at == null ? "" : session.at, q -> new LinkedHashMap<>()).merge(end, 1L, Long::sum);
    }
  }

  public long sessions() {
    return sessions;
  }

  public long unreadableCount() {
    return unreadableCount;
  }

  /** Where the first unreadable lines were ("file:line"). */
  public List<String> unreadable() {
    return unreadable;
  }

  public Map<Level, Long> verdicts() {
    return verdicts;
  }

  public Map<String, Long> withoutVerdict() {
    return withoutVerdict;
  }

  public Map<String, Map<String, Long>> dropOff() {
    return dropOff;
  }

  /** Each question asked, in the order first seen, and its wordings in the order first seen. */
  public Map<String, Map<String, Wording>> questions() {
    return questions;
  }

  /** One transcript line, read field by field. */
  private static final class Session {
    record Asked(String question, String text, String answer, long ms, long help, long back, long rejected) {}

    final List<Asked> asked = new ArrayList<>();
    String end;
    String level;
    String at;

    void read(JsonParser json) throws IOException {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a transcript");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "asked" -> readAsked(json, value);
          case "end" -> end = json.getValueAsString();
          case "level" -> level = json.getValueAsString();
          case "at" -> at = json.getValueAsString();
          default -> json.skipChildren();
        }
      }
      if (end == null || json.nextToken() != null) {
        throw new IOException("not a whole transcript");
      }
    }

    private void readAsked(JsonParser json, JsonToken value) throws IOException {
      if (value != JsonToken.START_ARRAY) {
        throw new IOException("`asked` is not a list");
      }
      while (json.nextToken() == JsonToken.START_OBJECT) {
        String question = null;
        String text = null;
        String answer = null;
        long ms = 0;
        long help = 0;
        long back = 0;
        long rejected = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String field = json.currentName();
          json.nextToken();
          switch (field) {
            case "question" -> question = json.getValueAsString();
            case "text" -> text = json.getValueAsString();
            case "answer" -> answer = json.getValueAsString();
            case "ms" -> ms = json.getValueAsLong();
            case "help" -> help = json.getValueAsLong();
            case "back" -> back = json.getValueAsLong();
            case "rejected" -> rejected = json.getValueAsLong();
            default -> json.skipChildren();
          }
        }
        if (question == null || text == null) {
          throw new IOException("an asked question without its id or text");
        }
        asked.add(new Asked(question, text, answer, ms, help, back, rejected));
      }
    }
  }
}
