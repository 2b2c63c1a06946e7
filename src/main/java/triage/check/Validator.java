package triage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import triage.load.Loaded;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.walk.StepRule;

/**
 * Every check at once, for {@code triage validate}: what loading found (syntax, keys, types,
 * references, duplicates, loops, ranges), then what no walk can reach and dead ends, sources,
 * placeholders and reading grades, advice that fits its outcomes, the safety of red flags, their
 * coverage and that of follow-ups, the safety net of every level, style and translations. Rules that need a sound graph run only when it is one, so
 * one broken reference does not drown the report. Every rule that follows walks moves by the one
 * {@link StepRule}.
 */
public final class Validator {

  /** Errors after which the graph cannot be trusted for the safety and coverage rules. */
  private static final Set<String> GRAPH_BREAKING = Set.of("syntax", "size", "reference", "cycle", "duplicate-id");

  private Validator() {}

  public static List<Problem> validate(Loaded loaded) {
    List<Problem> problems = new ArrayList<>(loaded.problems());
    if (loaded.questionnaire().isEmpty()) {
      return problems;
    }
    Questionnaire questionnaire = loaded.questionnaire().get();
    StepRule rule = new StepRule(questionnaire);
    // Routes into a question or outcome that could not be read, or from a start that names nothing,
    // would make every later one look unreachable or a dead end: only the cause is said.
    boolean whole = loaded.unread().isEmpty() && rule.start() != StepRule.NOWHERE;
    if (whole) {
      problems.addAll(Reachability.problems(questionnaire, rule));
    }
    problems.addAll(Style.problems(questionnaire));
    problems.addAll(Sources.problems(questionnaire));
    problems.addAll(Texts.problems(questionnaire));
    problems.addAll(AdviceFit.problems(questionnaire));
    problems.addAll(Translations.problems(questionnaire));
    boolean sound = loaded.problems().stream()
        .noneMatch(problem -> problem.isError() && GRAPH_BREAKING.contains(problem.rule()));
    if (sound && whole) {
      problems.addAll(Safety.problems(rule));
      problems.addAll(Coverage.problems(rule));
      problems.addAll(SafetyNet.problems(questionnaire, rule));
    }
    problems.sort(Problem.IN_FILE_ORDER);
    return problems;
  }
}
