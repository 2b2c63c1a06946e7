package triage.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.YesNoQuestion;

/**
 * The pilot report on the review page, as charts in inline SVG: the verdicts by level; for each
 * question and each wording of it, the share of each answer, the help, back and rejected rates and
 * the median time; and where sessions ended without a verdict. Every bar has its numbers in words
 * beside it, and everything from the transcripts is escaped.
 */
final class PilotCharts {

  private static final Map<String, String> ANSWER_COLOURS = Map.of(
      YesNoQuestion.YES, "#4c78a8", YesNoQuestion.NO, "#9ecae9", YesNoQuestion.UNSURE, "#f58518");
  private static final String[] OTHER_COLOURS = {
      "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#eeca3b", "#ff9da6", "#9d755d", "#bab0ac"};

  private static final int STACKED_WIDTH = 240;
  private static final int RATE_WIDTH = 60;
  private static final int BAR_HEIGHT = 14;
  private static final String GREY = "#777";

  private final StringBuilder out;
  private final ReviewPage.Pilot pilot;
  private final PilotFigures figures;

  private PilotCharts(StringBuilder out, ReviewPage.Pilot pilot) {
    this.out = out;
    this.pilot = pilot;
    this.figures = pilot.figures();
  }

  static void section(StringBuilder out, ReviewPage.Pilot pilot, Optional<Questionnaire> questionnaire) {
    new PilotCharts(out, pilot).write(questionnaire);
  }

  private void write(Optional<Questionnaire> questionnaire) {
    out.append("<section id=\"pilot\">\n<h2>Pilot</h2>\n<p>").append(figures.sessions()).append(" sessions from ")
        .append(pilot.files().size()).append(pilot.files().size() == 1 ? " file" : " files").append(": ");
    List<String> files = new ArrayList<>();
    pilot.files().forEach(file -> files.add("<code>" + Html.escape(file) + "</code>"));
    out.append(String.join(", ", files)).append(".");
    if (figures.unreadableCount() > 0) {
      out.append(" ").append(figures.unreadableCount()).append(" unreadable lines were skipped.");
    }
    if (figures.dropped() > 0) {
      out.append(" ").append(figures.dropped()).append(" answers to wordings beyond those kept were left out.");
    }
    out.append("</p>\n");
    verdicts();
    questions(questionnaire);
    dropOff();
    out.append("</section>\n");
  }

  private void verdicts() {
    long given = figures.verdicts().values().stream().mapToLong(Long::longValue).sum();
    long without = figures.withoutVerdict().values().stream().mapToLong(Long::longValue).sum();
    out.append("<h3>Verdicts</h3>\n");
    Map<String, Long> shares = new LinkedHashMap<>();
    Map<String, String> colours = new LinkedHashMap<>();
    figures.verdicts().forEach((level, count) -> {
      shares.put(level.word(), count);
      colours.put(level.word(), TreeGraph.colour(level));
    });
    shares.put("no verdict", without);
    colours.put("no verdict", "#999");
    stacked(shares, colours);
    out.append("<p class=\"chart-key\">").append(given).append(given == 1 ? " verdict, " : " verdicts, ").append(without)
        .append(without == 1 ? " session without one" : " sessions without one");
    if (without > 0) {
      List<String> ends = new ArrayList<>();
      figures.withoutVerdict().forEach((end, count) -> ends.add(Html.escape(end) + " " + count));
      out.append(" (").append(String.join(", ", ends)).append(")");
    }
    out.append("</p>\n");
  }

  private void questions(Optional<Questionnaire> questionnaire) {
    out.append("<h3>Questions and their wordings</h3>\n<p>Each wording of a question (named by the hash of the"
        + " words shown) on a row of its own. Shares of answers are of the answers given; help, back and rejected"
        + " rates are of the times it was asked.</p>\n<table class=\"pilot\">\n<tr><th>question</th><th>wording"
        + "</th><th>asked</th><th>answers</th><th>help</th><th>back</th><th>rejected</th><th>median time</th>"
        + "</tr>\n");
    long slowest = 1;
    for (Map<String, ? extends PilotFigures.Wording> wordings : figures.questions().values()) {
      for (PilotFigures.Wording wording : wordings.values()) {
        slowest = Math.max(slowest, wording.medianMillis());
      }
    }
    for (String id : order(questionnaire)) {
      boolean first = true;
      for (Map.Entry<String, ? extends PilotFigures.Wording> entry : figures.questions().get(id).entrySet()) {
        PilotFigures.Wording wording = entry.getValue();
        out.append("<tr><td>");
        if (first) {
          boolean known = questionnaire.flatMap(q -> q.question(id)).isPresent();
          out.append(known ? "<a href=\"#" + Html.escape(Findings.question(id)) + "\"><code>" + Html.escape(id)
              + "</code></a>" : "<code>" + Html.escape(id) + "</code>");
        }
        first = false;
        String words = pilot.words().get(entry.getKey());
        out.append("</td><td>").append(words == null ? "<span class=\"none\">words not in this questionnaire</span>"
            : Html.escape(words)).append(" <code>").append(Html.escape(entry.getKey())).append("</code></td><td>")
            .append(wording.asked()).append("</td><td>");
        answers(wording.answers());
        out.append("</td><td>").append(rate(wording.helpRate())).append("</td><td>")
            .append(rate(wording.backRate())).append("</td><td>").append(rate(wording.rejectedRate()))
            .append("</td><td>").append(time(wording.medianMillis(), slowest)).append("</td></tr>\n");
      }
    }
    out.append("</table>\n");
  }

