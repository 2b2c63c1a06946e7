package triage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.load.Loaded;
import triage.model.Level;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.model.Source;
import triage.walk.StepRule;

/**
 * One self-contained HTML page to review a questionnaire: every question in every language with its
 * help, answers, red-flag level, raises, follow-ups and sources; the screens; every outcome with its
 * advice and the advice's conditions; the tree as inline SVG; the reading grade of each English
 * text; the validator's findings beside the items they concern; and, given transcripts, the pilot
 * report as charts. No script and nothing from the network: inline CSS only, and every word from the
 * file or the transcripts escaped.
 */
public final class ReviewPage {

  private final Loaded loaded;
  private final Optional<Questionnaire> questionnaire;
  private final List<Problem> problems;
  private final Findings findings;
  private final Optional<Pilot> pilot;
  private final String language;
  private final StringBuilder out = new StringBuilder(1 << 16);
  private final ReviewMarkup html;
  private final ReviewItems items;

  /** A pilot's figures, the transcript files they come from, and the words of each wording, by its hash. */
  public record Pilot(PilotFigures figures, List<String> files, Map<String, String> words) {

    public Pilot {
      files = List.copyOf(files);
      words = Map.copyOf(words);
    }
  }

  private ReviewPage(Loaded loaded, List<Problem> problems, Optional<Pilot> pilot, String language) {
    this.loaded = loaded;
    this.questionnaire = loaded.questionnaire();
    this.problems = List.copyOf(problems);
    this.findings = new Findings(questionnaire, problems);
    this.pilot = pilot;
    this.language = language;
    this.html = new ReviewMarkup(out, findings, language);
    this.items = new ReviewItems(out, html);
  }

  /**
   * The page for a questionnaire as loaded, with what the validator found in it and, if given, a
   * pilot's figures; where one text stands for many (the tree, lists), in {@code language}.
   */
  public static String html(Loaded loaded, List<Problem> problems, Optional<Pilot> pilot, String language) {
    return new ReviewPage(loaded, problems, pilot, language).page();
  }

  private String page() {
    String name = questionnaire.map(q -> q.id() + " " + q.version()).orElse(loaded.origin().source());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Review: ").append(Html.escape(name)).append("</title>\n<style>\n").append(ReviewStyle.CSS)
        .append("</style>\n</head>\n<body>\n");
    header(name);
    findingsSection();
    questionnaire.ifPresent(q -> {
      TreeGraph graph = new TreeGraph(new StepRule(q), new Wording(q, language, Optional.empty(),
          Messages.of(language)));
      tree(graph);
      items.screens(q);
      items.questions(q);
      items.outcomes(q, graph);
      items.advice(q);
      settings(q);
    });
    pilot.ifPresent(p -> PilotCharts.section(out, p, questionnaire));
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void header(String name) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    out.append("<header>\n<h1>Review: ").append(Html.escape(name)).append("</h1>\n");
    questionnaire.flatMap(Questionnaire::title).ifPresent(title ->
        out.append("<p class=\"title\">").append(Html.escape(title.in(language)))
            .append("</p>\n"));
    out.append("<dl class=\"facts\">\n");
    fact("file", Html.escape(loaded.origin().source()));
    fact("sha256", "<code>" + Html.escape(loaded.origin().sha256()) + "</code>");
    questionnaire.ifPresent(q -> {
      fact("languages", Html.escape(String.join(", ", q.languages())) + " (default " + Html.escape(q.language()) + ")");
      fact("contents", q.questions().size() + " questions (" + q.questions().stream().filter(x -> x.redFlag()
          .isPresent()).count() + " red flags), " + q.screens().size() + " screens, " + q.outcomes().size()
          + " outcomes, " + q.advice().size() + " pieces of advice");
    });
    fact("findings", "<a href=\"#findings\">" + count(errors, "error") + ", " + count(warnings, "warning") + "</a>");
    out.append("</dl>\n");
    if (questionnaire.isEmpty()) {
      out.append("<p class=\"problem error\">This file could not be read as a questionnaire; the findings say"
          + " why.</p>\n");
    } else if (loaded.hasErrors()) {
      out.append("<p class=\"problem error\">This questionnaire has errors, so it cannot run; what follows is"
          + " what could be read.</p>\n");
    } else if (errors > 0) {
      out.append("<p class=\"problem error\">The validator finds ").append(count(errors, "error"))
          .append(" in this questionnaire: <code>triage validate</code> fails until ").append(errors == 1 ? "it is"
              : "they are").append(" fixed.</p>\n");
    }
    out.append("<nav><a href=\"#findings\">Findings</a>");
    if (questionnaire.isPresent()) {
      out.append(" · <a href=\"#tree\">Tree</a> · <a href=\"#screens\">Screens</a> · <a href=\"#questions\">"
          + "Questions</a> · <a href=\"#outcomes\">Outcomes</a> · <a href=\"#advice\">Advice</a> · <a href=\"#"
          + Findings.SETTINGS + "\">Notices and settings</a>");
    }
    if (pilot.isPresent()) {
      out.append(" · <a href=\"#pilot\">Pilot</a>");
    }
    out.append("</nav>\n</header>\n");
  }

