package triage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Answered;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.model.Source;
import triage.model.Text;
import triage.text.ReadingGrade;

/**
 * The pieces the review page is built of: items with their findings, texts in every language with
 * their reading grades, level badges and links between items. Everything from the file is escaped.
 */
final class ReviewMarkup {

  private static final String ENGLISH = "en";

  private final StringBuilder out;
  private final Findings findings;
  private final String language;

  ReviewMarkup(StringBuilder out, Findings findings, String language) {
    this.out = out;
    this.findings = findings;
    this.language = language;
  }

  /** The language a text is shown in where the page shows one (the tree, lists of questions, advice in outcomes). */
  String language() {
    return language;
  }

  /** The findings about one item, right under it. */
  void listFindings(List<Problem> about) {
    if (about.isEmpty()) {
      return;
    }
    out.append("<ul class=\"problems\">\n");
    for (Problem problem : about) {
      out.append("<li class=\"problem ").append(problem.severity().word()).append("\"><span class=\"severity\">")
          .append(problem.severity().word()).append("</span> ").append(Html.escape(problem.message()))
          .append(" <span class=\"where\">[").append(Html.escape(problem.rule())).append("] line ")
          .append(problem.at().line()).append("</span></li>\n");
    }
    out.append("</ul>\n");
  }

  /** When a piece of advice is given: its levels and the answers after which it never is. */
  String conditions(Advice advice, Optional<Level> outcomeLevel) {
    StringBuilder given = new StringBuilder();
    if (advice.levels().isEmpty()) {
      given.append("at every level");
    } else {
      given.append("at ");
      List<String> levels = new ArrayList<>();
      advice.levels().forEach(level -> levels.add(badge(level, level.word())));
      given.append(String.join(" ", levels));
      if (outcomeLevel.isPresent() && !advice.givenAt(outcomeLevel.get())) {
        given.append(" <span class=\"problem error\">not at this outcome's level</span>");
      }
    }
    if (!advice.unless().isEmpty()) {
      given.append("; never after ").append(answered(advice.unless(), ", "));
    }
    return given.toString();
  }

  /** Opens an item: its anchor, its kind and id, and any marks. */
  void item(String anchor, String kind, String id, String marks) {
    out.append("<article class=\"item ").append(kind).append("\" id=\"").append(Html.escape(anchor))
        .append("\">\n<h3><span class=\"kind\">").append(kind).append("</span> <code>").append(Html.escape(id))
        .append("</code>").append(marks.isEmpty() ? "" : " " + marks).append("</h3>\n");
  }

  /** Closes an item, with the findings about it. */
  void endItem(String anchor) {
    listFindings(findings.of(anchor));
    out.append("</article>\n");
  }

  /** A text in every language it has, each English one with its reading grade; a language it lacks is named. */
  void texts(Questionnaire q, String what, Text text) {
    out.append("<div class=\"texts\"><div class=\"what\">").append(Html.escape(what)).append("</div>");
    words(q, text);
    out.append("</div>\n");
  }

  void words(Questionnaire q, Text text) {
    for (Map.Entry<String, String> words : text.byLanguage().entrySet()) {
      out.append("<p lang=\"").append(Html.escape(words.getKey())).append("\"><span class=\"lang\">")
          .append(Html.escape(words.getKey())).append("</span> ").append(Html.escape(words.getValue()));
      if (words.getKey().equals(ENGLISH)) {
        out.append(" <span class=\"grade\">grade ").append(grade(ReadingGrade.of(words.getValue()))).append("</span>");
      }
      out.append("</p>");
    }
    for (String language : q.languages()) {
      if (!text.has(language)) {
        out.append("<p class=\"missing\"><span class=\"lang\">").append(Html.escape(language))
            .append("</span> missing: the ").append(Html.escape(q.language())).append(" words are shown</p>");
      }
    }
  }

  static String grade(double grade) {
    return String.format(Locale.ROOT, "%.1f", grade);
  }

  static String badge(Level level, String words) {
    return "<span class=\"badge " + level.word() + "\">" + Html.escape(words) + "</span>";
  }

  String answered(List<Answered> answers, String between) {
    List<String> each = new ArrayList<>();
    for (Answered answered : answers) {
      each.add(questionLink(answered.question()) + " " + Html.escape(String.join(" or ", answered.answers())));
    }
    return String.join(between, each);
  }

  String sources(Questionnaire q, List<String> ids) {
    if (ids.isEmpty()) {
      return "no source named";
    }
    List<String> each = new ArrayList<>();
    for (String id : ids) {
      Optional<Source> source = q.sources().stream().filter(s -> s.id().equals(id)).findFirst();
      each.add("<code>" + Html.escape(id) + "</code>" + source.map(s -> " (" + Html.escape(s.description()) + ")")
          .orElse(""));
    }
    return "source: " + String.join(", ", each);
  }

  static String questionLink(String id) {
    return "<a href=\"#" + Html.escape(Findings.question(id)) + "\"><code>" + Html.escape(id) + "</code></a>";
  }

  static String adviceLink(Questionnaire q, String id) {
    return q.advice(id).isPresent() ? "<a href=\"#" + Html.escape(Findings.advice(id)) + "\"><code>"
        + Html.escape(id) + "</code></a>" : "<code>" + Html.escape(id) + "</code> <span class=\"problem error\">names"
        + " no advice</span>";
  }

  /** A link to the question or outcome an id names, with the outcome's level. */
  static String link(Questionnaire q, String id) {
    if (q.question(id).isPresent()) {
      return questionLink(id);
    }
    return q.outcome(id).map(outcome -> outcomeLink(outcome, true))
        .orElse("<code>" + Html.escape(id) + "</code> <span class=\"problem error\">names nothing</span>");
  }

  /** A link to an outcome, with its level when asked for and its id does not already say it. */
  static String outcomeLink(Outcome outcome, boolean level) {
    String link = "<a href=\"#" + Html.escape(Findings.outcome(outcome.id())) + "\"><code>" + Html.escape(outcome.id())
        + "</code></a>";
    return level && !TreeGraph.sameWord(outcome.id(), outcome.level().word())
        ? link + " " + badge(outcome.level(), outcome.level().word()) : link;
  }
}
