package triage.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.RouteGraph;
import triage.text.Wrap;

/**
 * The {@link TreeGraph} drawn as inline SVG, laid out here without any outside tool. Questions are
 * boxes in one column, in an order where every question comes before those it leads to (the first
 * question at the top), each red flag framed in its level's colour; each outcome is a coloured lane
 * on the right that the answers leading there run into, solid for answers, dashed for skips, dotted
 * for raises. A question leads to the next box by a short arrow, and to one further down by a line
 * along the left margin, on a track of its own, named in the gap below the box it leaves.
 */
final class TreeSvg {

  private static final int MARGIN = 16;
  private static final int TOP = 70; // room for the outcomes' heads
  private static final int BOX_WIDTH = 380;
  private static final int WRAP = 58; // characters of a 12px sans-serif line that fit the box
  private static final int TEXT_LINES = 3; // the full words are in the list of questions, and in the tooltip
  private static final int LINE = 15;
  private static final int PAD = 8;
  private static final int OUT_STEP = 17; // between the lines that leave a box for the lanes
  private static final int TRACK_STEP = 12;
  private static final int LABEL_LINE = 13;
  private static final int GAP = 30;
  private static final int LABEL_AREA = 230; // between the boxes and the first lane, for the labels
  private static final int LANE_STEP = 120;
  private static final int LANE_WIDTH = 8;
  private static final int HEAD_HEIGHT = 38;
  private static final String GREY = "#555";

  private final TreeGraph tree;
  private final RouteGraph graph;
  private final List<TreeGraph.Edge> edges;
  private final int[] order; // the question nodes, top to bottom
  private final int[] row; // by question node: its place in the column

  private TreeSvg(TreeGraph tree) {
    this.tree = tree;
    this.graph = tree.graph();
    this.edges = tree.edges();
    this.order = order();
    this.row = new int[graph.questionCount()];
    for (int r = 0; r < order.length; r++) {
      row[order[r]] = r;
    }
  }

  static String of(TreeGraph tree) {
    return new TreeSvg(tree).draw();
  }

  /**
   * Top to bottom: every question before those it leads to, the first question at the top. Among
   * the questions whose turn has come, the one just opened goes next (a follow-up right under the
   * question that opens it, the target of a skip right under the skipped question, the first
   * answer's branch before the second's); questions on a loop (a file with errors) come last, in
   * the file's order.
   */
  private int[] order() {
    int n = graph.questionCount();
    List<List<Integer>> leadsTo = new ArrayList<>(n);
    for (int q = 0; q < n; q++) {
      leadsTo.add(new ArrayList<>(2));
    }
    int[] incoming = new int[n];
    for (TreeGraph.Edge edge : edges) {
      if (edge.kind() != TreeGraph.Kind.RAISE && graph.isQuestion(edge.to())) {
        leadsTo.get(edge.from()).add(edge.to());
        incoming[edge.to()]++;
      }
    }
    Deque<Integer> ready = new ArrayDeque<>(); // a stack: the question opened last is placed next
    for (int q = n - 1; q >= 0; q--) {
      if (incoming[q] == 0 && q != graph.start()) {
        ready.push(q);
      }
    }
    if (graph.isQuestion(graph.start()) && incoming[graph.start()] == 0) {
      ready.push(graph.start());
    }
    int[] order = new int[n];
    boolean[] placed = new boolean[n];
    int at = 0;
    while (!ready.isEmpty()) {
      int q = ready.pop();
      order[at++] = q;
      placed[q] = true;
      List<Integer> targets = leadsTo.get(q); // the answers' targets, then the skip's
      for (int i = targets.size() - 1; i >= 0; i--) {
        if (--incoming[targets.get(i)] == 0) {
          ready.push(targets.get(i));
        }
      }
    }
    for (int q = 0; q < n; q++) {
      if (!placed[q]) {
        order[at++] = q;
      }
    }
    return order;
  }

  /** A line from a question to a lower box that is not the next one, or to one above (a loop). */
  private record Track(TreeGraph.Edge edge, int top, int bottom, int track) {}

