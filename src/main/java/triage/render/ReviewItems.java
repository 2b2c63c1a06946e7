package triage.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.ChoiceQuestion;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Screen;

/**
 * The review page's items, each with the validator's findings about it: the screens, every
 * question with its texts, answers, raises and follow-ups, every outcome with its advice and when
 * that is given, and every piece of advice with what names it.
 */
final class ReviewItems {

  private final StringBuilder out;
  private final ReviewMarkup html;

  ReviewItems(StringBuilder out, ReviewMarkup html) {
    this.out = out;
    this.html = html;
  }

  void screens(Questionnaire q) {
    out.append("<section id=\"screens\">\n<h2>Screens</h2>\n");
    if (q.screens().isEmpty()) {
      out.append("<p class=\"none\">None: at a terminal every question is asked on its own.</p>\n");
    } else {
      out.append("<p>Questions a person at a terminal sees as one list and answers together; each stays a"
          + " question of its own everywhere else.</p>\n");
    }
    for (Screen screen : q.screens()) {
      html.item(Findings.screen(screen.id()), "screen", screen.id(), "");
      html.texts(q, "text", screen.text());
      out.append("<ol class=\"screen\">\n");
      for (String id : screen.questions()) {
        out.append("<li>").append(ReviewMarkup.questionLink(id));
        q.question(id).ifPresent(question -> {
          question.redFlag().ifPresent(level -> out.append(' ').append(ReviewMarkup.badge(level, "⚑ " + level.word())));
          out.append(" ").append(Html.escape(question.text().in(html.language())));
        });
        out.append("</li>\n");
      }
      out.append("</ol>\n");
      html.endItem(Findings.screen(screen.id()));
    }
    out.append("</section>\n");
  }

  void questions(Questionnaire q) {
    out.append("<section id=\"questions\">\n<h2>Questions</h2>\n<p>In the order of the file. Reading grades"
        + " (Flesch-Kincaid) are given for English texts.</p>\n");
    for (Question question : q.questions()) {
      question(q, question);
    }
    out.append("</section>\n");
  }

  private void question(Questionnaire q, Question question) {
    String anchor = Findings.question(question.id());
    html.item(anchor, "question", question.id(), question.redFlag().map(level -> ReviewMarkup.badge(level, "⚑ red flag: "
        + level.word())).orElse(""));
    out.append("<ul class=\"facts\">\n<li>").append(kind(question)).append("</li>\n");
    if (question.id().equals(q.start())) {
      out.append("<li>the first question</li>\n");
    }
    q.screenOf(question.id()).ifPresent(screen -> out.append("<li>on screen <a href=\"#")
        .append(Html.escape(Findings.screen(screen.id()))).append("\">").append(Html.escape(screen.id()))
        .append("</a></li>\n"));
    if (question.isFollowUp()) {
      out.append("<li>a follow-up, asked only after ").append(html.answered(question.openedBy(), " or ")).append("</li>\n");
    }
    question.skip().ifPresent(skip -> out.append("<li>not asked once the level is ").append(ReviewMarkup.badge(skip.when(),
        skip.when().word())).append(" or higher; the walk goes on to ").append(ReviewMarkup.link(q, skip.next())).append("</li>\n"));
    out.append("<li>").append(html.sources(q, question.sources())).append("</li>\n</ul>\n");
    html.texts(q, "text", question.text());
    question.help().ifPresentOrElse(help -> html.texts(q, "help", help),
        () -> out.append("<p class=\"none\">No help.</p>\n"));
    answers(q, question);
    html.endItem(anchor);
  }

  private static String kind(Question question) {
    if (question instanceof NumberQuestion number) {
      return "a whole number from " + number.min() + " to " + number.max();
    }
    return question instanceof ChoiceQuestion ? "choose one option" : "yes or no";
  }

