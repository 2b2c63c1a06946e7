package triage.load;

import java.util.ArrayList;
import java.util.EnumMap;
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
import triage.model.AnswerWords;
import triage.model.EmergencyNumbers;
import triage.model.Escalation;
import triage.model.Level;
import triage.model.Location;
import triage.model.Notices;
import triage.model.Problem;
import triage.model.Readability;
import triage.model.Source;
import triage.model.Text;
import triage.model.YesNoQuestion;
import triage.text.Suggestion;

/**
 * Reads the settings at the top of a questionnaire file: the notices, the answer words of each
 * language, the escalation outcomes, the emergency numbers, the sources items may cite and the
 * readability thresholds; each problem at its line and column.
 */
final class SettingsReader {

  static final Set<String> NOTICE_KEYS = Set.of("not_a_diagnosis", "seek_help_if", "seek_help_if_brief",
      "before_start");
  static final Set<String> LANGUAGE_KEYS = Set.of("yes", "no", "unsure", "abbreviations");
  static final Set<String> READABILITY_KEYS = Set.of("questions", "advice");
  static final Set<String> LEVEL_KEYS = Set.of("self-care", "see-professional", "urgent", "emergency");

  private final String file;
  private final List<Problem> problems;
  private final String language;

  SettingsReader(String file, List<Problem> problems, String language) {
    this.file = file;
    this.problems = problems;
    this.language = language;
  }

  /** The fixed words around verdicts; the safety net is one text for every level, or a text per level. */
  Notices notices(Fields top) {
    Text missing = Text.of(language, "");
    if (!top.has("notices")) {
      top.missing("notices");
      return new Notices(missing, Map.of(), Map.of(), Optional.empty(), top.at());
    }
    return Fields.of(file, "`notices`", top.node("notices").get(), NOTICE_KEYS, problems)
        .map(f -> new Notices(f.text("not_a_diagnosis", language, true).orElse(missing),
            seekHelpIf(f, "seek_help_if", true), seekHelpIf(f, "seek_help_if_brief", false),
            f.text("before_start", language, false), f.at()))
        .orElse(new Notices(missing, Map.of(), Map.of(), Optional.empty(), top.at("notices")));
  }

  /**
   * {@code seek_help_if} (or its brief): a text (one string, or one per language) for every level
   * below emergency, or a map from level to such a text.
   */
  private Map<Level, Text> seekHelpIf(Fields notices, String key, boolean required) {
    Map<Level, Text> byLevel = new EnumMap<>(Level.class);
    Optional<Node> node = notices.node(key);
    if (node.isEmpty()) {
      if (required) {
        notices.missing(key);
      }
      return byLevel;
    }
    if (node.get() instanceof MappingNode mapping && mapping.getValue().stream().anyMatch(tuple ->
        tuple.getKeyNode() instanceof ScalarNode levelKey && Level.ofWord(levelKey.getValue()).isPresent())) {
      Fields.of(file, "`notices`: `" + key + "`", mapping, LEVEL_KEYS, problems).ifPresent(levels -> {
        for (Level level : Level.values()) {
          levels.text(level.word(), language, false).ifPresent(text -> byLevel.put(level, text));
        }
      });
      return byLevel;
    }
    notices.text(key, language, true).ifPresent(text -> {
      for (Level level : Level.values()) {
        if (level != Level.EMERGENCY) {
          byLevel.put(level, text);
        }
      }
    });
    return byLevel;
  }

