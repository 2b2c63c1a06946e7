package triage.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import triage.model.Advice;
import triage.model.AnswerWords;
import triage.model.Questionnaire;
import triage.model.Scenario;
import triage.model.YesNoQuestion;
import triage.text.Suggestion;
import triage.walk.AnswerParser;
import triage.walk.AnswerSheet;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walker;

/** Runs scenarios through the walker and says, for each, whether the verdict is the one expected. */
public final class ScenarioCheck {

  /** One scenario's result: what went wrong (nothing, when it passed) and the path actually taken. */
  public record Result(Scenario scenario, List<String> failures, List<Step> path) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private ScenarioCheck() {}

  public static List<Result> run(Walker walker, List<Scenario> scenarios) {
    return scenarios.stream().map(scenario -> run(walker, scenario)).toList();
  }

  /**
   * Runs a scenario in the walker's language: yes, no and unsure are given as that language's words
   * (so its words are what is read), and every text the verdict shows must exist in that language.
   */
  public static Result run(Walker walker, Scenario scenario) {
    Questionnaire questionnaire = walker.questionnaire();
    AnswerWords words = questionnaire.words(walker.language());
    Map<String, String> answers = new LinkedHashMap<>();
    scenario.answers().forEach((id, value) -> answers.put(id,
        YesNoQuestion.VALUES.contains(value) ? words.shown(value) : value));
    AnswerSheet.Checked checked = AnswerSheet.check(walker, answers);
    if (checked instanceof AnswerSheet.Unknown unknown) {
      return failed(scenario, "answers question `" + unknown.id() + "`, which does not exist"
          + unknown.didYouMean().map(id -> "; did you mean `" + id + "`?").orElse(""));
    }
    if (checked instanceof AnswerSheet.Invalid invalid) {
      return failed(scenario, "answers `" + invalid.value() + "` to question `" + invalid.question().id()
          + "`, which accepts " + AnswerParser.describe(invalid.question()));
    }
    List<String> unknown = unknownIds(questionnaire, scenario);
    if (!unknown.isEmpty()) {
      return new Result(scenario, unknown, List.of());
    }
    AnswerSheet.Reached result = ((AnswerSheet.Accepted) checked).sheet().walk(walker);
    if (result instanceof AnswerSheet.Missing missing) {
      return new Result(scenario, List.of("the walk reached question `" + missing.question().id()
          + "`, which the scenario does not answer"), missing.walk().steps());
    }
    Verdict verdict = ((AnswerSheet.Finished) result).verdict();
    List<String> failures = new ArrayList<>();
    if (verdict.level() != scenario.level()) {
      failures.add("expected level " + scenario.level().word() + ", got " + verdict.level().word());
    }
    scenario.outcome().filter(id -> !id.equals(verdict.outcome().id())).ifPresent(id ->
        failures.add("expected outcome `" + id + "`, got `" + verdict.outcome().id() + "`"));
    Set<String> advice = verdict.advice().stream().map(Advice::id).collect(Collectors.toSet());
    for (String id : scenario.adviceIncluded()) {
      if (!advice.contains(id)) {
        failures.add("expected advice `" + id + "`, which is not given");
      }
    }
    for (String id : scenario.adviceExcluded()) {
      if (advice.contains(id)) {
        failures.add("advice `" + id + "` is given, but should not be");
      }
    }
    untranslated(verdict, questionnaire, walker.language()).forEach(what ->
        failures.add(what + " has no `" + walker.language() + "` text"));
    return new Result(scenario, failures, verdict.path());
  }

  /**
   * Outcome and advice ids the scenario names that the questionnaire does not have, with a
   * did-you-mean: a typo in {@code advice_excludes} would otherwise pass whatever is given.
   */
  private static List<String> unknownIds(Questionnaire questionnaire, Scenario scenario) {
    List<String> unknown = new ArrayList<>();
    Set<String> outcomes = questionnaire.outcomes().stream().map(o -> o.id()).collect(Collectors.toSet());
    Set<String> advice = questionnaire.advice().stream().map(Advice::id).collect(Collectors.toSet());
    scenario.outcome().filter(id -> !outcomes.contains(id)).ifPresent(id -> unknown.add("expects outcome `" + id
        + "`, which does not exist" + Suggestion.didYouMean(id, outcomes)));
    for (List<String> ids : List.of(scenario.adviceIncluded(), scenario.adviceExcluded())) {
      ids.stream().filter(id -> !advice.contains(id)).forEach(id -> unknown.add("names advice `" + id
          + "`, which does not exist" + Suggestion.didYouMean(id, advice)));
    }
    return unknown;
  }

  /** What the verdict would show in the default language for want of a translation. */
  private static List<String> untranslated(Verdict verdict, Questionnaire questionnaire, String language) {
    List<String> missing = new ArrayList<>();
    if (!verdict.outcome().title().has(language)) {
      missing.add("outcome `" + verdict.outcome().id() + "` title");
    }
    verdict.advice().stream().filter(a -> !a.text().has(language)).forEach(a -> missing.add("advice `" + a.id() + "`"));
    verdict.path().stream().filter(step -> !step.question().text().has(language))
        .forEach(step -> missing.add("question `" + step.question().id() + "`"));
    if (!questionnaire.notices().notADiagnosis().has(language)) {
      missing.add("notice `not_a_diagnosis`");
    }
    return missing;
  }

  private static Result failed(Scenario scenario, String failure) {
    return new Result(scenario, List.of(failure), List.of());
  }
}
