package triage.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import triage.walk.Step;
import triage.walk.Verdict;

/**
 * The export checked by real tools, not by our reading of the standard: HL7's validator, offline,
 * finds no error in the exported Questionnaire of the built-in file, of the small test tree and of
 * random questionnaires, nor in the responses we export for their walks (checked against the
 * questionnaire: linkIds, options, ranges, required items, and items answered while disabled);
 * and HL7's FHIRPath engine, run on each response, enables exactly the questions our walker asked,
 * calculates the level our walker gave, and shows its outcome and advice.
 */
class FhirValidationTest {

  static List<Samples.Sample> samples;
  static OfflineValidator validator;
  static FHIRPathEngine fhirPath;

  @BeforeAll
  static void exportAndBuildTheValidator() {
    samples = Samples.all(12, 10);
    validator = new OfflineValidator(samples.stream().map(s -> FhirForms.questionnaire(s.questionnaire())).toList(),
        samples.stream().map(s -> FhirForms.codeSystems(s.questionnaire())).toList());
    fhirPath = new FHIRPathEngine(new HapiWorkerContext(OfflineValidator.CONTEXT,
        new DefaultProfileValidationSupport(OfflineValidator.CONTEXT)));
  }

  @Test
  void everyExportedQuestionnaireIsValid() throws IOException {
    triage.model.Questionnaire builtIn = samples.get(0).questionnaire();
    String response = FhirForms.response(builtIn, Samples.verdict(builtIn, Samples.walk(builtIn, Map.of())));
    // What the validator says of the built-in export, for a person to read (target/fhir-validation.txt).
    Files.writeString(Path.of("target", "fhir-validation.txt"), "Questionnaire (built-in):\n"
        + OfflineValidator.format(validator.validate(FhirForms.questionnaire(builtIn)))
        + "QuestionnaireResponse (built-in, every question no):\n"
        + OfflineValidator.format(validator.validate(response)));
    for (Samples.Sample sample : samples) {
      assertNoErrors(sample.name() + " questionnaire", FhirForms.questionnaire(sample.questionnaire()));
      assertNoErrors(sample.name() + " code systems", FhirForms.codeSystems(sample.questionnaire()));
    }
  }

  @Test
  void everyExportedResponseIsValidAgainstItsQuestionnaire() {
    for (Samples.Sample sample : samples) {
      // Validating a response evaluates every expression of the form: a few walks each keep this quick.
      for (Map<String, String> answers : sample.answerSets().subList(0, sample.name().equals("built-in") ? 6 : 1)) {
        Verdict verdict = Samples.verdict(sample.questionnaire(), answers);
        assertNoErrors(sample.name() + " response to " + answers, FhirForms.response(sample.questionnaire(), verdict));
      }
    }
  }

  /** The validator reads our logic: a skipped question answered, or an asked one left out, is an error. */
  @Test
  void theValidatorRefusesAResponseThatDoesNotFollowTheWalk() {
    triage.model.Questionnaire builtIn = samples.get(0).questionnaire();
    Verdict verdict = Samples.verdict(builtIn, Samples.walk(builtIn, Map.of("fever", "yes")));
    assertTrue(verdict.path().stream().noneMatch(step -> step.question().id().equals("weakness")),
        "skipped at urgent: " + verdict.path());
    QuestionnaireResponse response = OfflineValidator.CONTEXT.newJsonParser()
        .parseResource(QuestionnaireResponse.class, FhirForms.response(builtIn, verdict));
    List<QuestionnaireResponseItemComponent> items = response.getItem();
    int after = items.indexOf(
        items.stream().filter(i -> i.getLinkId().equals("new_weakness")).findFirst().orElseThrow());
    QuestionnaireResponseItemComponent weakness = items.get(after).copy().setLinkId("weakness");
    items.add(after + 1, weakness);
    List<SingleValidationMessage> skippedAnswered = validator.validate(encode(response));
    assertTrue(skippedAnswered.stream().anyMatch(m -> OfflineValidator.isError(m)
        && m.getMessageId().equals("Questionnaire_QR_Item_NotEnabled2")), OfflineValidator.format(skippedAnswered));

    items.remove(after + 1);
    items.removeIf(item -> item.getLinkId().equals("injury"));
    List<SingleValidationMessage> askedLeftOut = validator.validate(encode(response));
    assertTrue(askedLeftOut.stream().anyMatch(m -> OfflineValidator.isError(m) && m.getMessage().contains("injury")),
        OfflineValidator.format(askedLeftOut));
  }

