package triage.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import triage.model.Advice;
import triage.model.Location;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Source;
import triage.text.Suggestion;

/**
 * What questions and advice rest on: every item names a source (a warning otherwise); when the file
 * declares its {@code sources}, every one cited is declared (an error, with a did-you-mean) and
 * every one declared is cited somewhere (a warning).
 */
final class Sources {

  private Sources() {}

  static List<Problem> problems(Questionnaire questionnaire) {
    List<Problem> problems = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    questionnaire.sources().forEach(source -> declared.add(source.id()));
    Set<String> cited = new HashSet<>();
    for (Question question : questionnaire.questions()) {
      check("question `" + question.id() + "`", question.sources(), question.at(), declared, cited, problems);
    }
    for (Advice advice : questionnaire.advice()) {
      check("advice `" + advice.id() + "`", advice.sources(), advice.at(), declared, cited, problems);
    }
    for (Source source : questionnaire.sources()) {
      if (!cited.contains(source.id())) {
        problems.add(Problem.warning(source.at(), "source", "source `" + source.id()
            + "` is declared but no question or advice cites it"));
      }
    }
    return problems;
  }

  private static void check(String what, List<String> sources, Location at, Set<String> declared, Set<String> cited,
      List<Problem> problems) {
    if (sources.isEmpty()) {
      problems.add(Problem.warning(at, "source", what + " names no `source` it rests on"));
    }
    for (String source : sources) {
      cited.add(source);
      if (!declared.isEmpty() && !declared.contains(source)) {
        problems.add(Problem.error(at, "source", what + " cites `" + source + "`, which `sources` does not declare"
            + Suggestion.didYouMean(source, declared)));
      }
    }
  }
}
