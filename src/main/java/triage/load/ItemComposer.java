package triage.load;

import java.util.ArrayList;
import java.util.function.Consumer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Hands the items of one top-level list on as they are composed, keeping a placeholder. */
final class ItemComposer extends Composer {

  /**
   * The tag of the placeholder left where an item was handed on. A file cannot write it: global tags
   * are refused when composing.
   */
  static final Tag HANDED_ON = new Tag("tag:triage,2026:handed-on");

  private final String key;
  private final Consumer<Node> onItem;
  private final YamlDocument.Items items;
  private int depth; // how many maps and lists are being composed around this point
  private String rootKey; // the top-level key whose value is being composed
  private boolean inList; // composing the items of the list under `key`

  private final BoundedParser bounded;

  ItemComposer(BoundedParser parser, LoaderOptions options, String key, Consumer<Node> onItem,
      YamlDocument.Items items) {
    super(parser, new TextResolver(), options);
    this.bounded = parser;
    this.key = key;
    this.onItem = onItem;
    this.items = items;
  }

  @Override
  protected Node composeKeyNode(MappingNode node) {
    Node composed = super.composeKeyNode(node);
    if (depth == 1) {
      rootKey = composed instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
    return composed;
  }

  @Override
  protected Node composeValueNode(MappingNode node) {
    String owner = depth == 1 ? rootKey : null;
    Node composed = super.composeValueNode(node);
    if (owner != null && composed instanceof ScalarNode scalar) {
      items.scalar(owner, scalar.getValue());
    }
    return composed;
  }

  @Override
  protected Node composeSequenceNode(String anchor) {
    boolean outer = inList;
    inList = depth == 1 && key.equals(rootKey);
    depth++;
    try {
      return super.composeSequenceNode(anchor);
    } finally {
      depth--;
      inList = outer;
    }
  }

  @Override
  protected Node composeMappingNode(String anchor) {
    boolean item = inList && depth == 2;
    long before = bounded.nodes();
    depth++;
    Node composed;
    try {
      composed = super.composeMappingNode(anchor);
    } finally {
      depth--;
    }
    if (!item) {
      return composed;
    }
    onItem.accept(composed);
    bounded.release(bounded.nodes() - before); // the item is handed on: its values are no longer held here
    return new MappingNode(HANDED_ON, true, new ArrayList<>(0), composed.getStartMark(), composed.getEndMark(),
        DumperOptions.FlowStyle.AUTO);
  }
}
