package triage.fhir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.ChoiceQuestion;
import triage.model.NumberQuestion;
import triage.model.Questionnaire;
import triage.render.Wording;
import triage.walk.Step;
import triage.walk.Verdict;

/**
 * A verdict as a FHIR R4 {@code QuestionnaireResponse} to the exported questionnaire: the answers
 * of the walk by linkId (in the questionnaire's order, as FHIR wants), the level in the read-only
 * level item, and a contained {@code RiskAssessment} with the level as its qualitative risk, the
 * outcome, and the advice as its mitigation.
 */
public final class ResponseExport {

  private final Questionnaire questionnaire;
  private final Wording wording;

  public ResponseExport(Questionnaire questionnaire, Wording wording) {
    this.questionnaire = questionnaire;
    this.wording = wording;
  }

  /** The response, with the answer set's own id as its identifier when it has one. */
  public Map<String, Object> response(Verdict verdict, Optional<String> id) {
    Map<String, Object> response = JsonTree.object("resourceType", "QuestionnaireResponse");
    response.put("contained", List.of(riskAssessment(verdict)));
    id.ifPresent(value -> response.put("identifier", JsonTree.object("value", value)));
    response.put("questionnaire", FhirNames.versioned(questionnaire));
    response.put("status", "completed");
    List<Object> items = new ArrayList<>();
    List<Step> inOrder = new ArrayList<>(verdict.path());
    List<String> ids = questionnaire.questions().stream().map(q -> q.id()).toList();
    inOrder.sort(Comparator.comparingInt(step -> ids.indexOf(step.question().id())));
    for (Step step : inOrder) {
      items.add(item(step));
    }
    items.add(JsonTree.object("linkId", FhirNames.LEVEL_ITEM,
        "answer", List.of(JsonTree.object("valueString", verdict.level().word()))));
    response.put("item", items);
    return response;
  }

  private Map<String, Object> item(Step step) {
    String id = step.question().id();
    String value = step.answer().value();
    Object answer;
    if (step.question() instanceof NumberQuestion number) {
      if (number.unsure().isPresent() && step.answer() == number.unsure().get()) {
        return JsonTree.object("linkId", FhirNames.unsure(id),
            "answer", List.of(JsonTree.object("valueBoolean", true)));
      }
      answer = JsonTree.object("valueInteger", Long.parseLong(step.given().strip()));
    } else {
      String system = step.question() instanceof ChoiceQuestion
          ? FhirNames.options(questionnaire, id) : FhirNames.ANSWERS;
      answer = JsonTree.object("valueCoding", JsonTree.object("system", system, "code", value));
    }
    return JsonTree.object("linkId", id, "answer", List.of(answer));
  }

  /** The verdict as a record system reads a risk: the level, the outcome, what to do. */
  private Map<String, Object> riskAssessment(Verdict verdict) {
    Map<String, Object> prediction = JsonTree.object(
        "outcome", JsonTree.object("coding", List.of(JsonTree.object("system", FhirNames.outcomes(questionnaire),
            "code", verdict.outcome().id())), "text", wording.of(verdict.outcome().title())),
        "qualitativeRisk", JsonTree.object("coding", List.of(JsonTree.object("system", FhirNames.LEVELS,
            "code", verdict.level().word(), "display", verdict.level().word()))));
    Map<String, Object> risk = JsonTree.object("resourceType", "RiskAssessment", "id", "verdict", "status", "final",
        "subject", JsonTree.object("display", "the person who answered"),
        "basis", List.of(JsonTree.object("reference", "#")),
        "prediction", List.of(prediction));
    if (!verdict.advice().isEmpty()) {
      risk.put("mitigation", String.join("\n", verdict.advice().stream().map(a -> wording.of(a.text())).toList()));
    }
    return risk;
  }
}
