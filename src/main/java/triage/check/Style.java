package triage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.text.Wrap;

/**
 * What makes a questionnaire harder to use, without making it unsafe (warnings): a question too
 * long for three lines of an 80-column terminal, and a red flag without help.
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
    }
    return problems;
  }
}
