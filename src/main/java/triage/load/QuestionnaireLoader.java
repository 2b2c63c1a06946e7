package triage.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import triage.model.Advice;
import triage.model.AnswerWords;
import triage.model.Escalation;
import triage.model.Level;
import triage.model.Location;
import triage.model.Notices;
import triage.model.Origin;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Screen;
import triage.model.Questionnaire;
import triage.model.Text;
import triage.text.Sha256;

/**
 * Reads a questionnaire file into the model and reports every problem it can find at once, each
 * at its line and column: YAML syntax, unknown keys, missing or mistyped values, then the structure
 * (references, duplicate ids, cycles, number ranges). Pure: bytes in, a {@link Loaded} out.
 */
public final class QuestionnaireLoader {

  static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "language", "languages", "emergency_numbers",
      "sources", "readability", "start", "notices", "escalation", "questions", "screens", "outcomes", "advice", "scenarios",
      "scenario_defaults");
  static final Set<String> OUTCOME_KEYS = Set.of("id", "level", "title", "advice", "source");
  static final Set<String> ADVICE_KEYS = Set.of("id", "text", "source", "levels", "unless");
  static final Set<String> SCREEN_KEYS = Set.of("id", "text", "questions");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> unread = new HashSet<>(); // ids of questions and outcomes that could not be read
  private String language = DEFAULT_LANGUAGE;
  private boolean retry; // questions were read in a language the file then changed

  static final String DEFAULT_LANGUAGE = "en";

  /** Questions read one by one while the file is parsed, and the language their texts were read in. */
  private final class Streamed implements YamlDocument.Items {
    final List<Question> questions = new ArrayList<>();
    String language = DEFAULT_LANGUAGE;
    boolean any;

    @Override
    public void item(Node node) {
      any = true;
      QuestionnaireLoader.this.language = language;
      questionReader().read(node).ifPresent(questions::add);
    }

    @Override
    public void scalar(String key, String value) {
      if (key.equals("language") && !any && Fields.isLanguage(value)) {
        language = value;
      }
    }
  }

  private QuestionnaireLoader(String file) {
    this.file = file;
  }

  /** Reads questions in the language the file's texts are in so far. */
  private QuestionReader questionReader() {
    return new QuestionReader(file, problems, language, unread);
  }

  /** Loads the bytes of a questionnaire; {@code file} names it in every problem. */
  public static Loaded load(String file, byte[] bytes) {
    QuestionnaireLoader streaming = new QuestionnaireLoader(file);
    Optional<Questionnaire> questionnaire = streaming.read(bytes, true);
    QuestionnaireLoader loader = streaming.retry ? new QuestionnaireLoader(file) : streaming;
    if (streaming.retry) {
      questionnaire = loader.read(bytes, false);
    }
    List<Problem> problems = new ArrayList<>(loader.problems);
    questionnaire.ifPresent(q -> problems.addAll(StructureCheck.problems(q, loader.unread)));
    return new Loaded(questionnaire, problems, new Origin(file, Sha256.hex(bytes)), loader.unread);
  }

  public static Loaded load(String file, String text) {
    return load(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the file; with {@code stream}, questions are turned into the model as they are parsed, so
   * that a large file's questions are never all held as YAML nodes at once.
   */
  private Optional<Questionnaire> read(byte[] bytes, boolean stream) {
    Streamed streamed = new Streamed();
    YamlDocument.Parsed parsed = stream
        ? YamlDocument.parse(file, bytes, "questions", streamed)
        : YamlDocument.parse(file, bytes);
    language = DEFAULT_LANGUAGE;
    problems.addAll(parsed.problems());
    if (parsed.root().isEmpty()) {
      return Optional.empty();
    }
    Optional<Fields> found = Fields.of(file, "the questionnaire", parsed.root().get(), TOP_KEYS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields top = found.get();
    top.string("language").ifPresent(code -> {
      if (Fields.isLanguage(code)) {
        language = code;
      } else {
        problems.add(Problem.error(top.at("language"), "type",
            "the questionnaire: `language` must be a language code such as `en`, not `" + code + "`"));
      }
    });
    if (streamed.any && !streamed.language.equals(language)) {
      retry = true; // `language` came after the questions: read the file again, whole
      return Optional.empty();
    }
    String id = top.id("id").orElse("");
    String version = top.requiredString("version").orElse("");
    Optional<Text> title = top.text("title", language, false);
    SettingsReader settings = new SettingsReader(file, problems, language);
    Notices notices = settings.notices(top);
    List<Question> questions = streamed.questions;
    for (Node node : top.list("questions", true)) {
      if (!YamlDocument.handedOn(node)) {
        questionReader().read(node).ifPresent(questions::add);
      }
    }
    if (top.has("questions") && questions.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
      problems.add(Problem.error(top.at("questions"), "missing", "the questionnaire has no questions"));
    }
    List<triage.model.Outcome> outcomes = new ArrayList<>();
    for (Node node : top.list("outcomes", true)) {
      outcome(node).ifPresent(outcomes::add);
    }
    List<Advice> advice = new ArrayList<>();
    for (Node node : top.list("advice", false)) {
      advice(node).ifPresent(advice::add);
    }
    List<Escalation> escalations = settings.escalations(top);
    Map<String, AnswerWords> languages = settings.languages(top);
    List<Screen> screens = new ArrayList<>();
    for (Node node : top.list("screens", false)) {
      screen(node).ifPresent(screens::add);
    }
    String start = top.string("start").orElse(questions.isEmpty() ? "" : questions.get(0).id());
    Location startAt = top.has("start") ? top.at("start") : top.at("questions");
    return Optional.of(new Questionnaire(id, version, title, language, settings.emergencyNumbers(top),
        settings.sources(top), settings.readability(top), notices, start, startAt, questions, outcomes, advice,
        escalations, languages, screens));
  }

  private Optional<Screen> screen(Node node) {
    Optional<Fields> found = Fields.of(file, Fields.name("screen", node, "id"), node, SCREEN_KEYS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields f = found.get();
    Optional<String> id = f.id("id");
    Text text = f.text("text", language, true).orElse(Text.of(language, ""));
    List<String> questions = f.strings("questions");
    if (f.has("questions") && questions.size() < 2) {
      problems.add(Problem.error(f.at("questions"), "screen", f.what() + ": a screen shows two questions or more"));
    } else if (!f.has("questions")) {
      f.missing("questions");
    }
    return id.map(i -> new Screen(i, text, questions, f.at()));
  }

  private Optional<triage.model.Outcome> outcome(Node node) {
    Optional<Fields> found = Fields.of(file, Fields.name("outcome", node, "id"), node, OUTCOME_KEYS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields o = found.get();
    Optional<String> id = o.id("id");
    Optional<Level> level = o.level("level");
    if (!o.has("level")) {
      o.missing("level");
    }
    Text title = o.text("title", language, true).orElse(Text.of(language, ""));
    List<String> advice = o.strings("advice");
    if (level.isEmpty()) {
      id.ifPresent(unread::add); // without its level, no check of the verdicts it gives can be true
      return Optional.empty();
    }
    return id.map(i -> new triage.model.Outcome(i, level.get(), title, advice, o.at()));
  }

  private Optional<Advice> advice(Node node) {
    Optional<Fields> found = Fields.of(file, Fields.name("advice", node, "id"), node, ADVICE_KEYS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields a = found.get();
    Optional<String> id = a.id("id");
    Text text = a.text("text", language, true).orElse(Text.of(language, ""));
    return id.map(i -> new Advice(i, text, a.strings("source"), a.levels("levels"), a.answered("unless"), a.at()));
  }
}
