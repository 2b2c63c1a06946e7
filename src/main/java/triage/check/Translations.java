package triage.check;

import java.util.ArrayList;
import java.util.List;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.model.TextSite;

/**
 * Texts missing a translation (warnings): people asked in that language would see the default
 * language instead, mid-questionnaire.
 */
final class Translations {

  private Translations() {}

  static List<Problem> problems(Questionnaire questionnaire) {
    List<Problem> problems = new ArrayList<>();
    List<String> languages = questionnaire.languages();
    for (TextSite site : questionnaire.texts()) {
      for (String language : languages) {
        if (!site.text().has(language)) {
          problems.add(Problem.warning(site.at(), "translation",
              site.what() + " has no `" + language + "` translation"));
        }
      }
    }
    return problems;
  }
}
