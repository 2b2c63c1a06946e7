package triage.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import triage.model.Location;
import triage.model.Problem;
import triage.model.Questionnaire;

/**
 * The validator's findings, each beside the item it concerns: the question, screen, outcome or
 * piece of advice whose lines in the file it points into (a finding at an answer of a question is
 * the question's), or the file's settings (sources, notices, numbers, escalation, readability).
 * What stands before all of them, or in another file, concerns the file as a whole.
 */
final class Findings {

  /** Where the settings are shown on the page. */
  static final String SETTINGS = "settings";

  private final Map<String, List<Problem>> byAnchor = new HashMap<>();
  private final List<Problem> whole = new ArrayList<>();
  private final Map<Problem, String> anchorOf = new HashMap<>();

  Findings(Optional<Questionnaire> questionnaire, List<Problem> problems) {
    TreeMap<Integer, String> starts = new TreeMap<>(); // line -> the anchor of what starts there
    String file = questionnaire.map(q -> q.notices().at().file()).orElse(null);
    questionnaire.ifPresent(q -> {
      settings(starts, q.notices().at());
      settings(starts, q.readability().at());
      settings(starts, q.startAt());
      q.emergencyNumbers().ifPresent(numbers -> settings(starts, numbers.at()));
      q.sources().forEach(source -> settings(starts, source.at()));
      q.escalations().forEach(escalation -> settings(starts, escalation.at()));
      // An item claims its first line, whatever setting the loader placed there too.
      q.questions().forEach(question -> starts.put(question.at().line(), question(question.id())));
      q.screens().forEach(screen -> starts.put(screen.at().line(), screen(screen.id())));
      q.outcomes().forEach(outcome -> starts.put(outcome.at().line(), outcome(outcome.id())));
      q.advice().forEach(advice -> starts.put(advice.at().line(), advice(advice.id())));
    });
    for (Problem problem : problems.stream().sorted(Problem.IN_FILE_ORDER.thenComparing(Problem::rule,
        Comparator.naturalOrder())).toList()) {
      Map.Entry<Integer, String> item = problem.at().file().equals(file) ? starts.floorEntry(problem.at().line())
          : null;
      if (item == null) {
        whole.add(problem);
      } else {
        byAnchor.computeIfAbsent(item.getValue(), anchor -> new ArrayList<>()).add(problem);
        anchorOf.put(problem, item.getValue());
      }
    }
  }

  /** The anchors of items on the page: where a link to a question, screen, outcome or piece of advice goes. */
  static String question(String id) {
    return "q-" + id;
  }

  static String screen(String id) {
    return "s-" + id;
  }

  static String outcome(String id) {
    return "o-" + id;
  }

  static String advice(String id) {
    return "a-" + id;
  }

  private static void settings(TreeMap<Integer, String> starts, Location at) {
    if (at.line() > 0) {
      starts.putIfAbsent(at.line(), SETTINGS);
    }
  }

  /** The findings about the item with this anchor on the page. */
  List<Problem> of(String anchor) {
    return byAnchor.getOrDefault(anchor, List.of());
  }

  /** The findings about the file as a whole. */
  List<Problem> whole() {
    return whole;
  }

  /** The anchor of the item a finding is shown beside, if it is shown beside one. */
  Optional<String> anchor(Problem problem) {
    return Optional.ofNullable(anchorOf.get(problem));
  }
}
