package triage.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import triage.text.Visible;

/**
 * SnakeYAML's parser, with the limits that keep any file to bounded time and memory and the rule
 * that a file means only what it says: no tag of any kind ({@code !!str}, {@code !local},
 * {@code !<tag:...>}, {@code %TAG} directives), which could change what a value means; no text
 * longer than {@link #MAX_SCALAR} characters; no list or map of more than {@link #MAX_ITEMS}
 * items; no more than {@link #MAX_NODES} values held at once; and aliases that expand to no more
 * than {@link #MAX_EXPANSION} characters in all. The first limit passed stops the parse with a
 * {@link Refused} at its place in the file.
 */
final class BoundedParser implements Parser {

  /** The longest text a file may hold in one value. */
  static final int MAX_SCALAR = 64 * 1024;
  /** The most items one list or map may hold. */
  static final int MAX_ITEMS = 100_000;
  /** The most values a file may hold at once (items handed on while parsing are let go). */
  static final int MAX_NODES = 300_000;
  /** How many characters all aliases together may repeat. */
  static final int MAX_EXPANSION = 1024 * 1024;

  /** A limit passed or a tag written, at its place in the file. */
  static final class Refused extends YAMLException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;
    private final String rule;

    Refused(Mark mark, String rule, String message) {
      super(message);
      this.mark = mark;
      this.rule = rule;
    }

    Mark mark() {
      return mark;
    }

    String rule() {
      return rule;
    }
  }

  private final Parser parser;
  private final Deque<long[]> open = new ArrayDeque<>(); // per open list or map: {items, characters in it}
  private final Map<String, Long> anchored = new HashMap<>(); // anchor -> characters under it
  private final Deque<String> anchors = new ArrayDeque<>(); // the anchor of each open list or map, or ""
  private long nodes;
  private long expanded;
  private final List<Refused> hidden = new ArrayList<>();

  BoundedParser(Parser parser) {
    this.parser = parser;
  }

  /**
   * Values that hold a character able to drive a terminal or reverse the text around it: each is
   * refused, but the parse goes on, so that every one is reported.
   */
  List<Refused> hidden() {
    return hidden;
  }

  /** Values read so far and still held. */
  long nodes() {
    return nodes;
  }

  /** Lets go of values handed on and no longer held (a streamed questionnaire's questions). */
  void release(long values) {
    nodes -= values;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return parser.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public Event getEvent() {
    Event event = parser.getEvent();
    if (event instanceof DocumentStartEvent document && document.getTags() != null
        && !document.getTags().isEmpty()) {
      throw new Refused(event.getStartMark(), "syntax", "`%TAG` directives are not allowed: a file means only what"
          + " it says");
    }
    if (event instanceof NodeEvent node) {
      item(node);
    }
    if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
      long[] closed = open.pop();
      String anchor = anchors.pop();
      if (!anchor.isEmpty()) {
        anchored.put(anchor, closed[1]);
      }
      if (!open.isEmpty()) {
        open.peek()[1] += closed[1];
      }
    }
    return event;
  }

  private void item(NodeEvent event) {
    String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
        : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    if (tag != null) {
      throw new Refused(event.getStartMark(), "syntax", "tags such as `" + shown(tag) + "` are not allowed: they"
          + " can change what a value means; write the value plainly (quote it to keep it text)");
    }
    if (!open.isEmpty() && ++open.peek()[0] > MAX_ITEMS) {
      throw new Refused(event.getStartMark(), "size", "a list or map has more than " + MAX_ITEMS
          + " items; a questionnaire never needs that many");
    }
    if (++nodes > MAX_NODES) {
      throw new Refused(event.getStartMark(), "size", "the file holds more than " + MAX_NODES
          + " values; a questionnaire never needs that many");
    }
    long characters = 0;
    if (event instanceof ScalarEvent scalar) {
      characters = scalar.getValue().length();
      if (characters > MAX_SCALAR) {
        throw new Refused(event.getStartMark(), "size", "a text of " + characters + " characters is longer than the "
            + MAX_SCALAR + " a questionnaire's text may have");
      }
      int at = Visible.firstHidden(scalar.getValue());
      if (at >= 0) {
        char c = scalar.getValue().charAt(at);
        hidden.add(new Refused(event.getStartMark(), "characters", "`" + Visible.of(shorten(scalar.getValue()))
            + "` holds the character " + Visible.name(c) + (c >= 0x202a ? ", which reverses the text around it"
            : ", a control character that could drive the terminal of whoever reads it") + "; remove it"));
      }
      remember(event.getAnchor(), characters);
    } else if (event instanceof AliasEvent) {
      characters = anchored.getOrDefault(event.getAnchor(), 0L);
      expanded += characters;
      if (expanded > MAX_EXPANSION) {
        throw new Refused(event.getStartMark(), "size", "aliases (`*name`) repeat more than " + MAX_EXPANSION
            + " characters in all; a questionnaire never needs that, and a file that does may be a YAML bomb");
      }
    } else if (event instanceof CollectionStartEvent) {
      open.push(new long[2]);
      anchors.push(event.getAnchor() == null ? "" : event.getAnchor());
      return;
    }
    if (!open.isEmpty()) {
      open.peek()[1] += characters;
    }
  }

  private void remember(String anchor, long characters) {
    if (anchor != null) {
      anchored.put(anchor, characters);
    }
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 39) + "…";
  }

  /** A tag as the author wrote it, shortened where it uses YAML's own prefix. */
  private static String shown(String tag) {
    String core = "tag:yaml.org,2002:";
    return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag.startsWith("!") ? tag : "!<" + tag + ">";
  }
}