  private void answers(Questionnaire q, Question question) {
    out.append("<table class=\"answers\">\n<tr><th>answer</th><th>words</th><th>leads to</th><th>raises the level"
        + " to</th><th>adds advice</th></tr>\n");
    List<Answer> answers = question.answers();
    for (int a = 0; a < answers.size(); a++) {
      Answer answer = answers.get(a);
      out.append("<tr><td><code>").append(Html.escape(answer.value())).append("</code></td><td>");
      if (question instanceof ChoiceQuestion) {
        html.words(q, answer.label());
      } else if (question instanceof NumberQuestion number && a < number.ranges().size()) {
        out.append("from ").append(number.ranges().get(a).min()).append(" to ").append(number.ranges().get(a).max());
      } else {
        List<String> shown = new ArrayList<>();
        for (String language : q.languages()) {
          List<String> words = q.words(language).words().getOrDefault(answer.value(), List.of(answer.value()));
          shown.add("<span class=\"lang\">" + Html.escape(language) + "</span> " + Html.escape(String.join(", ", words)));
        }
        out.append(String.join(" · ", shown));
      }
      out.append("</td><td>").append(ReviewMarkup.link(q, answer.route().next())).append("</td><td>");
      answer.route().raise().ifPresent(level -> {
        out.append(ReviewMarkup.badge(level, level.word()));
        q.escalation(level).ifPresent(outcome -> out.append(" <span class=\"note\">(a verdict raised to it uses ")
            .append(ReviewMarkup.outcomeLink(outcome, false)).append("'s words)</span>"));
      });
      out.append("</td><td>");
      List<String> advice = new ArrayList<>();
      answer.route().advice().forEach(id -> advice.add(ReviewMarkup.adviceLink(q, id)));
      out.append(String.join(", ", advice)).append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  void outcomes(Questionnaire q, TreeGraph graph) {
    out.append("<section id=\"outcomes\">\n<h2>Outcomes</h2>\n");
    Map<String, List<String>> reachedFrom = reachedFrom(graph);
    for (Outcome outcome : q.outcomes()) {
      String anchor = Findings.outcome(outcome.id());
      html.item(anchor, "outcome", outcome.id(), ReviewMarkup.badge(outcome.level(), outcome.level().word()));
      out.append("<ul class=\"facts\">\n");
      for (Level level : Level.values()) {
        if (q.escalation(level).filter(e -> e.id().equals(outcome.id())).isPresent()) {
          out.append("<li>its words are used for every verdict raised to ").append(ReviewMarkup.badge(level, level.word()))
              .append(" (its escalation)</li>\n");
        }
      }
      List<String> from = reachedFrom.getOrDefault(outcome.id(), List.of());
      out.append("<li>").append(from.isEmpty() ? "no answer leads here" : "reached from " + String.join(", ", from))
          .append("</li>\n</ul>\n");
      html.texts(q, "title", outcome.title());
      out.append("<table class=\"advice\">\n<tr><th>advice</th><th>words</th><th>given</th></tr>\n");
      for (String id : outcome.advice()) {
        out.append("<tr><td>").append(ReviewMarkup.adviceLink(q, id)).append("</td><td>");
        q.advice(id).ifPresentOrElse(advice -> out.append(Html.escape(advice.text().in(html.language())))
                .append("</td><td>").append(html.conditions(advice, Optional.of(outcome.level()))),
            () -> out.append("</td><td>"));
        out.append("</td></tr>\n");
      }
      out.append("</table>\n");
      html.endItem(anchor);
    }
    out.append("</section>\n");
  }

  /** By outcome id, the answers that lead to it, are skipped to it, or raise to it, as links with the answers. */
  private static Map<String, List<String>> reachedFrom(TreeGraph graph) {
    Map<String, List<String>> from = new LinkedHashMap<>();
    for (TreeGraph.Edge edge : graph.edges()) {
      if (graph.graph().isQuestion(edge.to())) {
        continue;
      }
      String how = switch (edge.kind()) {
        case ANSWER -> String.join(", ", edge.lines());
        case SKIP -> "skipped";
        case RAISE -> "raised by " + edge.lines().get(0).replace(" ↑", "");
      };
      from.computeIfAbsent(graph.graph().id(edge.to()), id -> new ArrayList<>())
          .add(ReviewMarkup.questionLink(graph.graph().id(edge.from())) + " " + Html.escape(how));
    }
    return from;
  }

  void advice(Questionnaire q) {
    out.append("<section id=\"advice\">\n<h2>Advice</h2>\n");
    Map<String, List<String>> namedBy = new LinkedHashMap<>();
    for (Outcome outcome : q.outcomes()) {
      outcome.advice().forEach(id -> namedBy.computeIfAbsent(id, x -> new ArrayList<>()).add("outcome "
          + ReviewMarkup.link(q, outcome.id())));
    }
    for (Question question : q.questions()) {
      for (Answer answer : question.answers()) {
        answer.route().advice().forEach(id -> namedBy.computeIfAbsent(id, x -> new ArrayList<>())
            .add(ReviewMarkup.questionLink(question.id()) + " " + Html.escape(answer.value())));
      }
    }
    for (Advice advice : q.advice()) {
      String anchor = Findings.advice(advice.id());
      html.item(anchor, "advice", advice.id(), "");
      List<String> by = namedBy.getOrDefault(advice.id(), List.of());
      out.append("<ul class=\"facts\">\n<li>given ").append(html.conditions(advice, Optional.empty()))
          .append("</li>\n<li>")
          .append(by.isEmpty() ? "named by nothing" : "named by " + String.join(", ", by)).append("</li>\n<li>")
          .append(html.sources(q, advice.sources())).append("</li>\n</ul>\n");
      html.texts(q, "text", advice.text());
      html.endItem(anchor);
    }
    out.append("</section>\n");
  }

}
