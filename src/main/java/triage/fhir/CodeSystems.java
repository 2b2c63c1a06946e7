package triage.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import triage.model.Answer;
import triage.model.ChoiceQuestion;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.YesNoQuestion;
import triage.render.Messages;
import triage.render.Wording;

/**
 * The code systems the export's codings come from: yes/no/unsure, the four levels, the outcomes, and each
 * choice question's options, as a FHIR {@code Bundle} of type collection, for a terminology server
 * or a validator to load beside the questionnaire.
 */
public final class CodeSystems {

  private CodeSystems() {}

  public static Map<String, Object> bundle(Questionnaire questionnaire) {
    List<Object> entries = new ArrayList<>();
    String language = questionnaire.language();
    Wording words = new Wording(questionnaire, language, Optional.empty(), Messages.of(language));
    List<Object> answers = new ArrayList<>();
    for (String value : YesNoQuestion.VALUES) {
      answers.add(JsonTree.object("code", value, "display", value));
    }
    entries.add(entry(codeSystem("triage-answers", FhirNames.ANSWERS, "TriageAnswers", "Answers to a yes/no question",
        answers)));
    List<Object> levels = new ArrayList<>();
    for (Level level : Level.values()) {
      levels.add(JsonTree.object("code", level.word(), "display", level.word()));
    }
    entries.add(entry(codeSystem("triage-levels", FhirNames.LEVELS, "TriageLevels", "How urgent a verdict is",
        levels)));
    List<Object> outcomes = new ArrayList<>();
    for (Outcome outcome : questionnaire.outcomes()) {
      outcomes.add(JsonTree.object("code", outcome.id(), "display", words.of(outcome.title())));
    }
    entries.add(entry(codeSystem(FhirNames.resourceId(questionnaire.id() + "-outcomes"),
        FhirNames.outcomes(questionnaire), FhirNames.name(questionnaire.id() + "_outcomes"),
        "Outcomes of " + questionnaire.id(), outcomes)));
    for (Question question : questionnaire.questions()) {
      if (question instanceof ChoiceQuestion) {
        List<Object> options = new ArrayList<>();
        for (Answer answer : question.answers()) {
          options.add(JsonTree.object("code", answer.value(), "display", words.of(answer.label())));
        }
        entries.add(entry(codeSystem(FhirNames.resourceId(questionnaire.id() + "-" + question.id()),
            FhirNames.options(questionnaire, question.id()),
            FhirNames.name(questionnaire.id() + "_" + question.id()), "Options of " + question.id(), options)));
      }
    }
    return JsonTree.object("resourceType", "Bundle", "type", "collection", "entry", entries);
  }

  private static Map<String, Object> entry(Map<String, Object> resource) {
    // A collection's entries need a fullUrl: a name-based UUID of the canonical URL, the same on every export.
    return JsonTree.object("fullUrl", "urn:uuid:" + UUID.nameUUIDFromBytes(((String) resource.get("url"))
        .getBytes(StandardCharsets.UTF_8)), "resource", resource);
  }

  private static Map<String, Object> codeSystem(String id, String url, String name, String title,
      List<Object> concepts) {
    return JsonTree.object("resourceType", "CodeSystem", "id", id, "url", url, "name", name, "title", title,
        "status", "draft", "caseSensitive", true, "content", "complete", "count", concepts.size(),
        "concept", concepts);
  }
}
