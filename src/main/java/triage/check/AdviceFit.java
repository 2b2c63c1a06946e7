package triage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Outcome;
import triage.model.Problem;
import triage.model.Questionnaire;

/**
 * Advice fits the verdicts that give it: an outcome names only advice that may be given at its own
 * level (its words are used only for verdicts of that level), and it always has some advice left
 * whatever the answers (advice with no {@code unless}), so no verdict says nothing about what to do.
 */
final class AdviceFit {

  private AdviceFit() {}

  static List<Problem> problems(Questionnaire questionnaire) {
    List<Problem> problems = new ArrayList<>();
    for (Outcome outcome : questionnaire.outcomes()) {
      String o = "outcome `" + outcome.id() + "` (" + outcome.level().word() + ")";
      if (outcome.advice().isEmpty()) {
        problems.add(Problem.error(outcome.at(), "no-advice", o + " gives no advice: say what to do"));
        continue;
      }
      boolean always = false;
      for (String id : outcome.advice()) {
        Optional<Advice> advice = questionnaire.advice(id);
        if (advice.isEmpty()) {
          continue; // a reference error, reported when loading
        }
        if (!advice.get().givenAt(outcome.level())) {
          problems.add(Problem.error(outcome.at(), "advice", o + " names advice `" + id + "`, which is given only at "
              + String.join(", ", advice.get().levels().stream().map(level -> level.word()).toList())
              + ": it would never be shown"));
        } else if (advice.get().unless().isEmpty()) {
          always = true;
        }
      }
      if (!always) {
        problems.add(Problem.error(outcome.at(), "no-advice", o + " can end with no advice at all: each piece it"
            + " names is left out at its level or after some answers; give it one that always applies"));
      }
    }
    return problems;
  }
}
