package triage.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
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
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Route;
import triage.model.Text;
import triage.model.YesNoQuestion;
import triage.text.Sha256;
import triage.text.Suggestion;

/**
 * Reads a questionnaire file into the model and reports every problem it can find at once, each
 * at its line and column: YAML syntax, unknown keys, missing or mistyped values, then the structure
 * (references, duplicate ids, cycles, number ranges). Pure: bytes in, a {@link Loaded} out.
 */
public final class QuestionnaireLoader {

  static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "language", "languages", "emergency_number",
      "start", "notices", "escalation", "questions", "outcomes", "advice", "scenarios", "scenario_defaults");
  static final Set<String> LANGUAGE_KEYS = Set.of("yes", "no", "unsure", "abbreviations");
  static final Set<String> NOTICE_KEYS = Set.of("not_a_diagnosis", "seek_help_if", "emergency_number_unknown");
  static final Set<String> QUESTION_KEYS =
      Set.of("id", "type", "text", "help", "source", "red_flag", "answers", "options", "min", "max", "ranges", "unsure");
  static final Set<String> ROUTE_KEYS = Set.of("next", "raise", "advice");
  static final Set<String> OPTION_KEYS = Set.of("value", "text", "next", "raise", "advice");
  static final Set<String> RANGE_KEYS = Set.of("min", "max", "next", "raise", "advice");
  static final Set<String> OUTCOME_KEYS = Set.of("id", "level", "title", "advice", "source");
  static final Set<String> ADVICE_KEYS = Set.of("id", "text", "source");
  static final List<String> TYPES = List.of("yes-no", "choice", "number");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
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
      question(node).ifPresent(questions::add);
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

  /** Loads the bytes of a questionnaire; {@code file} names it in every problem. */
  public static Loaded load(String file, byte[] bytes) {
    QuestionnaireLoader streaming = new QuestionnaireLoader(file);
    Optional<Questionnaire> questionnaire = streaming.read(bytes, true);
    QuestionnaireLoader loader = streaming.retry ? new QuestionnaireLoader(file) : streaming;
    if (streaming.retry) {
      questionnaire = loader.read(bytes, false);
    }
    List<Problem> problems = new ArrayList<>(loader.problems);
    questionnaire.ifPresent(q -> problems.addAll(StructureCheck.problems(q)));
    return new Loaded(questionnaire, problems, new Origin(file, Sha256.hex(bytes)));
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
    Optional<String> emergencyNumber = top.string("emergency_number");
    Notices notices = notices(top);
    List<Question> questions = streamed.questions;
    for (Node node : top.list("questions", true)) {
      if (!YamlDocument.handedOn(node)) {
        question(node).ifPresent(questions::add);
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
    List<Escalation> escalations = escalations(top);
    Map<String, AnswerWords> languages = languages(top);
    String start = top.string("start").orElse(questions.isEmpty() ? "" : questions.get(0).id());
    Location startAt = top.has("start") ? top.at("start") : top.at("questions");
    return Optional.of(new Questionnaire(id, version, title, language, emergencyNumber, notices, start, startAt,
        questions, outcomes, advice, escalations, languages));
  }

  private Notices notices(Fields top) {
    Text missing = Text.of(language, "");
    if (!top.has("notices")) {
      top.missing("notices");
      return new Notices(missing, missing, Optional.empty(), top.at());
    }
    return Fields.of(file, "`notices`", top.node("notices").get(), NOTICE_KEYS, problems)
        .map(f -> new Notices(
            f.text("not_a_diagnosis", language, true).orElse(missing),
            f.text("seek_help_if", language, true).orElse(missing),
            f.text("emergency_number_unknown", language, false), f.at()))
        .orElse(new Notices(missing, missing, Optional.empty(), top.at("notices")));
  }

  /** The `languages:` map: each language's answer words; empty when the file declares none. */
  private Map<String, AnswerWords> languages(Fields top) {
    Map<String, AnswerWords> languages = new LinkedHashMap<>();
    Optional<Node> node = top.node("languages");
    if (node.isEmpty()) {
      return languages;
    }
    if (!(node.get() instanceof MappingNode mapping)) {
      problems.add(Problem.error(top.at("languages"), "type",
          "`languages` must map language codes to their answer words, not " + Fields.kind(node.get())));
      return languages;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String code = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      if (!Fields.isLanguage(code)) {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getKeyNode()), "type",
            "`languages`: `" + code + "` is not a language code such as `en` or `es`"));
        continue;
      }
      Fields.of(file, "language `" + code + "`", tuple.getValueNode(), LANGUAGE_KEYS, problems)
          .ifPresent(f -> languages.put(code, answerWords(f)));
    }
    if (!languages.isEmpty() && !languages.containsKey(language)) {
      problems.add(Problem.error(top.at("languages"), "translation", "`languages` does not include `" + language
          + "`, the default language"));
    }
    // The default language first, as everywhere else.
    Map<String, AnswerWords> ordered = new LinkedHashMap<>();
    if (languages.containsKey(language)) {
      ordered.put(language, languages.get(language));
    }
    ordered.putAll(languages);
    return ordered;
  }

  private AnswerWords answerWords(Fields f) {
    Map<String, List<String>> words = new LinkedHashMap<>();
    for (String value : YesNoQuestion.VALUES) {
      List<String> list = f.strings(value).stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
      if (list.isEmpty()) {
        f.missing(value);
      }
      words.put(value, list);
    }
    Map<String, String> abbreviations = new LinkedHashMap<>();
    f.node("abbreviations").ifPresent(node -> {
      if (!(node instanceof MappingNode mapping)) {
        problems.add(Problem.error(f.at("abbreviations"), "type", f.what()
            + ": `abbreviations` must map short words to yes, no or unsure"));
        return;
      }
      for (NodeTuple tuple : mapping.getValue()) {
        String word = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
        String value = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
        if (!YesNoQuestion.VALUES.contains(value)) {
          problems.add(Problem.error(YamlDocument.at(file, tuple.getValueNode()), "type", f.what()
              + ": abbreviation `" + word + "` must stand for yes, no or unsure, not `" + value + "`"));
        } else {
          abbreviations.put(word.strip().toLowerCase(Locale.ROOT), value);
        }
      }
    });
    return new AnswerWords(words, abbreviations);
  }

  private List<Escalation> escalations(Fields top) {
    List<Escalation> escalations = new ArrayList<>();
    Optional<Node> node = top.node("escalation");
    if (node.isEmpty()) {
      return escalations;
    }
    if (!(node.get() instanceof MappingNode mapping)) {
      problems.add(Problem.error(top.at("escalation"), "type",
          "`escalation` must map levels to outcome ids, not " + Fields.kind(node.get())));
      return escalations;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String word = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      Location at = YamlDocument.at(file, tuple.getKeyNode());
      Optional<Level> level = Level.ofWord(word);
      if (level.isEmpty()) {
        problems.add(Problem.error(at, "type", "`escalation`: `" + word + "` is not a level; use one of "
            + Level.words() + Suggestion.didYouMean(word, List.of(Level.words().split(", ")))));
      } else if (tuple.getValueNode() instanceof ScalarNode outcome && !Fields.isNull(outcome)) {
        escalations.add(new Escalation(level.get(), outcome.getValue(), YamlDocument.at(file, outcome)));
      } else {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getValueNode()), "type",
            "`escalation`: `" + word + "` must name one outcome id"));
      }
    }
    return escalations;
  }

  private Optional<Question> question(Node node) {
    Optional<Fields> found = Fields.of(file, Fields.name("question", node, "id"), node, QUESTION_KEYS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields q = found.get();
    Optional<String> id = q.id("id");
    String type = q.string("type").orElse("");
    if (!q.has("type")) {
      q.missing("type");
    } else if (!TYPES.contains(type)) {
      problems.add(Problem.error(q.at("type"), "type", q.what() + ": `type` must be one of yes-no, choice, number"
          + ", not `" + type + "`" + Suggestion.didYouMean(type, TYPES)));
    }
    Text text = q.text("text", language, true).orElse(Text.of(language, ""));
    Optional<Text> help = q.text("help", language, false);
    List<String> sources = q.strings("source");
    Optional<Level> redFlag = q.level("red_flag");
    List<String> notForType = switch (type) {
      case "yes-no" -> List.of("options", "min", "max", "ranges", "unsure");
      case "choice" -> List.of("answers", "min", "max", "ranges", "unsure");
      case "number" -> List.of("answers", "options");
      default -> List.of();
    };
    for (String key : notForType) {
      if (q.has(key)) {
        problems.add(Problem.error(q.keyAt(key), "unknown-key",
            q.what() + ": `" + key + "` does not belong to a " + type + " question"));
      }
    }
    Location at = q.at();
    String qid = id.orElse("");
    return switch (type) {
      case "yes-no" -> Optional.of(new YesNoQuestion(qid, text, help, sources, redFlag, yesNoAnswers(q), at));
      case "choice" -> Optional.of(new ChoiceQuestion(qid, text, help, sources, redFlag, options(q), at));
      case "number" -> Optional.of(new NumberQuestion(qid, text, help, sources, redFlag,
          q.whole("min").orElseGet(() -> missingWhole(q, "min")),
          q.whole("max").orElseGet(() -> missingWhole(q, "max")), ranges(q), unsure(q), at));
      default -> Optional.empty();
    };
  }

  private long missingWhole(Fields q, String key) {
    if (!q.has(key)) {
      q.missing(key);
    }
    return 0;
  }

  private List<Answer> yesNoAnswers(Fields q) {
    List<Answer> answers = new ArrayList<>();
    Optional<Node> node = q.node("answers");
    if (node.isEmpty()) {
      q.missing("answers");
      return answers;
    }
    Optional<Fields> found = Fields.of(file, q.what() + ": `answers`", node.get(),
        Set.copyOf(YesNoQuestion.VALUES), problems);
    if (found.isEmpty()) {
      return answers;
    }
    Fields a = found.get();
    for (String value : YesNoQuestion.VALUES) {
      if (a.has(value)) {
        Optional<Fields> routeFields =
            Fields.of(file, q.what() + ": answer `" + value + "`", a.node(value).get(), ROUTE_KEYS, problems);
        routeFields.ifPresent(r -> answers.add(new Answer(value, Text.of(language, value), route(r), a.keyAt(value))));
      } else if (!value.equals(YesNoQuestion.UNSURE)) {
        problems.add(Problem.error(a.at(), "missing", q.what() + ": answer `" + value + "` is missing"));
      }
    }
    return answers;
  }

  private List<Answer> options(Fields q) {
    List<Answer> answers = new ArrayList<>();
    List<Node> items = q.list("options", true);
    for (Node item : items) {
      Fields.of(file, q.what() + ": " + Fields.name("option", item, "value"), item, OPTION_KEYS, problems).ifPresent(o -> {
        Optional<String> value = o.id("value");
        Optional<Text> label = o.text("text", language, true);
        Route route = route(o);
        if (value.isPresent() && label.isPresent()) {
          answers.add(new Answer(value.get(), label.get(), route, o.at()));
        }
      });
    }
    if (q.has("options") && items.size() < 2) {
      problems.add(Problem.error(q.at("options"), "missing", q.what() + ": a choice needs at least two options"));
    }
    return answers;
  }

  private List<NumberQuestion.Range> ranges(Fields q) {
    List<NumberQuestion.Range> ranges = new ArrayList<>();
    for (Node item : q.list("ranges", true)) {
      Fields.of(file, q.what() + ": a range", item, RANGE_KEYS, problems).ifPresent(r -> {
        Optional<Long> min = r.whole("min");
        Optional<Long> max = r.whole("max");
        if (!r.has("min")) {
          r.missing("min");
        }
        if (!r.has("max")) {
          r.missing("max");
        }
        Route route = route(r);
        if (min.isPresent() && max.isPresent()) {
          String value = NumberQuestion.Range.value(min.get(), max.get());
          ranges.add(new NumberQuestion.Range(min.get(), max.get(),
              new Answer(value, Text.of(language, value), route, r.at())));
        }
      });
    }
    return ranges;
  }

  /** A number question's {@code unsure:} route, if it has one. */
  private Optional<Answer> unsure(Fields q) {
    return q.node("unsure").flatMap(node ->
        Fields.of(file, q.what() + ": `unsure`", node, ROUTE_KEYS, problems)
            .map(r -> new Answer(YesNoQuestion.UNSURE, Text.of(language, YesNoQuestion.UNSURE), route(r),
                q.keyAt("unsure"))));
  }

  private Route route(Fields r) {
    String next = r.id("next").orElse("");
    return new Route(next, r.level("raise"), r.strings("advice"), r.has("next") ? r.at("next") : r.at());
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
    return id.map(i -> new triage.model.Outcome(i, level.orElse(Level.EMERGENCY), title, advice, o.at()));
  }

  private Optional<Advice> advice(Node node) {
    Optional<Fields> found = Fields.of(file, Fields.name("advice", node, "id"), node, ADVICE_KEYS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields a = found.get();
    Optional<String> id = a.id("id");
    Text text = a.text("text", language, true).orElse(Text.of(language, ""));
    return id.map(i -> new Advice(i, text, a.strings("source"), a.at()));
  }
}
