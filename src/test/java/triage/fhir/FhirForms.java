package triage.fhir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import triage.model.Questionnaire;
import triage.render.Messages;
import triage.render.Wording;
import triage.walk.Verdict;

/** The export's resources as JSON text, for tests. */
final class FhirForms {

  private FhirForms() {}

  static String questionnaire(Questionnaire questionnaire) {
    return json(new QuestionnaireExport(questionnaire, Optional.of("112")).questionnaire());
  }

  static String codeSystems(Questionnaire questionnaire) {
    return json(CodeSystems.bundle(questionnaire));
  }

  static String response(Questionnaire questionnaire, Verdict verdict) {
    Wording wording = new Wording(questionnaire, questionnaire.language(), Optional.of("112"),
        Messages.of(questionnaire.language()));
    return json(new ResponseExport(questionnaire, wording).response(verdict, Optional.empty()));
  }

  static String json(Map<String, Object> resource) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Resources.writePretty(out, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
