package triage.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import triage.model.Problem;

/**
 * A file of answers by question id: a YAML or JSON map such as {@code {"numbness": "no",
 * "pops_per_day": 3}}. Read as safely as a questionnaire; whether the ids and values are right is
 * for the questionnaire to say.
 */
public final class AnswersFile {

  /** The answers in file order, and every problem in writing them down. */
  public record Read(Map<String, String> answers, List<Problem> problems) {}

  private AnswersFile() {}

  public static Read read(String file, byte[] bytes) {
    YamlDocument.Parsed parsed = YamlDocument.parse(file, bytes);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    Map<String, String> answers = new LinkedHashMap<>();
    if (parsed.root().isEmpty()) {
      return new Read(answers, problems);
    }
    Node root = parsed.root().get();
    if (!(root instanceof MappingNode mapping)) {
      problems.add(Problem.error(YamlDocument.at(file, root), "type",
          "answers must be a map of question id to answer, not " + Fields.kind(root)));
      return new Read(answers, problems);
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode id) || Fields.isNull(tuple.getKeyNode())) {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getKeyNode()), "type",
            "each key must be a question id, not " + Fields.kind(tuple.getKeyNode())));
      } else if (!(tuple.getValueNode() instanceof ScalarNode value) || Fields.isNull(tuple.getValueNode())) {
        problems.add(Problem.error(YamlDocument.at(file, tuple.getValueNode()), "type",
            "the answer to `" + id.getValue() + "` must be a single value, not " + Fields.kind(tuple.getValueNode())));
      } else {
        answers.put(id.getValue(), value.getValue());
      }
    }
    return new Read(answers, problems);
  }
}