  /** The questions the figures have: in the questionnaire's order, then those it does not have, as first seen. */
  private List<String> order(Optional<Questionnaire> questionnaire) {
    List<String> order = new ArrayList<>();
    questionnaire.ifPresent(q -> {
      for (Question question : q.questions()) {
        if (figures.questions().containsKey(question.id()) && !order.contains(question.id())) {
          order.add(question.id());
        }
      }
    });
    figures.questions().keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
    return order;
  }

  private void answers(Map<String, Long> answers) {
    Map<String, String> colours = new LinkedHashMap<>();
    int other = 0;
    for (String value : answers.keySet()) {
      String colour = ANSWER_COLOURS.get(value);
      colours.put(value, colour != null ? colour : OTHER_COLOURS[other++ % OTHER_COLOURS.length]);
    }
    stacked(answers, colours);
  }

  /** One bar split by share, each part in its colour, and the same in words below it. */
  private void stacked(Map<String, Long> counts, Map<String, String> colours) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<Part> parts = new ArrayList<>();
    counts.forEach((key, count) -> parts.add(new Part(share(count, total), colours.get(key),
        key + " " + percent(share(count, total)))));
    out.append(bar(parts, STACKED_WIDTH)).append("\n<div class=\"chart-key\">");
    counts.forEach((key, count) -> out.append("<span class=\"swatch\" style=\"background:").append(colours.get(key))
        .append("\"></span>").append(Html.escape(key)).append(' ').append(percent(share(count, total))).append(" (")
        .append(count).append(')'));
    out.append("</div>\n");
  }

  /** A part of a bar: its share of the whole, its colour, and what it is, for a tooltip. */
  private record Part(double share, String colour, String title) {}

  /** A bar as inline SVG: the parts side by side on a grey ground, each as long as its share. */
  private static String bar(List<Part> parts, int width) {
    StringBuilder svg = new StringBuilder("<svg class=\"bar\" width=\"").append(width).append("\" height=\"")
        .append(BAR_HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ').append(BAR_HEIGHT)
        .append("\" role=\"img\"><rect width=\"").append(width).append("\" height=\"").append(BAR_HEIGHT)
        .append("\" rx=\"3\" fill=\"#f0f0f0\"/>");
    double x = 0;
    for (Part part : parts) {
      double length = part.share() * width;
      if (length > 0) {
        svg.append("<rect x=\"").append(number(x)).append("\" width=\"").append(number(length))
            .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(part.colour()).append("\"><title>")
            .append(Html.escape(part.title())).append("</title></rect>");
      }
      x += length;
    }
    return svg.append("</svg>").toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private void dropOff() {
    out.append("<h3>Where sessions ended without a verdict</h3>\n");
    if (figures.dropOff().isEmpty()) {
      out.append("<p class=\"none\">Every session ended with a verdict.</p>\n");
      return;
    }
    long most = 1;
    for (Map<String, Long> ends : figures.dropOff().values()) {
      most = Math.max(most, ends.values().stream().mapToLong(Long::longValue).sum());
    }
    out.append("<table class=\"pilot\">\n<tr><th>question</th><th>sessions</th><th>how they ended</th></tr>\n");
    for (Map.Entry<String, ? extends Map<String, Long>> entry : figures.dropOff().entrySet()) {
      long count = entry.getValue().values().stream().mapToLong(Long::longValue).sum();
      List<String> ends = new ArrayList<>();
      entry.getValue().forEach((end, n) -> ends.add(Html.escape(end) + " " + n));
      out.append("<tr><td>").append(entry.getKey().isEmpty() ? "(before any question)"
          : "<code>" + Html.escape(entry.getKey()) + "</code>").append("</td><td>")
          .append(measure(share(count, most), Long.toString(count))).append("</td><td>")
          .append(String.join(", ", ends)).append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static String rate(double rate) {
    return measure(rate, percent(rate));
  }

  private static String time(long millis, long slowest) {
    if (millis < 0) {
      return "<span class=\"none\">not timed</span>";
    }
    return measure(share(millis, slowest), String.format(Locale.ROOT, "%.1f s", millis / 1000.0));
  }

  /** A short grey bar of {@code share} with {@code words} beside it. */
  private static String measure(double share, String words) {
    return "<div class=\"rate\">" + bar(List.of(new Part(share, GREY, words)), RATE_WIDTH) + Html.escape(words)
        + "</div>";
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