  private String draw() {
    int n = order.length;
    List<List<TreeGraph.Edge>> toLanes = lists(n);
    List<List<TreeGraph.Edge>> longOut = lists(n);
    List<List<TreeGraph.Edge>> longIn = lists(n);
    TreeGraph.Edge[] down = new TreeGraph.Edge[n];
    for (TreeGraph.Edge edge : edges) {
      int from = row[edge.from()];
      if (!graph.isQuestion(edge.to())) {
        toLanes.get(from).add(edge);
      } else if (row[edge.to()] == from + 1 && down[from] == null && edge.kind() != TreeGraph.Kind.RAISE) {
        down[from] = edge;
      } else {
        longOut.get(from).add(edge);
        longIn.get(row[edge.to()]).add(edge);
      }
    }
    List<Track> tracks = tracks(longOut);
    int trackCount = tracks.stream().mapToInt(Track::track).max().orElse(-1) + 1;
    int boxX = MARGIN + trackCount * TRACK_STEP + (trackCount > 0 ? 10 : 0);
    int boxRight = boxX + BOX_WIDTH;

    // Heights and places of the boxes.
    List<List<String>> texts = new ArrayList<>(n);
    int[] top = new int[n];
    int[] height = new int[n];
    int y = TOP;
    for (int r = 0; r < n; r++) {
      Question question = graph.question(order[r]);
      List<String> lines = textLines(question);
      texts.add(lines);
      int needed = Math.max(Math.max(toLanes.get(r).size(), longOut.get(r).size()), longIn.get(r).size());
      height[r] = Math.max(PAD + LINE * (lines.size() + 1) + PAD / 2, PAD + OUT_STEP * needed + PAD / 2);
      top[r] = y;
      y += height[r] + gap(longOut.get(r).size(), down[r] != null);
    }
    int bottom = n == 0 ? TOP : top[n - 1] + height[n - 1] + 20;

    // The outcomes' lanes, in the file's order.
    int outcomes = graph.nodeCount() - graph.questionCount();
    int laneX0 = boxRight + LABEL_AREA;
    int width = laneX0 + Math.max(0, outcomes - 1) * LANE_STEP + LANE_STEP / 2 + MARGIN;
    int totalHeight = bottom + HEAD_HEIGHT + MARGIN;

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tree\" width=\"").append(width)
        .append("\" height=\"").append(totalHeight).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(totalHeight).append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\""
            + " aria-label=\"The questionnaire as a tree\">\n");
    svg.append("<defs>\n");
    marker(svg, "grey", GREY);
    for (Level level : Level.values()) {
      marker(svg, level.word(), TreeGraph.ink(level));
    }
    svg.append("</defs>\n");

    for (int o = 0; o < outcomes; o++) {
      lane(svg, graph.outcome(graph.questionCount() + o), laneX0 + o * LANE_STEP, bottom);
    }
    for (Track track : tracks) {
      int from = row[track.edge().from()];
      int to = row[track.edge().to()];
      int x = boxX - 10 - track.track() * TRACK_STEP;
      int k = longOut.get(from).indexOf(track.edge());
      int m = longIn.get(to).indexOf(track.edge());
      int exitY = top[from] + height[from] - 8 - k * 7;
      int enterY = top[to] + 10 + m * 7;
      svg.append("<path d=\"M").append(boxX).append(',').append(exitY).append(" H").append(x).append(" V")
          .append(enterY).append(" H").append(boxX - 1).append("\" fill=\"none\"").append(stroke(track.edge()))
          .append("/>\n");
      label(svg, boxX + 6, top[from] + height[from] + 13 + k * LABEL_LINE, "start",
          String.join(" · ", track.edge().lines()) + " → " + graph.id(track.edge().to()), colourOf(track.edge()));
    }
    for (int r = 0; r < n; r++) {
      int centre = boxX + BOX_WIDTH / 2;
      if (down[r] != null) {
        int from = top[r] + height[r];
        svg.append("<path d=\"M").append(centre).append(',').append(from).append(" V").append(top[r + 1] - 1)
            .append("\" fill=\"none\"").append(stroke(down[r])).append("/>\n");
        int longLabels = longOut.get(r).size();
        label(svg, centre + 6, longLabels == 0 ? from + (top[r + 1] - from) / 2 + 4
            : from + 15 + longLabels * LABEL_LINE, "start", String.join(" · ", down[r].lines()), colourOf(down[r]));
      }
      List<TreeGraph.Edge> out = toLanes.get(r);
      for (int i = 0; i < out.size(); i++) {
        TreeGraph.Edge edge = out.get(i);
        int lineY = top[r] + 14 + i * OUT_STEP;
        int laneX = laneX0 + (edge.to() - graph.questionCount()) * LANE_STEP - LANE_WIDTH / 2;
        svg.append("<path d=\"M").append(boxRight).append(',').append(lineY).append(" H").append(laneX - 1)
            .append("\" fill=\"none\"").append(stroke(edge)).append("/>\n");
        label(svg, boxRight + 6, lineY - 3, "start", String.join(" · ", edge.lines()), colourOf(edge));
      }
      box(svg, graph.question(order[r]), texts.get(r), boxX, top[r], height[r]);
    }
    return svg.append("</svg>\n").toString();
  }

  /** The gap under a box: room for the labels of its lines to boxes further down, then for its arrow's. */
  private static int gap(int longLabels, boolean down) {
    return longLabels == 0 ? GAP : Math.max(GAP, 10 + LABEL_LINE * longLabels + (down ? LABEL_LINE + 6 : 0));
  }

  /** The first lines of a question's words, the last cut short with an ellipsis when there are more. */
  private List<String> textLines(Question question) {
    List<String> lines = Wrap.lines(tree.words(question), WRAP, "", "");
    if (lines.size() <= TEXT_LINES) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, TEXT_LINES - 1));
    kept.add(Wrap.cut(String.join(" ", lines.subList(TEXT_LINES - 1, lines.size())), WRAP));
    return kept;
  }

  /** Tracks on the left margin, so that no two lines that share a stretch of rows run on top of each other. */
  private List<Track> tracks(List<List<TreeGraph.Edge>> longOut) {
    List<Track> spans = new ArrayList<>();
    for (List<TreeGraph.Edge> out : longOut) {
      for (TreeGraph.Edge edge : out) {
        int a = row[edge.from()];
        int b = row[edge.to()];
        spans.add(new Track(edge, Math.min(a, b), Math.max(a, b), -1));
      }
    }
    spans.sort((p, q) -> p.top() != q.top() ? Integer.compare(p.top(), q.top()) : Integer.compare(p.bottom(), q.bottom()));
    List<Integer> ends = new ArrayList<>(); // by track: the last row it is busy on
    List<Track> placed = new ArrayList<>(spans.size());
    for (Track span : spans) {
      int track = 0;
      while (track < ends.size() && ends.get(track) >= span.top()) {
        track++;
      }
      if (track == ends.size()) {
        ends.add(span.bottom());
      } else {
        ends.set(track, span.bottom());
      }
      placed.add(new Track(span.edge(), span.top(), span.bottom(), track));
    }
    return placed;
  }

  private void lane(StringBuilder svg, Outcome outcome, int x, int bottom) {
    Level level = outcome.level();
    String anchor = "#" + Html.escape(Findings.outcome(outcome.id()));
    svg.append("<rect x=\"").append(x - LANE_WIDTH / 2).append("\" y=\"").append(TOP - 24).append("\" width=\"")
        .append(LANE_WIDTH).append("\" height=\"").append(bottom - TOP + 24).append("\" fill=\"")
        .append(TreeGraph.colour(level)).append("\" fill-opacity=\"0.35\"/>\n");
    for (int headY : new int[] {MARGIN, bottom}) {
      svg.append("<a href=\"").append(anchor).append("\"><rect x=\"").append(x - LANE_STEP / 2 + 6).append("\" y=\"")
          .append(headY).append("\" width=\"").append(LANE_STEP - 12).append("\" height=\"").append(HEAD_HEIGHT - 8)
          .append("\" rx=\"15\" fill=\"").append(TreeGraph.colour(level)).append("\"/>");
      List<String> lines = TreeGraph.outcomeLines(outcome);
      for (int i = 0; i < lines.size(); i++) {
        int lineY = headY + (lines.size() == 1 ? 19 : 13 + i * 12);
        svg.append("<text x=\"").append(x).append("\" y=\"").append(lineY).append("\" text-anchor=\"middle\" fill=\"")
            .append(TreeGraph.onColour(level)).append("\"").append(i == 0 ? " font-weight=\"bold\"" : "")
            .append(" font-size=\"").append(i == 0 ? 12 : 10).append("\">").append(Html.escape(lines.get(i)))
            .append("</text>");
      }
      svg.append("</a>\n");
    }
  }

  private void box(StringBuilder svg, Question question, List<String> lines, int x, int y, int height) {
    Optional<Level> flag = question.redFlag();
    String id = Html.escape(question.id());
    svg.append("<a href=\"#").append(Html.escape(Findings.question(question.id()))).append("\"><title>").append(Html.escape(question.id() + ": "
        + tree.words(question))).append("</title>");
    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
        .append("\" height=\"").append(height).append("\" rx=\"6\" fill=\"#fff\" stroke=\"")
        .append(flag.map(TreeGraph::ink).orElse("#888")).append("\" stroke-width=\"")
        .append(flag.isPresent() ? 3 : 1).append("\"/>\n");
    svg.append("<text x=\"").append(x + PAD).append("\" y=\"").append(y + PAD + 11)
        .append("\" font-weight=\"bold\">").append(id).append("</text>");
    if (question.isFollowUp()) {
      svg.append("<text x=\"").append(x + PAD + (int) (question.id().length() * 7.5) + 8).append("\" y=\"")
          .append(y + PAD + 11).append("\" fill=\"#666\" font-style=\"italic\">follow-up</text>");
    }
    flag.ifPresent(level -> {
      String badge = "⚑ " + level.word();
      int badgeWidth = (int) (badge.length() * 6.2) + 14;
      int badgeX = x + BOX_WIDTH - badgeWidth - 6;
      svg.append("<rect x=\"").append(badgeX).append("\" y=\"").append(y + 5).append("\" width=\"")
          .append(badgeWidth).append("\" height=\"17\" rx=\"8\" fill=\"").append(TreeGraph.colour(level))
          .append("\"/><text x=\"").append(badgeX + badgeWidth / 2).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(TreeGraph.onColour(level))
          .append("\">").append(Html.escape(badge)).append("</text>");
    });
    for (int i = 0; i < lines.size(); i++) {
      svg.append("\n<text x=\"").append(x + PAD).append("\" y=\"").append(y + PAD + 11 + LINE * (i + 1))
          .append("\">").append(Html.escape(lines.get(i))).append("</text>");
    }
    svg.append("</a>\n");
  }

  /** Words beside a line, in its colour, with a white halo so that they stay readable over other lines. */
  private static void label(StringBuilder svg, int x, int y, String anchor, String text, String colour) {
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
        .append("\" font-size=\"11\" fill=\"").append(colour).append("\" stroke=\"#fff\" stroke-width=\"3\""
            + " paint-order=\"stroke\">").append(Html.escape(text)).append("</text>\n");
  }

  private String colourOf(TreeGraph.Edge edge) {
    if (edge.kind() == TreeGraph.Kind.RAISE) {
      return TreeGraph.ink(edge.level().orElseThrow());
    }
    if (edge.kind() == TreeGraph.Kind.ANSWER && !graph.isQuestion(edge.to())) {
      return TreeGraph.ink(graph.outcome(edge.to()).level());
    }
    return GREY;
  }

  /** Solid for answers, dashed for a skip, dotted for a raise; the arrowhead in the line's colour. */
  private String stroke(TreeGraph.Edge edge) {
    String colour = colourOf(edge);
    String marker = colour.equals(GREY) ? "grey" : markerOf(edge);
    String dash = switch (edge.kind()) {
      case ANSWER -> "";
      case SKIP -> " stroke-dasharray=\"6 4\"";
      case RAISE -> " stroke-dasharray=\"2 3\"";
    };
    return " stroke=\"" + colour + "\" stroke-width=\"" + (edge.kind() == TreeGraph.Kind.RAISE ? 2 : 1.5) + "\""
        + dash + " marker-end=\"url(#arrow-" + marker + ")\"";
  }

  private String markerOf(TreeGraph.Edge edge) {
    Level level = edge.kind() == TreeGraph.Kind.RAISE ? edge.level().orElseThrow()
        : graph.outcome(edge.to()).level();
    return level.word();
  }

  private static void marker(StringBuilder svg, String name, String colour) {
    svg.append("<marker id=\"arrow-").append(name.toLowerCase(Locale.ROOT)).append("\" viewBox=\"0 0 10 10\""
        + " refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path"
        + " d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
  }

  private static List<List<TreeGraph.Edge>> lists(int n) {
    List<List<TreeGraph.Edge>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }
}
