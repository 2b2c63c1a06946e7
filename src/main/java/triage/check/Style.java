package triage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import triage.model.Advice;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.text.Wrap;

/**
 * What makes a questionnaire harder to use or to trust, without making it unsafe (warnings): a
 * question too long for three lines of an 80-column terminal, a red flag without help, a question
 * or advice without a source. And one error: an outcome that gives no advice.
 */
final class Style {

  static final int COLUMNS = 80;
  static final int LINES = 3;

  private Style() {}

  static List<Problem> problems(Questionnaire questionnaire) {
    List<Problem> problems = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      for (Map.Entry<String, String> text : question.text().byLanguage().entrySet()) {
        // One line always fits; only a longer text is worth wrapping to count its lines.
        int lines = text.getValue().length() <= COLUMNS ? 1 : Wrap.lines(text.getValue(), COLUMNS, "", "").size();
        if (lines > LINES) {
          problems.add(Problem.warning(question.at(), "length", "question `" + question.id() + "`"
              + (question.text().byLanguage().size() > 1 ? " (" + text.getKey() + ")" : "") + " takes " + lines
              + " lines of an " + COLUMNS + "-column terminal; keep a question to " + LINES
              + " and put the rest in `help`"));
        }
      }
      if (question.redFlag().isPresent() && question.help().isEmpty()) {
        problems.add(Problem.warning(question.at(), "help", "red flag `" + question.id()
            + "` has no `help`: people who are unsure need it most"));
      }
      if (question.sources().isEmpty()) {
        problems.add(Problem.warning(question.at(), "source", "question `" + question.id()
            + "` names no `source` it rests on"));
      }
    }
    for (Advice advice : questionnaire.advice()) {
      if (advice.sources().isEmpty()) {
        problems.add(Problem.warning(advice.at(), "source", "advice `" + advice.id() + "` names no `source` it rests on"));
      }
    }
    for (Outcome outcome : questionnaire.outcomes()) {
      if (outcome.advice().isEmpty()) {
        problems.add(Problem.error(outcome.at(), "no-advice", "outcome `" + outcome.id()
            + "` gives no advice: say what to do"));
      }
    }
    return problems;
  }
}
