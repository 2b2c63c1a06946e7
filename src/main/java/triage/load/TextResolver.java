package triage.load;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Recognises {@code null} (an empty value, {@code ~}, {@code null}) and nothing else: every other
 * scalar stays text, so {@code yes} is never a boolean and {@code 1.0} never a number. It also
 * spares matching a dozen patterns against every scalar of a large file.
 */
final class TextResolver extends Resolver {
  @Override
  protected void addImplicitResolvers() {
    // none: resolve() below decides, without a pattern
  }

  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind == NodeId.scalar && implicit) {
      boolean isNull = value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
          || value.equals("NULL");
      return isNull ? Tag.NULL : Tag.STR;
    }
    return super.resolve(kind, value, implicit);
  }
}