  /** The `languages:` map: each language's answer words; empty when the file declares none. */
  Map<String, AnswerWords> languages(Fields top) {
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
          .ifPresent(f -> languages.put(code, answerWords(f, code)));
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

  private AnswerWords answerWords(Fields f, String code) {
    Map<String, List<String>> words = new LinkedHashMap<>();
    Map<String, String> meaning = new LinkedHashMap<>(); // each word, and what it stands for
    YesNoQuestion.VALUES.forEach(value -> meaning.put(value, value));
    Map<String, String> known = code.equals("en") || code.startsWith("en-") ? ENGLISH_MEANINGS : Map.of();
    for (String value : YesNoQuestion.VALUES) {
      List<String> list = f.strings(value).stream().map(SettingsReader::normalised).toList();
      if (list.isEmpty()) {
        f.missing(value);
      }
      list.forEach(word -> oneMeaning(f, f.at(value), word, value, meaning, known));
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
          oneMeaning(f, YamlDocument.at(file, tuple.getKeyNode()), normalised(word), value, meaning, known);
          abbreviations.put(normalised(word), value);
        }
      }
    });
    return new AnswerWords(words, abbreviations);
  }

  /** What each English word that triage knows stands for: a questionnaire in English cannot give it another. */
  private static final Map<String, String> ENGLISH_MEANINGS = englishMeanings();

  private static Map<String, String> englishMeanings() {
    Map<String, String> meanings = new LinkedHashMap<>(AnswerWords.ENGLISH.abbreviations());
    AnswerWords.ENGLISH.words().forEach((value, list) -> list.forEach(word -> meanings.put(word, value)));
    YesNoQuestion.VALUES.forEach(meanings::remove); // the values themselves mean what they say in every language
    return meanings;
  }

  /** A word as people's answers are compared with it: trimmed, lower case, single spaces. */
  private static String normalised(String word) {
    return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * A word stands for one answer only: never for two, never for another answer's value, never for
   * the start of another answer's value ({@code ye} for no), and never against what the language
   * makes it mean ({@code not sure} for no, in English): else what someone types could be read as
   * the opposite of what they meant.
   */
  private void oneMeaning(Fields language, Location at, String word, String value, Map<String, String> meaning,
      Map<String, String> inLanguage) {
    String means = inLanguage.get(word);
    if (means != null && !means.equals(value)) {
      problems.add(Problem.error(at, "answer-words", language.what() + ": `" + word + "` means " + means
          + ", so it cannot stand for " + value + "; a person typing it would mean " + means));
      return;
    }
    String known = meaning.putIfAbsent(word, value);
    if (known != null && !known.equals(value)) {
      problems.add(Problem.error(at, "answer-words", language.what() + ": `" + word + "` would stand for both "
          + known + " and " + value + "; a word may stand for one answer only"));
      return;
    }
    for (String other : YesNoQuestion.VALUES) {
      if (!other.equals(value) && other.startsWith(word) && !value.startsWith(word)) {
        problems.add(Problem.error(at, "answer-words", language.what() + ": `" + word + "` stands for " + value
            + ", but it is how " + other + " begins; a person typing it would mean " + other));
      }
    }
  }

  List<Escalation> escalations(Fields top) {
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

  /** {@code emergency_numbers}: a number by country code, and {@code default}. */
  Optional<EmergencyNumbers> emergencyNumbers(Fields top) {
    Optional<Node> node = top.node("emergency_numbers");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof MappingNode mapping)) {
      problems.add(Problem.error(top.at("emergency_numbers"), "type", "`emergency_numbers` must map country codes"
          + " (such as GB) and `default` to numbers, not " + Fields.kind(node.get())));
      return Optional.empty();
    }
    Map<String, String> numbers = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String region = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      Location at = YamlDocument.at(file, tuple.getKeyNode());
      if (!region.equals(EmergencyNumbers.DEFAULT) && !region.matches("[A-Z]{2}")) {
        problems.add(Problem.error(at, "type", "`emergency_numbers`: `" + region + "` is not a country code in"
            + " capitals, such as GB or US, nor `default`"));
        continue;
      }
      String number = tuple.getValueNode() instanceof ScalarNode v && !Fields.isNull(v) ? v.getValue() : "";
      if (!number.matches("[0-9]{2,8}")) {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getValueNode()), "type", "`emergency_numbers`: "
            + region + " must be a number to dial, digits only (in quotes, so that 000 keeps its zeros), not `"
            + number + "`"));
        continue;
      }
      numbers.put(region, number);
    }
    return Optional.of(new EmergencyNumbers(numbers, top.at("emergency_numbers")));
  }

  /** {@code sources}: the documents items may cite, by id, each with what it is. */
  List<Source> sources(Fields top) {
    List<Source> sources = new ArrayList<>();
    Optional<Node> node = top.node("sources");
    if (node.isEmpty()) {
      return sources;
    }
    if (!(node.get() instanceof MappingNode mapping)) {
      problems.add(Problem.error(top.at("sources"), "type", "`sources` must map each source's id (an article's file"
          + " name, or a short name for a guidance document) to what it is; not " + Fields.kind(node.get())));
      return sources;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String id = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      Location at = YamlDocument.at(file, tuple.getKeyNode());
      if (!Fields.isId(id)) {
        problems.add(Problem.error(at, "id", "`sources`: `" + id
            + "` is not a usable id; use letters, digits, `_`, `-` and `.` only"));
      } else if (tuple.getValueNode() instanceof ScalarNode description && !Fields.isNull(description)
          && !description.getValue().isBlank()) {
        sources.add(new Source(id, description.getValue().strip(), at));
      } else {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getValueNode()), "missing", "`sources`: say what `"
            + id + "` is, such as its title, authors and year"));
      }
    }
    return sources;
  }

  /** {@code readability: {questions: 6, advice: 8}}: the highest grades before a style warning. */
  Readability readability(Fields top) {
    return top.node("readability")
        .flatMap(node -> Fields.of(file, "`readability`", node, READABILITY_KEYS, problems))
        .map(r -> new Readability(r.decimal("questions"), r.decimal("advice"), r.at()))
        .orElse(Readability.none(top.at()));
  }
}
