package triage.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Level;
import triage.render.Json;
import triage.render.PilotFigures;

/**
 * What many transcripts say together: for each question, and each wording of it (by the hash of
 * the words shown, so two wordings sit side by side), how often it was asked, the answers, how
 * often people answered unsure, asked for help, went back, and the median time; where sessions
 * ended without a verdict; and the verdicts by level. Fed one line at a time, it keeps only counts,
 * so any number of sessions fits in the same memory.
 */
public final class Report implements PilotFigures {

  /** How one wording of one question fared. */
  public static final class Wording implements PilotFigures.Wording {
    private long asked;
    private long answered;
    private long unsure;
    private long help;
    private long back;
    private long rejected;
    private final Map<String, Long> answers = new LinkedHashMap<>();
    private final Histogram times = new Histogram();

    @Override
    public long asked() {
      return asked;
    }

    @Override
    public Map<String, Long> answers() {
      return answers;
    }

    /** How many times it was answered (not left by going back, quitting or the input ending). */
    public long answered() {
      return answered;
    }

    /** Of the answers given, the share that were unsure. */
    public double unsureRate() {
      return answered == 0 ? 0 : (double) unsure / answered;
    }

    /** Of the times it was asked, the share where help was shown. */
    @Override
    public double helpRate() {
      return asked == 0 ? 0 : (double) help / asked;
    }

    /** Of the times it was asked, the share where the person went back from it. */
    @Override
    public double backRate() {
      return asked == 0 ? 0 : (double) back / asked;
    }

    /** Of the times it was asked, the share where an input was not accepted at first. */
    @Override
    public double rejectedRate() {
      return asked == 0 ? 0 : (double) rejected / asked;
    }

    @Override
    public long medianMillis() {
      return times.median();
    }
  }

  /**
   * Which sessions a report counts: those run in this mode ({@code terminal}, {@code pipe},
   * {@code answers}), in this language, with this version of the questionnaire, or with a
   * questionnaire whose sha256 starts with this; an empty one takes every session.
   */
  public record Filter(Optional<String> mode, Optional<String> language, Optional<String> version,
      Optional<String> sha256) {

    public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    boolean accepts(Session session) {
      return mode.map(m -> m.equals(session.mode)).orElse(true)
          && language.map(l -> l.equals(session.language)).orElse(true)
          && version.map(v -> v.equals(session.version)).orElse(true)
          && sha256.map(sha -> session.sha256 != null && session.sha256.startsWith(sha)).orElse(true);
    }
  }

  private final Filter filter;
  private long sessions;
  private long leftOut;
  private final List<String> unreadable = new ArrayList<>();
  private long unreadableCount;
  private final Map<Level, Long> verdicts = new LinkedHashMap<>();
  private final Map<String, Long> withoutVerdict = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> dropOff = new LinkedHashMap<>(); // question -> end -> count
  private final Map<String, Map<String, Wording>> questions = new LinkedHashMap<>(); // question -> hash -> stats

  private static final int UNREADABLE_NAMED = 10;
  /** Question wordings kept (each holds a histogram of times): far more than any questionnaire has. */
  public static final int MOST_WORDINGS = 2_000;
  /** Distinct answers kept per wording, and distinct ends: the rest are counted as "other". */
  static final int MOST_ANSWERS = 50;
  static final int MOST_ENDS = 20;
  static final String OTHER = "(other)";

  private long dropped; // entries for wordings and questions beyond those kept
  private int wordings;

  public Report() {
    this(Filter.ALL);
  }

  public Report(Filter filter) {
    this.filter = filter;
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
    if (!filter.accepts(session)) {
      leftOut++;
      return;
    }
    sessions++;
    for (Session.Asked asked : session.asked) {
      Wording wording = wording(asked.question, asked.text);
      if (wording == null) {
        continue;
      }
      wording.asked++;
      if (asked.answer != null) {
        wording.answered++;
        wording.answers.merge(wording.answers.size() < MOST_ANSWERS || wording.answers.containsKey(asked.answer)
            ? asked.answer : OTHER, 1L, Long::sum);
        if (asked.answer.equals("unsure")) {
          wording.unsure++;
        }
      }
      wording.help += asked.help > 0 ? 1 : 0;
      wording.back += asked.back > 0 ? 1 : 0;
      wording.rejected += asked.rejected > 0 ? 1 : 0;
      if (asked.ms >= 0) {
        wording.times.add(asked.ms); // answers given by id were not timed: they would pull every median to 0
      }
    }
    if ("verdict".equals(session.end)) {
      Level.ofWord(session.level).ifPresent(level -> verdicts.merge(level, 1L, Long::sum));
    } else {
      String given = session.end == null ? "unknown" : session.end;
      String end = withoutVerdict.size() < MOST_ENDS || withoutVerdict.containsKey(given) ? given : OTHER;
      withoutVerdict.merge(end, 1L, Long::sum);
      String at = session.at == null ? "" : session.at;
      if (dropOff.size() < MOST_WORDINGS || dropOff.containsKey(at)) {
        dropOff.computeIfAbsent(at, q -> new LinkedHashMap<>()).merge(end, 1L, Long::sum);
      } else {
        dropped++;
      }
    }
  }

  /** The stats of a wording, or null once as many wordings are kept as fit (what is left out is counted). */
  private Wording wording(String question, String text) {
    Map<String, Wording> byText = questions.get(question);
    Wording known = byText == null ? null : byText.get(text);
    if (known != null) {
      return known;
    }
    if (wordings >= MOST_WORDINGS) {
      dropped++;
      return null;
    }
    wordings++;
    Wording created = new Wording();
    questions.computeIfAbsent(question, q -> new LinkedHashMap<>()).put(text, created);
    return created;
  }

  /** How many asked questions and drop-offs were left out because the report keeps a bounded number of wordings. */
  @Override
  public long dropped() {
    return dropped;
  }

  @Override
  public long sessions() {
    return sessions;
  }

  /** The sessions read but left out by the filter. */
  public long leftOut() {
    return leftOut;
  }

  @Override
  public long unreadableCount() {
    return unreadableCount;
  }

  /** Where the first unreadable lines were ("file:line"). */
  public List<String> unreadable() {
    return unreadable;
  }

  @Override
  public Map<Level, Long> verdicts() {
    return verdicts;
  }

  @Override
  public Map<String, Long> withoutVerdict() {
    return withoutVerdict;
  }

  @Override
  public Map<String, Map<String, Long>> dropOff() {
    return dropOff;
  }

  /** Each question asked, in the order first seen, and its wordings in the order first seen. */
  @Override
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
    String mode;
    String language;
    String version;
    String sha256;

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
          case "mode" -> mode = json.getValueAsString();
          case "language" -> language = json.getValueAsString();
          case "questionnaire" -> readQuestionnaire(json, value);
          default -> json.skipChildren();
        }
      }
      if (end == null || json.nextToken() != null) {
        throw new IOException("not a whole transcript");
      }
    }

    private void readQuestionnaire(JsonParser json, JsonToken value) throws IOException {
      if (value != JsonToken.START_OBJECT) {
        json.skipChildren();
        return;
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "version" -> version = json.getValueAsString();
          case "sha256" -> sha256 = json.getValueAsString();
          default -> json.skipChildren();
        }
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
        long ms = -1; // not timed unless the line says
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
            case "ms" -> ms = json.currentToken() == JsonToken.VALUE_NULL ? -1 : json.getValueAsLong();
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