  private static String encode(QuestionnaireResponse response) {
    return OfflineValidator.CONTEXT.newJsonParser().encodeResourceToString(response);
  }

  @Test
  void theFormEnablesExactlyTheQuestionsOurWalkerAsksAndShowsItsLevel() {
    int walks = 0;
    for (Samples.Sample sample : samples) {
      Questionnaire form = OfflineValidator.CONTEXT.newJsonParser()
          .parseResource(Questionnaire.class, FhirForms.questionnaire(sample.questionnaire()));
      for (Map<String, String> answers : sample.answerSets()) {
        Verdict verdict = Samples.verdict(sample.questionnaire(), answers);
        QuestionnaireResponse response = OfflineValidator.CONTEXT.newJsonParser()
            .parseResource(QuestionnaireResponse.class, FhirForms.response(sample.questionnaire(), verdict));
        Set<String> asked = new HashSet<>();
        for (Step step : verdict.path()) {
          asked.add(step.question().id());
        }
        Set<String> enabled = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        Set<String> advice = new HashSet<>();
        String level = null;
        for (QuestionnaireItemComponent item : form.getItem()) {
          String[] own = item.getLinkId().split(":");
          if (sample.questionnaire().question(item.getLinkId()).isPresent() && enabled(item, response)) {
            enabled.add(item.getLinkId());
          } else if (own[0].equals("triage") && own.length > 2 && enabled(item, response)) {
            // triage:outcome:ID:LEVEL, triage:outcome:ID:LEVEL:ADVICE, triage:advice:ADVICE
            if (own[1].equals("outcome") && own.length == 4) {
              outcomes.add(own[2]);
            } else {
              advice.add(own[own.length - 1]);
            }
          }
          if (item.getLinkId().equals(FhirNames.LEVEL_ITEM)) {
            List<Base> calculated = evaluate(response, expression(item, FhirNames.CALCULATED_EXPRESSION));
            level = calculated.isEmpty() ? null : calculated.get(0).primitiveValue();
          }
        }
        String where = sample.name() + " " + answers;
        assertEquals(asked, enabled, where);
        assertEquals(verdict.level().word(), level, where);
        assertEquals(Set.of(verdict.outcome().id()), outcomes, where);
        assertEquals(verdict.advice().stream().map(a -> a.id()).collect(Collectors.toSet()), advice, where);
        walks++;
      }
    }
    assertTrue(walks >= 200, "only " + walks + " walks");
  }

  private static boolean enabled(QuestionnaireItemComponent item, QuestionnaireResponse response) {
    String expression = expression(item, FhirNames.ENABLE_WHEN_EXPRESSION);
    if (expression != null) {
      List<Base> result = evaluate(response, expression);
      return result.size() == 1 && ((BooleanType) result.get(0)).booleanValue();
    }
    if (!item.hasEnableWhen()) {
      return true;
    }
    Map<String, QuestionnaireResponseItemComponent> answered = new LinkedHashMap<>();
    response.getItem().forEach(given -> answered.put(given.getLinkId(), given));
    List<Boolean> conditions = new ArrayList<>();
    for (QuestionnaireItemEnableWhenComponent when : item.getEnableWhen()) {
      QuestionnaireResponseItemComponent given = answered.get(when.getQuestion());
      boolean holds = given != null && given.getAnswer().stream().anyMatch(answer -> when.hasAnswerCoding()
          ? answer.getValue() instanceof Coding coding && coding.getCode().equals(when.getAnswerCoding().getCode())
          : answer.getValue() instanceof BooleanType bool
              && bool.booleanValue() == when.getAnswerBooleanType().booleanValue());
      conditions.add(holds);
    }
    return conditions.contains(true);
  }

  private static String expression(QuestionnaireItemComponent item, String url) {
    return item.hasExtension(url) ? ((Expression) item.getExtensionByUrl(url).getValue()).getExpression() : null;
  }

  private static List<Base> evaluate(QuestionnaireResponse response, String expression) {
    return fhirPath.evaluate(null, response, response, response, fhirPath.parse(expression));
  }

  private static void assertNoErrors(String what, String json) {
    List<SingleValidationMessage> messages = validator.validate(json);
    assertTrue(messages.stream().noneMatch(OfflineValidator::isError), what + ":\n" + OfflineValidator.format(messages)
        + json.substring(0, Math.min(json.length(), 3000)));
  }
}
