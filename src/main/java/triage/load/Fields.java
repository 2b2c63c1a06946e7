package triage.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import triage.model.Answered;
import triage.model.Level;
import triage.model.Location;
import triage.model.Problem;
import triage.model.Text;
import triage.text.Suggestion;

/**
 * The keys of one YAML map, read with the checks an author needs: unknown keys (with a
 * did-you-mean), missing keys and values of the wrong kind, each reported in the author's terms
 * ("question `numbness`: ...") at the line and column of the offending node.
 */
final class Fields {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9](_?[0-9])*");

  private final String file;
  private final String what;
  private final Node node;
  // The known keys and their values, in file order: a map holds a dozen keys at most, so looking
  // through these is cheaper than a hash map for each of the hundreds of thousands in a large file.
  private final List<ScalarNode> keys = new ArrayList<>(8);
  private final List<Node> nodes = new ArrayList<>(8);
  private final List<Problem> problems;

  private Fields(String file, String what, Node node, List<Problem> problems) {
    this.file = file;
    this.what = what;
    this.node = node;
    this.problems = problems;
  }

  /** Reads {@code node} as a map with these keys, or reports that it is not a map. */
  static Optional<Fields> of(String file, String what, Node node, Set<String> known, List<Problem> problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(Problem.error(YamlDocument.at(file, node), "type",
          what + " must be a map of `key: value` lines, not " + kind(node)));
      return Optional.empty();
    }
    Fields fields = new Fields(file, what, node, problems);
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getKeyNode()), "type",
            what + ": a key must be a plain word, not " + kind(tuple.getKeyNode())));
        continue;
      }
      if (!known.contains(key.getValue())) {
        problems.add(Problem.error(YamlDocument.at(file, key), "unknown-key", what + ": unknown key `"
            + key.getValue() + "`" + Suggestion.didYouMean(key.getValue(), known)));
        continue;
      }
      if (fields.indexOf(key.getValue()) < 0) {
        fields.keys.add(key);
        fields.nodes.add(tuple.getValueNode());
      }
    }
    return Optional.of(fields);
  }

  /** "question `numbness`" when the map has a usable id, else just "question", for messages. */
  static String name(String kind, Node node, String idKey) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(idKey)
            && tuple.getValueNode() instanceof ScalarNode id && !isNull(id) && !id.getValue().isBlank()) {
          return kind + " `" + id.getValue() + "`";
        }
      }
    }
    return kind;
  }

  private int indexOf(String key) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).getValue().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of {@code key}, or null when the map does not have it. */
  private Node value(String key) {
    int i = indexOf(key);
    return i < 0 ? null : nodes.get(i);
  }

  Location at() {
    return YamlDocument.at(file, node);
  }

  Location at(String key) {
    Node value = value(key);
    return value == null ? at() : YamlDocument.at(file, value);
  }

  Location keyAt(String key) {
    int i = indexOf(key);
    return i < 0 ? at() : YamlDocument.at(file, keys.get(i));
  }

  boolean has(String key) {
    Node value = value(key);
    return value != null && !isNull(value);
  }

  Optional<Node> node(String key) {
    return Optional.ofNullable(value(key)).filter(n -> !isNull(n));
  }

  String what() {
    return what;
  }

  Optional<String> string(String key) {
    Node value = value(key);
    if (value == null || isNull(value)) {
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    problems.add(Problem.error(YamlDocument.at(file, value), "type",
        what + ": `" + key + "` must be a single value, not " + kind(value)));
    return Optional.empty();
  }

  Optional<String> requiredString(String key) {
    Node node = value(key);
    if (node == null) {
      missing(key);
      return Optional.empty();
    }
    Optional<String> value = string(key);
    if (isNull(node) || value.filter(String::isBlank).isPresent()) {
      problems.add(Problem.error(at(key), "missing", what + ": `" + key + "` is empty"));
      return Optional.empty();
    }
    return value;
  }

  /** A stable machine id: letters, digits, `_`, `-` and `.`, so it survives shells and JSON. */
  Optional<String> id(String key) {
    Optional<String> id = requiredString(key);
    if (id.isPresent() && !isId(id.get())) {
      problems.add(Problem.error(at(key), "id", what + ": `" + id.get()
          + "` is not a usable id; use letters, digits, `_`, `-` and `.` only"));
      return Optional.empty();
    }
    return id;
  }

  /** A whole number in ASCII digits (with `_` between digits allowed), within what a long holds. */
  Optional<Long> whole(String key) {
    return string(key).flatMap(text -> {
      try {
        if (!WHOLE.matcher(text).matches()) {
          throw new NumberFormatException(text); // other scripts' digits too: what is read must be what is seen
        }
        return Optional.of(Long.parseLong(text.replace("_", "")));
      } catch (NumberFormatException e) {
        problems.add(Problem.error(at(key), "type",
            what + ": `" + key + "` must be a whole number, not `" + text + "`"));
        return Optional.empty();
      }
    });
  }

  Optional<Level> level(String key) {
    return string(key).flatMap(word -> {
      Optional<Level> level = Level.ofWord(word);
      if (level.isEmpty()) {
        problems.add(Problem.error(at(key), "type", what + ": `" + key + "` must be one of "
            + Level.words() + ", not `" + word + "`"
            + Suggestion.didYouMean(word, Arrays.stream(Level.values()).map(Level::word).toList())));
      }
      return level;
    });
  }

  /** A list of levels (a single level is read as a list of one). */
  List<Level> levels(String key) {
    List<Level> levels = new ArrayList<>();
    for (String word : strings(key)) {
      Optional<Level> level = Level.ofWord(word);
      if (level.isPresent()) {
        levels.add(level.get());
      } else {
        problems.add(Problem.error(at(key), "type", what + ": `" + key + "` lists levels (" + Level.words()
            + "), not `" + word + "`" + Suggestion.didYouMean(word, Arrays.stream(Level.values()).map(Level::word)
            .toList())));
      }
    }
    return levels;
  }

  /**
   * Answers by question: a map from question id to the answer values, such as {@code {bone_density:
   * [yes, unsure]}}. Whether the ids and values exist is for the structure checks to say.
   */
  List<Answered> answered(String key) {
    List<Answered> answered = new ArrayList<>();
    Node value = value(key);
    if (value == null || isNull(value)) {
      return answered;
    }
    if (!(value instanceof MappingNode mapping)) {
      problems.add(Problem.error(at(key), "type", what + ": `" + key
          + "` must map question ids to their answers, such as {bone_density: [yes, unsure]}; not " + kind(value)));
      return answered;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode question) || isNull(question)) {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getKeyNode()), "type", what + ": each key of `" + key
            + "` must be a question id, not " + kind(tuple.getKeyNode())));
        continue;
      }
      List<String> answers = new ArrayList<>();
      Node answersNode = tuple.getValueNode();
      List<Node> items = answersNode instanceof SequenceNode sequence ? sequence.getValue() : List.of(answersNode);
      for (Node item : items) {
        if (item instanceof ScalarNode answer && !isNull(item)) {
          answers.add(answer.getValue());
        } else {
          problems.add(Problem.error(YamlDocument.at(file, item), "type", what + ": `" + key + "` lists answers to `"
              + question.getValue() + "` as values, not " + kind(item)));
        }
      }
      if (answers.isEmpty()) {
        problems.add(Problem.error(YamlDocument.at(file, answersNode), "missing", what + ": `" + key
            + "` names no answer to `" + question.getValue() + "`"));
      } else {
        answered.add(new Answered(question.getValue(), answers, YamlDocument.at(file, question)));
      }
    }
    return answered;
  }

  /** A number such as {@code 6} or {@code 7.5}. */
  Optional<Double> decimal(String key) {
    return string(key).flatMap(text -> {
      try {
        double number = Double.parseDouble(text);
        if (Double.isFinite(number) && text.matches("-?[0-9]+(\\.[0-9]+)?")) {
          return Optional.of(number);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(Problem.error(at(key), "type", what + ": `" + key + "` must be a number such as 6 or 7.5, not `"
          + text + "`"));
      return Optional.empty();
    });
  }

  /** Text shown to people: a single string, or a map from language code to string. */
  Optional<Text> text(String key, String defaultLanguage, boolean required) {
    Node value = value(key);
    if (value == null || isNull(value)) {
      if (required) {
        if (value == null) {
          missing(key);
        } else {
          problems.add(Problem.error(at(key), "missing", what + ": `" + key + "` is empty"));
        }
      }
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar) {
      if (scalar.getValue().isBlank()) {
        problems.add(Problem.error(at(key), "missing", what + ": `" + key + "` is empty"));
        return Optional.empty();
      }
      return Optional.of(Text.of(defaultLanguage, scalar.getValue().strip()));
    }
    if (value instanceof MappingNode mapping) {
      Map<String, String> byLanguage = new LinkedHashMap<>();
      byLanguage.put(defaultLanguage, null); // the default language first
      for (NodeTuple tuple : mapping.getValue()) {
        String language = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
        if (!LANGUAGE.matcher(language).matches()) {
          problems.add(Problem.error(YamlDocument.at(file, tuple.getKeyNode()), "type", what + ": `" + key
              + "` maps language codes such as `en` or `es` to text; `" + language + "` is not a language code"));
          continue;
        }
        if (!(tuple.getValueNode() instanceof ScalarNode words) || words.getValue().isBlank()) {
          problems.add(Problem.error(YamlDocument.at(file, tuple.getValueNode()), "missing",
              what + ": `" + key + "` in `" + language + "` must be non-empty text"));
          continue;
        }
        byLanguage.put(language, words.getValue().strip());
      }
      if (byLanguage.get(defaultLanguage) == null) {
        problems.add(Problem.error(at(key), "translation", what + ": `" + key + "` has no `"
            + defaultLanguage + "` text, the questionnaire's default language"));
        return Optional.empty();
      }
      return Optional.of(new Text(byLanguage));
    }
    problems.add(Problem.error(at(key), "type",
        what + ": `" + key + "` must be text, or a map of language code to text; not " + kind(value)));
    return Optional.empty();
  }

  /** A list of plain values; a single value is read as a list of one. */
  List<String> strings(String key) {
    Node value = value(key);
    List<String> result = new ArrayList<>();
    if (value == null || isNull(value)) {
      return result;
    }
    if (value instanceof ScalarNode scalar) {
      result.add(scalar.getValue());
      return result;
    }
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar && !isNull(item)) {
          result.add(scalar.getValue());
        } else {
          problems.add(Problem.error(YamlDocument.at(file, item), "type",
              what + ": each item of `" + key + "` must be a single value, not " + kind(item)));
        }
      }
      return result;
    }
    problems.add(Problem.error(at(key), "type",
        what + ": `" + key + "` must be a list, not " + kind(value)));
    return result;
  }

  /** The items of a list; reports a value that is not a list. */
  List<Node> list(String key, boolean required) {
    Node value = value(key);
    if (value == null || isNull(value)) {
      if (required) {
        missing(key);
      }
      return List.of();
    }
    if (value instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    problems.add(Problem.error(at(key), "type", what + ": `" + key
        + "` must be a list (lines starting with `- `), not " + kind(value)));
    return List.of();
  }

  void missing(String key) {
    problems.add(Problem.error(at(), "missing", what + ": `" + key + "` is missing"));
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "nothing";
    }
    return "the value `" + ((ScalarNode) node).getValue() + "`";
  }

  /** Letters, digits, `_`, `-` and `.`, not starting with `-` or `.`. */
  static boolean isId(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
      if (!letterOrDigit && (i == 0 || c != '-' && c != '.')) {
        return false;
      }
    }
    return !id.isEmpty();
  }

  static boolean isLanguage(String code) {
    return LANGUAGE.matcher(code).matches();
  }
}
