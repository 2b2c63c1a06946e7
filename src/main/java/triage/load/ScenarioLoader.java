package triage.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import triage.model.Level;
import triage.model.Problem;
import triage.model.Scenario;

/**
 * Reads scenarios: from a scenario file ({@code defaults:} and {@code scenarios:} at the top), or
 * from a questionnaire file ({@code scenario_defaults:} and {@code scenarios:}). Defaults are
 * answers every scenario starts from; its own answers override them.
 */
public final class ScenarioLoader {

  static final Set<String> FILE_KEYS = Set.of("defaults", "scenarios");
  static final Set<String> SCENARIO_KEYS =
      Set.of("name", "answers", "level", "outcome", "advice_includes", "advice_excludes");

  /** The scenarios found, and every problem in writing them down (in file order). */
  public record Loaded(List<Scenario> scenarios, List<Problem> problems) {
    public Loaded {
      problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
    }
  }

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private ScenarioLoader(String file) {
    this.file = file;
  }

  /** A scenario file: {@code defaults:} and {@code scenarios:}. */
  public static Loaded load(String file, byte[] bytes) {
    ScenarioLoader loader = new ScenarioLoader(file);
    List<Scenario> scenarios = new ArrayList<>();
    YamlDocument.Parsed parsed = YamlDocument.parse(file, bytes);
    loader.problems.addAll(parsed.problems());
    parsed.root().flatMap(root -> Fields.of(file, "the scenario file", root, FILE_KEYS, loader.problems))
        .ifPresent(top -> scenarios.addAll(loader.read(top, "defaults")));
    return new Loaded(scenarios, loader.problems);
  }

  /** The scenarios that sit in a questionnaire file, under {@code scenarios:}; none is fine. */
  public static Loaded fromQuestionnaire(String file, byte[] bytes) {
    ScenarioLoader loader = new ScenarioLoader(file);
    List<Scenario> scenarios = new ArrayList<>();
    YamlDocument.Parsed parsed = YamlDocument.parse(file, bytes);
    loader.problems.addAll(parsed.problems());
    parsed.root().flatMap(root ->
            Fields.of(file, "the questionnaire", root, QuestionnaireLoader.TOP_KEYS, new ArrayList<>()))
        .ifPresent(top -> scenarios.addAll(loader.read(top, "scenario_defaults")));
    return new Loaded(scenarios, loader.problems);
  }

  private List<Scenario> read(Fields top, String defaultsKey) {
    Map<String, String> defaults = answers(top, defaultsKey);
    List<Scenario> scenarios = new ArrayList<>();
    for (Node node : top.list("scenarios", false)) {
      Fields.of(file, Fields.name("scenario", node, "name"), node, SCENARIO_KEYS, problems)
          .flatMap(s -> scenario(s, defaults))
          .ifPresent(scenarios::add);
    }
    return scenarios;
  }

  private Optional<Scenario> scenario(Fields s, Map<String, String> defaults) {
    Optional<String> name = s.requiredString("name");
    Optional<Level> level = s.level("level");
    if (!s.has("level")) {
      s.missing("level");
    }
    Map<String, String> answers = new LinkedHashMap<>(defaults);
    answers.putAll(answers(s, "answers"));
    if (name.isEmpty() || level.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(name.get(), answers, level.get(), s.string("outcome"),
        s.strings("advice_includes"), s.strings("advice_excludes"), s.at()));
  }

  private Map<String, String> answers(Fields fields, String key) {
    Map<String, String> answers = new LinkedHashMap<>();
    Optional<Node> node = fields.node(key);
    if (node.isEmpty()) {
      return answers;
    }
    if (!(node.get() instanceof MappingNode mapping)) {
      problems.add(Problem.error(fields.at(key), "type", fields.what() + ": `" + key
          + "` must map question ids to answers, not " + Fields.kind(node.get())));
      return answers;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode id && tuple.getValueNode() instanceof ScalarNode value) {
        answers.put(id.getValue(), value.getValue());
      } else {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getValueNode()), "type", fields.what()
            + ": each answer in `" + key + "` must be `question_id: answer`"));
      }
    }
    return answers;
  }
}
