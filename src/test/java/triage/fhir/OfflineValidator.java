package triage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HL7's FHIR validator (the {@code InstanceValidator}, through HAPI's {@code FhirInstanceValidator}),
 * with no network: the R4 core definitions come from the {@code hapi-fhir-validation-resources-r4}
 * jar, SDC's from the npm package under {@code src/test/resources/packages}, and our questionnaires
 * and code systems are served from memory, so that responses are checked against them (linkIds,
 * options, required items, enableWhen and enableWhenExpression). No terminology server is in the
 * chain, so nothing can reach the network. Building it costs seconds: make one per test class.
 */
final class OfflineValidator {

  static final FhirContext CONTEXT = FhirContext.forR4Cached();

  private final FhirValidator validator;

  /** A validator that knows these questionnaires and code-system bundles (as our export writes them). */
  OfflineValidator(List<String> questionnaires, List<String> codeSystemBundles) {
    PrePopulatedValidationSupport codeSystems = new PrePopulatedValidationSupport(CONTEXT);
    for (String json : codeSystemBundles) {
      Bundle bundle = CONTEXT.newJsonParser().parseResource(Bundle.class, json);
      bundle.getEntry().forEach(entry -> codeSystems.addCodeSystem((CodeSystem) entry.getResource()));
    }
    Map<String, Questionnaire> byUrl = new HashMap<>();
    for (String json : questionnaires) {
      Questionnaire questionnaire = CONTEXT.newJsonParser().parseResource(Questionnaire.class, json);
      byUrl.put(questionnaire.getUrl(), questionnaire);
      byUrl.put(questionnaire.getUrl() + "|" + questionnaire.getVersion(), questionnaire);
    }
    NpmPackageValidationSupport sdc = new NpmPackageValidationSupport(CONTEXT);
    try {
      sdc.loadPackageFromClasspath("classpath:packages/hl7.fhir.uv.sdc-4.0.0-ballot.tgz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // PrePopulatedValidationSupport passes over Questionnaires: served here by canonical URL.
    IValidationSupport ours = new IValidationSupport() {
      @Override
      public FhirContext getFhirContext() {
        return CONTEXT;
      }

      @Override
      public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
        Questionnaire found = url == null ? null : byUrl.get(url);
        return found != null && type != null && type.isInstance(found) ? type.cast(found) : null;
      }
    };
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT), sdc,
        codeSystems, ours, new CommonCodeSystemsTerminologyService(CONTEXT),
        new InMemoryTerminologyServerValidationSupport(CONTEXT), new SnapshotGeneratingValidationSupport(CONTEXT));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
    instanceValidator.setAnyExtensionsAllowed(false); // an extension it cannot resolve is an error, not a note
    validator = CONTEXT.newValidator();
    validator.registerValidatorModule(instanceValidator);
  }

  /** Every message about {@code json}. */
  List<SingleValidationMessage> validate(String json) {
    return validator.validateWithResult(json).getMessages();
  }

  static boolean isError(SingleValidationMessage message) {
    return message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL;
  }

  static String format(List<SingleValidationMessage> messages) {
    StringBuilder text = new StringBuilder();
    for (SingleValidationMessage m : messages) {
      text.append(String.format("  %-11s %s %s [%s]%n", m.getSeverity(), m.getLocationString(), m.getMessage(),
          m.getMessageId()));
    }
    return text.toString();
  }
}
