package triage.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import triage.model.Location;
import triage.model.Problem;

/**
 * Turns the bytes of a YAML file into a tree of SnakeYAML nodes, safely: strict UTF-8, nodes only
 * (nothing is ever constructed from a tag), global tags refused, few aliases, shallow nesting, and
 * duplicate keys rejected (composing does not do it). Every failure is a {@link Problem} with a
 * location; nothing is thrown.
 */
public final class YamlDocument {

  /** Larger files are refused before they are read into memory. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  static final int MAX_NESTING = 32;
  /** The longest line: room for the longest text, and its key. */
  static final int MAX_LINE = BoundedParser.MAX_SCALAR + 1024;
  static final int MAX_ALIASES = 10;

  private YamlDocument() {}

  /** The root node, or the problems that stopped the file from being read as YAML. */
  public record Parsed(Optional<Node> root, List<Problem> problems) {}

  public static Parsed parse(String file, byte[] bytes) {
    return parse(file, bytes, null, null);
  }

  /**
   * Like {@link #parse(String, byte[])}, but each item of the top-level list {@code key} is handed
   * to {@code items} as soon as it is read (duplicate keys already checked) and not kept: a large
   * questionnaire's questions then never sit in memory as a tree all at once. The list itself is
   * left holding empty placeholders. {@code items} also learns the top-level scalars read so far.
   */
  public static Parsed parse(String file, byte[] bytes, String key, Items items) {
    List<Problem> problems = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      problems.add(tooLarge(file, bytes.length));
      return new Parsed(Optional.empty(), problems);
    }
    Optional<String> text = decode(file, bytes, problems);
    if (text.isEmpty()) {
      return new Parsed(Optional.empty(), problems);
    }
    Optional<Problem> longLine = longLine(file, text.get());
    if (longLine.isPresent()) {
      problems.add(longLine.get());
      return new Parsed(Optional.empty(), problems);
    }
    Node root;
    BoundedParser parser = null;
    try {
      LoaderOptions options = options();
      parser = new BoundedParser(new ParserImpl(new StreamReader(text.get()), options));
      Composer composer = items == null
          ? new Composer(parser, new TextResolver(), options)
          : new ItemComposer(parser, options, key, item -> {
            checkMaps(file, text.get(), item, problems);
            items.item(item);
          }, items);
      root = composer.getSingleNode();
    } catch (BoundedParser.Refused e) {
      problems.add(Problem.error(at(file, e.mark()), e.rule(), e.getMessage()));
      return new Parsed(Optional.empty(), problems);
    } catch (MarkedYAMLException e) {
      problems.add(SyntaxHelp.explain(file, text.get(), e));
      return new Parsed(Optional.empty(), problems);
    } catch (ReaderException e) {
      problems.add(Problem.error(position(file, text.get(), e.getPosition()), "syntax",
          String.format("character U+%04X is not allowed in a YAML file", e.getCodePoint())));
      return new Parsed(Optional.empty(), problems);
    } catch (YAMLException e) {
      problems.add(Problem.error(where(file, parser), "syntax", limit(e.getMessage())));
      return new Parsed(Optional.empty(), problems);
    }
    for (BoundedParser.Refused hidden : parser.hidden()) {
      problems.add(Problem.error(at(file, hidden.mark()), hidden.rule(), hidden.getMessage()));
    }
    if (root == null) {
      problems.add(Problem.error(new Location(file, 1, 1), "syntax", "the file is empty"));
      return new Parsed(Optional.empty(), problems);
    }
    checkMaps(file, text.get(), root, problems);
    return new Parsed(Optional.of(root), problems);
  }

  /**
   * The first line longer than any text may be, before the parser reads it: SnakeYAML takes time
   * that grows with the square of a token's length, so a long line is refused unread.
   */
  private static Optional<Problem> longLine(String file, String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE) {
          return Optional.of(Problem.error(new Location(file, line, MAX_LINE + 1), "size", "line " + line + " is "
              + (i - start) + " characters long, more than the " + MAX_LINE + " a line may have; write a long text"
              + " over several lines"));
        }
        line++;
        start = i + 1;
      }
    }
    return Optional.empty();
  }

  /** Said of a file too large to be a questionnaire, before it is read. */
  public static Problem tooLarge(String file, long size) {
    return Problem.error(new Location(file, 1, 1), "size", "the file is " + size + " bytes, more than the "
        + MAX_BYTES / (1024 * 1024) + " MiB a questionnaire may have");
  }

  /** Receives the items of a top-level list as they are read, and the top-level scalars seen so far. */
  public interface Items {
    void item(Node item);

    /** A top-level {@code key: value} scalar, as soon as it is read. */
    default void scalar(String key, String value) {}
  }

  /** Whether {@code node} is the placeholder of an item that was handed on while parsing. */
  public static boolean handedOn(Node node) {
    return ItemComposer.HANDED_ON.equals(node.getTag());
  }

  public static Location at(String file, Mark mark) {
    return mark == null ? new Location(file, 1, 1) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  public static Location at(String file, Node node) {
    return at(file, node.getStartMark());
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setProcessComments(false);
    return options;
  }

  /** Strict UTF-8: an invalid byte is an error at its line and column, never a replacement char. */
  private static Optional<String> decode(String file, byte[] bytes, List<Problem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      int bad = Byte.toUnsignedInt(bytes[in.position()]);
      problems.add(Problem.error(position(file, out, out.length()), "syntax",
          String.format("invalid UTF-8: byte 0x%02X; save the file as UTF-8", bad)));
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    // A byte-order mark is allowed at the start and means nothing.
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static Location position(String file, CharSequence text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(file, line, column);
  }

  /** Where the parser had got to: where a limit was passed, give or take the next token. */
  private static Location where(String file, BoundedParser parser) {
    try {
      return parser == null ? new Location(file, 1, 1) : at(file, parser.peekEvent().getStartMark());
    } catch (RuntimeException e) {
      return new Location(file, 1, 1);
    }
  }

  /** SnakeYAML's words for the limits that guard against hostile files, in ours. */
  private static String limit(String message) {
    if (message != null && message.startsWith("Number of aliases")) {
      return "more than " + MAX_ALIASES + " aliases (`*name`) point at lists or maps; a questionnaire never needs"
          + " that many, and a file that has them may be a YAML bomb";
    }
    if (message != null && message.startsWith("Nesting Depth exceeded")) {
      return "lists and maps are nested more than " + MAX_NESTING + " deep; a questionnaire never needs that";
    }
    return oneLine(message);
  }

  static String oneLine(String message) {
    return message == null ? "unreadable YAML" : message.replaceAll("\\s*\\n\\s*", " ").trim();
  }

  /**
   * Duplicate keys, and texts cut by a comma inside {@code {...}} (whose pieces after the comma
   * are dropped once said, so that nothing follows from them).
   */
  private static void checkMaps(String file, String text, Node root, List<Problem> problems) {
    Deque<Node> pending = new ArrayDeque<>();
    // Only a node with an anchor can be reached twice (through an alias); only those are remembered.
    Set<Node> anchored = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node.getAnchor() != null && !anchored.add(node)) {
        continue;
      }
      if (node instanceof MappingNode mapping) {
        SyntaxHelp.commaInText(file, text, mapping).ifPresent(problems::add);
        List<NodeTuple> tuples = mapping.getValue();
        Map<String, Node> keys = tuples.size() > SMALL_MAP ? new HashMap<>() : null;
        for (int i = 0; i < tuples.size(); i++) {
          if (tuples.get(i).getKeyNode() instanceof ScalarNode key) {
            Node first = keys != null ? keys.putIfAbsent(key.getValue(), key) : earlier(tuples, i, key.getValue());
            if (first != null) {
              problems.add(Problem.error(at(file, key), "duplicate-key", "`" + key.getValue()
                  + "` is given twice in the same map (first at line " + (first.getStartMark().getLine() + 1) + ")"));
            }
          }
          pending.push(tuples.get(i).getValueNode());
        }
      } else if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(pending::push);
      }
    }
  }

  /** Up to this many keys, comparing with the keys before is cheaper than a hash map for each map. */
  private static final int SMALL_MAP = 8;

  private static Node earlier(List<NodeTuple> tuples, int before, String key) {
    for (int i = 0; i < before; i++) {
      if (tuples.get(i).getKeyNode() instanceof ScalarNode earlier && earlier.getValue().equals(key)) {
        return earlier;
      }
    }
    return null;
  }
}
