package triage.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import triage.load.AnswersFile;
import triage.walk.Verdict;

/**
 * Answers out and back in: for every answer set, the verdict from our answers equals the verdict
 * from the QuestionnaireResponse we export for them, read back by linkId.
 */
class FhirRoundTripTest {

  @Test
  void theVerdictFromAnExportedResponseIsTheVerdictOfItsAnswers() {
    int cases = 0;
    for (Samples.Sample sample : Samples.all(300, 10)) {
      for (Map<String, String> answers : sample.answerSets()) {
        Verdict ours = Samples.verdict(sample.questionnaire(), answers);
        byte[] response = FhirForms.response(sample.questionnaire(), ours).getBytes(StandardCharsets.UTF_8);
        AnswersFile.Read read = ResponseImport.read("response.json", response, 0, response.length,
            sample.questionnaire()).orElseThrow();
        String where = sample.name() + " " + answers;
        assertEquals(List.of(), read.problems(), where);
        Verdict back = Samples.verdict(sample.questionnaire(), read.answers());
        assertEquals(ours.level(), back.level(), where);
        assertEquals(ours.outcome().id(), back.outcome().id(), where);
        assertEquals(ours.path(), back.path(), where);
        assertEquals(ours.advice(), back.advice(), where);
        cases++;
      }
    }
    assertTrue(cases >= 3000, "only " + cases + " answer sets");
  }
}
