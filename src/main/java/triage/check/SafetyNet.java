package triage.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import triage.model.Level;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.walk.StepRule;

/**
 * Every verdict below emergency carries a safety net: for each level a walk can end at, the file
 * says what should bring the person back sooner and which signs mean calling the emergency number
 * now ({@code notices: seek_help_if}). A level without one is an error.
 */
final class SafetyNet {

  private SafetyNet() {}

  static List<Problem> problems(Questionnaire questionnaire, StepRule rule) {
    boolean[] reached = rule.reachable(state -> true);
    Set<Level> given = EnumSet.noneOf(Level.class);
    for (int state = 0; state < reached.length; state++) {
      if (reached[state] && !rule.asks(state)) {
        given.add(rule.level(state));
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (Level level : given) {
      if (level != Level.EMERGENCY && questionnaire.notices().seekHelpIf(level).isEmpty()) {
        problems.add(Problem.error(questionnaire.notices().at(), "safety-net", "`notices` has no `seek_help_if` for "
            + level.word() + ", a level verdicts here can have: say what should bring the person back sooner,"
            + " and which signs mean calling {emergency_number} now"));
      }
    }
    return problems;
  }
}
