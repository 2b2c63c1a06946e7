package triage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Screen;
import triage.text.Wrap;

/**
 * What makes a questionnaire harder to use, without making it unsafe (warnings): a question too
 * long for three lines of an 80-column terminal, a screen of questions too long for a 24-row one, a
 * safety net in brief too long for the two lines the verdict's summary gives it, and a red flag
 * without help.
 */
final class Style {

  static final int COLUMNS = 80;
  static final int LINES = 3;
  /** A screen of questions must leave room on 24 rows for its heading, how to answer and the prompt. */
  static final int SCREEN_LINES = 18;
  /** The summary gives the safety net in brief two lines, after "Sooner: ". */
  static final int BRIEF_LINES = 2;

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
    for (Screen screen : questionnaire.screens()) {
      for (String language : questionnaire.languages()) {
        int lines = 0;
        for (String id : screen.questions()) {
          lines += questionnaire.question(id).map(q -> Wrap.lines(q.text().in(language), COLUMNS, "  1) ", "     ").size())
              .orElse(0);
        }
        if (lines > SCREEN_LINES) {
          problems.add(Problem.warning(screen.at(), "length", "screen `" + screen.id() + "` (" + language + ") lists "
              + lines + " lines of questions on an " + COLUMNS + "-column terminal; keep it to " + SCREEN_LINES
              + " so that it fits 24 rows, or split it in two"));
        }
      }
    }
    questionnaire.notices().seekHelpIfBrief().forEach((level, brief) -> {
      for (Map.Entry<String, String> text : brief.byLanguage().entrySet()) {
        int lines = Wrap.lines("Sooner: " + text.getValue(), COLUMNS, "", "  ").size();
        if (lines > BRIEF_LINES) {
          problems.add(Problem.warning(questionnaire.notices().at(), "length", "notice `seek_help_if_brief` for "
              + level.word() + " (" + text.getKey() + ") takes " + lines + " lines of an " + COLUMNS
              + "-column terminal; the verdict's summary shows " + BRIEF_LINES));
        }
      }
    });
    return problems;
  }
}