  private void fact(String term, String html) {
    out.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private void findingsSection() {
    out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (problems.isEmpty()) {
      out.append("<p class=\"none\">The validator found nothing: no errors, no warnings.</p>\n</section>\n");
      return;
    }
    out.append("<p>Every finding of <code>triage validate</code>, in the order of the file; each is also shown"
        + " beside the item it concerns.</p>\n<table class=\"findings\">\n<tr><th>line</th><th>finding</th>"
        + "<th>rule</th><th>about</th></tr>\n");
    for (Problem problem : problems) {
      out.append("<tr class=\"").append(problem.severity().word()).append("\"><td>").append(problem.at().line())
          .append(':').append(problem.at().column()).append("</td><td><span class=\"severity\">")
          .append(problem.severity().word()).append("</span> ").append(Html.escape(problem.message()))
          .append("</td><td>").append(Html.escape(problem.rule())).append("</td><td>");
      findings.anchor(problem).ifPresent(anchor -> out.append("<a href=\"#").append(Html.escape(anchor)).append("\">")
          .append(Html.escape(about(anchor))).append("</a>"));
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
    html.listFindings(findings.whole());
    out.append("</section>\n");
  }

  /** What an anchor names, for a link: {@code question chest_pain}. */
  private static String about(String anchor) {
    if (anchor.equals(Findings.SETTINGS)) {
      return "settings";
    }
    String kind = switch (anchor.charAt(0)) {
      case 'q' -> "question ";
      case 's' -> "screen ";
      case 'o' -> "outcome ";
      default -> "advice ";
    };
    return kind + anchor.substring(2);
  }

  private void tree(TreeGraph graph) {
    if (graph.graph().questionCount() == 0) {
      out.append("<section id=\"tree\">\n<h2>Tree</h2>\n<p class=\"none\">No questions.</p>\n</section>\n");
      return;
    }
    out.append("<section id=\"tree\">\n<h2>Tree</h2>\n<p class=\"legend\">Questions top to bottom (click one for"
        + " its details); a red flag is framed in its level's colour. On the right, a lane for each outcome. "
        + "<span class=\"key solid\"></span> answers lead there; <span class=\"key dashed\"></span> the question is"
        + " skipped once the level is high enough; <span class=\"key dotted\"></span> the answers raise the level,"
        + " and a verdict raised that far takes that outcome's words (its escalation), whatever outcome the walk"
        + " ends at.</p>\n<div class=\"scroll\">\n").append(TreeSvg.of(graph)).append("</div>\n</section>\n");
  }

  private void settings(Questionnaire q) {
    out.append("<section id=\"").append(Findings.SETTINGS).append("\">\n<h2>Notices and settings</h2>\n");
    q.title().ifPresent(title -> html.texts(q, "title", title));
    q.notices().beforeStart().ifPresent(text -> html.texts(q, "before the first question", text));
    html.texts(q, "not a diagnosis", q.notices().notADiagnosis());
    q.notices().seekHelpIf().forEach((level, text) -> html.texts(q, "safety net, " + level.word(), text));
    q.notices().seekHelpIfBrief().forEach((level, text) -> html.texts(q, "safety net in brief, " + level.word(), text));
    out.append("<ul class=\"facts\">\n<li>first question: ").append(ReviewMarkup.questionLink(q.start())).append("</li>\n");
    for (Level level : Level.values()) {
      q.escalation(level).ifPresent(outcome -> out.append("<li>verdicts raised to ").append(ReviewMarkup.badge(level,
          level.word())).append(" use ").append(ReviewMarkup.link(q, outcome.id())).append("</li>\n"));
    }
    q.emergencyNumbers().ifPresent(numbers -> {
      List<String> each = new ArrayList<>();
      numbers.byRegion().forEach((region, number) -> each.add(Html.escape(region) + " " + Html.escape(number)));
      out.append("<li>emergency numbers: ").append(String.join(", ", each)).append("</li>\n");
    });
    out.append("<li>highest reading grade before a warning: questions ")
        .append(q.readability().questions().map(ReviewMarkup::grade).orElse("none")).append(", help, advice and"
            + " notices ").append(q.readability().advice().map(ReviewMarkup::grade).orElse("none")).append("</li>\n");
    for (String language : q.languages()) {
      List<String> words = new ArrayList<>();
      q.words(language).words().forEach((value, list) -> words.add(Html.escape(value) + ": "
          + Html.escape(String.join(", ", list))));
      out.append("<li>answer words in <span class=\"lang\">").append(Html.escape(language)).append("</span>: ")
          .append(String.join("; ", words)).append("</li>\n");
    }
    out.append("</ul>\n");
    if (!q.sources().isEmpty()) {
      out.append("<table class=\"sources\">\n<tr><th>source</th><th>what it is</th></tr>\n");
      for (Source source : q.sources()) {
        out.append("<tr><td><code>").append(Html.escape(source.id())).append("</code></td><td>")
            .append(Html.escape(source.description())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    html.listFindings(findings.of(Findings.SETTINGS));
    out.append("</section>\n");
  }

}
