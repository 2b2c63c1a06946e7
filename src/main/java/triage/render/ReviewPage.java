package triage.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import triage.load.Loaded;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Answered;
import triage.model.ChoiceQuestion;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Screen;
import triage.model.Source;
import triage.model.Text;
import triage.model.YesNoQuestion;
import triage.text.ReadingGrade;
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

  private static final String ENGLISH = "en";

  private final Loaded loaded;
  private final Optional<Questionnaire> questionnaire;
  private final List<Problem> problems;
  private final Findings findings;
  private final Optional<Pilot> pilot;
  private final StringBuilder out = new StringBuilder(1 << 16);

  /** A pilot's figures, the transcript files they come from, and the words of each wording, by its hash. */
  public record Pilot(PilotFigures figures, List<String> files, Map<String, String> words) {

    public Pilot {
      files = List.copyOf(files);
      words = Map.copyOf(words);
    }
  }

  private ReviewPage(Loaded loaded, List<Problem> problems, Optional<Pilot> pilot) {
    this.loaded = loaded;
    this.questionnaire = loaded.questionnaire();
    this.problems = List.copyOf(problems);
    this.findings = new Findings(questionnaire, problems);
    this.pilot = pilot;
  }

  /** The page for a questionnaire as loaded, with what the validator found in it and, if given, a pilot's figures. */
  public static String html(Loaded loaded, List<Problem> problems, Optional<Pilot> pilot) {
    return new ReviewPage(loaded, problems, pilot).page();
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
      TreeGraph graph = new TreeGraph(new StepRule(q), new Wording(q, q.language(), Optional.empty(),
          Messages.of(q.language())));
      tree(graph);
      screens(q);
      questions(q);
      outcomes(q, graph);
      advice(q);
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
        out.append("<p class=\"title\">").append(Html.escape(title.in(questionnaire.get().language())))
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
    listFindings(findings.whole());
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

  /** The findings about one item, right under it. */
  private void listFindings(List<Problem> about) {
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

  private void screens(Questionnaire q) {
    out.append("<section id=\"screens\">\n<h2>Screens</h2>\n");
    if (q.screens().isEmpty()) {
      out.append("<p class=\"none\">None: at a terminal every question is asked on its own.</p>\n");
    } else {
      out.append("<p>Questions a person at a terminal sees as one list and answers together; each stays a"
          + " question of its own everywhere else.</p>\n");
    }
    for (Screen screen : q.screens()) {
      item(Findings.screen(screen.id()), "screen", screen.id(), "");
      texts(q, "text", screen.text());
      out.append("<ol class=\"screen\">\n");
      for (String id : screen.questions()) {
        out.append("<li>").append(questionLink(id));
        q.question(id).ifPresent(question -> {
          question.redFlag().ifPresent(level -> out.append(' ').append(badge(level, "⚑ " + level.word())));
          out.append(" ").append(Html.escape(question.text().in(q.language())));
        });
        out.append("</li>\n");
      }
      out.append("</ol>\n");
      endItem(Findings.screen(screen.id()));
    }
    out.append("</section>\n");
  }

  private void questions(Questionnaire q) {
    out.append("<section id=\"questions\">\n<h2>Questions</h2>\n<p>In the order of the file. Reading grades"
        + " (Flesch-Kincaid) are given for English texts.</p>\n");
    for (Question question : q.questions()) {
      question(q, question);
    }
    out.append("</section>\n");
  }

  private void question(Questionnaire q, Question question) {
    String anchor = Findings.question(question.id());
    item(anchor, "question", question.id(), question.redFlag().map(level -> badge(level, "⚑ red flag: "
        + level.word())).orElse(""));
    out.append("<ul class=\"facts\">\n<li>").append(kind(question)).append("</li>\n");
    if (question.id().equals(q.start())) {
      out.append("<li>the first question</li>\n");
    }
    q.screenOf(question.id()).ifPresent(screen -> out.append("<li>on screen <a href=\"#")
        .append(Html.escape(Findings.screen(screen.id()))).append("\">").append(Html.escape(screen.id()))
        .append("</a></li>\n"));
    if (question.isFollowUp()) {
      out.append("<li>a follow-up, asked only after ").append(answered(question.openedBy(), " or ")).append("</li>\n");
    }
    question.skip().ifPresent(skip -> out.append("<li>not asked once the level is ").append(badge(skip.when(),
        skip.when().word())).append(" or higher; the walk goes on to ").append(link(q, skip.next())).append("</li>\n"));
    out.append("<li>").append(sources(q, question.sources())).append("</li>\n</ul>\n");
    texts(q, "text", question.text());
    question.help().ifPresentOrElse(help -> texts(q, "help", help),
        () -> out.append("<p class=\"none\">No help.</p>\n"));
    answers(q, question);
    endItem(anchor);
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
        words(q, answer.label());
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
      out.append("</td><td>").append(link(q, answer.route().next())).append("</td><td>");
      answer.route().raise().ifPresent(level -> {
        out.append(badge(level, level.word()));
        q.escalation(level).ifPresent(outcome -> out.append(" <span class=\"note\">(a verdict raised to it uses ")
            .append(outcomeLink(outcome, false)).append("'s words)</span>"));
      });
      out.append("</td><td>");
      List<String> advice = new ArrayList<>();
      answer.route().advice().forEach(id -> advice.add(adviceLink(q, id)));
      out.append(String.join(", ", advice)).append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void outcomes(Questionnaire q, TreeGraph graph) {
    out.append("<section id=\"outcomes\">\n<h2>Outcomes</h2>\n");
    Map<String, List<String>> reachedFrom = reachedFrom(graph);
    for (Outcome outcome : q.outcomes()) {
      String anchor = Findings.outcome(outcome.id());
      item(anchor, "outcome", outcome.id(), badge(outcome.level(), outcome.level().word()));
      out.append("<ul class=\"facts\">\n");
      for (Level level : Level.values()) {
        if (q.escalation(level).filter(e -> e.id().equals(outcome.id())).isPresent()) {
          out.append("<li>its words are used for every verdict raised to ").append(badge(level, level.word()))
              .append(" (its escalation)</li>\n");
        }
      }
      List<String> from = reachedFrom.getOrDefault(outcome.id(), List.of());
      out.append("<li>").append(from.isEmpty() ? "no answer leads here" : "reached from " + String.join(", ", from))
          .append("</li>\n</ul>\n");
      texts(q, "title", outcome.title());
      out.append("<table class=\"advice\">\n<tr><th>advice</th><th>words</th><th>given</th></tr>\n");
      for (String id : outcome.advice()) {
        out.append("<tr><td>").append(adviceLink(q, id)).append("</td><td>");
        q.advice(id).ifPresentOrElse(advice -> out.append(Html.escape(advice.text().in(q.language())))
                .append("</td><td>").append(conditions(advice, Optional.of(outcome.level()))),
            () -> out.append("</td><td>"));
        out.append("</td></tr>\n");
      }
      out.append("</table>\n");
      endItem(anchor);
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
          .add(questionLink(graph.graph().id(edge.from())) + " " + Html.escape(how));
    }
    return from;
  }

  /** When a piece of advice is given: its levels and the answers after which it never is. */
  private String conditions(Advice advice, Optional<Level> outcomeLevel) {
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

  private void advice(Questionnaire q) {
    out.append("<section id=\"advice\">\n<h2>Advice</h2>\n");
    Map<String, List<String>> namedBy = new LinkedHashMap<>();
    for (Outcome outcome : q.outcomes()) {
      outcome.advice().forEach(id -> namedBy.computeIfAbsent(id, x -> new ArrayList<>()).add("outcome "
          + link(q, outcome.id())));
    }
    for (Question question : q.questions()) {
      for (Answer answer : question.answers()) {
        answer.route().advice().forEach(id -> namedBy.computeIfAbsent(id, x -> new ArrayList<>())
            .add(questionLink(question.id()) + " " + Html.escape(answer.value())));
      }
    }
    for (Advice advice : q.advice()) {
      String anchor = Findings.advice(advice.id());
      item(anchor, "advice", advice.id(), "");
      List<String> by = namedBy.getOrDefault(advice.id(), List.of());
      out.append("<ul class=\"facts\">\n<li>given ").append(conditions(advice, Optional.empty()))
          .append("</li>\n<li>")
          .append(by.isEmpty() ? "named by nothing" : "named by " + String.join(", ", by)).append("</li>\n<li>")
          .append(sources(q, advice.sources())).append("</li>\n</ul>\n");
      texts(q, "text", advice.text());
      endItem(anchor);
    }
    out.append("</section>\n");
  }

  private void settings(Questionnaire q) {
    out.append("<section id=\"").append(Findings.SETTINGS).append("\">\n<h2>Notices and settings</h2>\n");
    q.title().ifPresent(title -> texts(q, "title", title));
    q.notices().beforeStart().ifPresent(text -> texts(q, "before the first question", text));
    texts(q, "not a diagnosis", q.notices().notADiagnosis());
    q.notices().seekHelpIf().forEach((level, text) -> texts(q, "safety net, " + level.word(), text));
    q.notices().seekHelpIfBrief().forEach((level, text) -> texts(q, "safety net in brief, " + level.word(), text));
    out.append("<ul class=\"facts\">\n<li>first question: ").append(questionLink(q.start())).append("</li>\n");
    for (Level level : Level.values()) {
      q.escalation(level).ifPresent(outcome -> out.append("<li>verdicts raised to ").append(badge(level,
          level.word())).append(" use ").append(link(q, outcome.id())).append("</li>\n"));
    }
    q.emergencyNumbers().ifPresent(numbers -> {
      List<String> each = new ArrayList<>();
      numbers.byRegion().forEach((region, number) -> each.add(Html.escape(region) + " " + Html.escape(number)));
      out.append("<li>emergency numbers: ").append(String.join(", ", each)).append("</li>\n");
    });
    out.append("<li>highest reading grade before a warning: questions ")
        .append(q.readability().questions().map(ReviewPage::grade).orElse("none")).append(", help, advice and"
            + " notices ").append(q.readability().advice().map(ReviewPage::grade).orElse("none")).append("</li>\n");
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
    listFindings(findings.of(Findings.SETTINGS));
    out.append("</section>\n");
  }

  /** Opens an item: its anchor, its kind and id, and any marks. */
  private void item(String anchor, String kind, String id, String marks) {
    out.append("<article class=\"item ").append(kind).append("\" id=\"").append(Html.escape(anchor))
        .append("\">\n<h3><span class=\"kind\">").append(kind).append("</span> <code>").append(Html.escape(id))
        .append("</code>").append(marks.isEmpty() ? "" : " " + marks).append("</h3>\n");
  }

  /** Closes an item, with the findings about it. */
  private void endItem(String anchor) {
    listFindings(findings.of(anchor));
    out.append("</article>\n");
  }

  /** A text in every language it has, each English one with its reading grade; a language it lacks is named. */
  private void texts(Questionnaire q, String what, Text text) {
    out.append("<div class=\"texts\"><div class=\"what\">").append(Html.escape(what)).append("</div>");
    words(q, text);
    out.append("</div>\n");
  }

  private void words(Questionnaire q, Text text) {
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

  private static String grade(double grade) {
    return String.format(Locale.ROOT, "%.1f", grade);
  }

  private static String badge(Level level, String words) {
    return "<span class=\"badge " + level.word() + "\">" + Html.escape(words) + "</span>";
  }

  private String answered(List<Answered> answers, String between) {
    List<String> each = new ArrayList<>();
    for (Answered answered : answers) {
      each.add(questionLink(answered.question()) + " " + Html.escape(String.join(" or ", answered.answers())));
    }
    return String.join(between, each);
  }

  private String sources(Questionnaire q, List<String> ids) {
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

  private static String questionLink(String id) {
    return "<a href=\"#" + Html.escape(Findings.question(id)) + "\"><code>" + Html.escape(id) + "</code></a>";
  }

  private static String adviceLink(Questionnaire q, String id) {
    return q.advice(id).isPresent() ? "<a href=\"#" + Html.escape(Findings.advice(id)) + "\"><code>"
        + Html.escape(id) + "</code></a>" : "<code>" + Html.escape(id) + "</code> <span class=\"problem error\">names"
        + " no advice</span>";
  }

  /** A link to the question or outcome an id names, with the outcome's level. */
  private static String link(Questionnaire q, String id) {
    if (q.question(id).isPresent()) {
      return questionLink(id);
    }
    return q.outcome(id).map(outcome -> outcomeLink(outcome, true))
        .orElse("<code>" + Html.escape(id) + "</code> <span class=\"problem error\">names nothing</span>");
  }

  /** A link to an outcome, with its level when asked for and its id does not already say it. */
  private static String outcomeLink(Outcome outcome, boolean level) {
    String link = "<a href=\"#" + Html.escape(Findings.outcome(outcome.id())) + "\"><code>" + Html.escape(outcome.id())
        + "</code></a>";
    return level && !TreeGraph.sameWord(outcome.id(), outcome.level().word())
        ? link + " " + badge(outcome.level(), outcome.level().word()) : link;
  }
}
