package triage.check;

import java.util.ArrayList;
import java.util.List;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.model.TextSite;
import triage.text.Suggestion;

/**
 * Texts missing a translation (warnings): people asked in that language would see the default
 * language instead, mid-questionnaire. And texts in a language `languages:` does not list (errors):
 * no one is ever asked in it, so the words, perhaps a whole translation, are silently never shown.
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
      for (String language : site.text().byLanguage().keySet()) {
        if (!languages.contains(language)) {
          problems.add(Problem.error(site.at(), "translation", site.what() + " has a `" + language + "` text, but"
              + " `languages` does not list `" + language + "`, so it is never shown; add `" + language
              + "` to `languages`, or remove the text" + Suggestion.didYouMean(language, languages)));
        }
      }
    }
    return problems;
  }
}
