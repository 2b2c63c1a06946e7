package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** {@code export --format fhir-r4}, and FHIR QuestionnaireResponses out of and into {@code run} and {@code batch}. */
class FhirCommandsTest {

  @TempDir
  Path dir;

  @Test
  void exportWritesTheBuiltInQuestionnaireAsAFhirQuestionnaire() {
    Cli.Result result = Cli.run("", "export", "--format", "fhir-r4");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("{\n  \"resourceType\" : \"Questionnaire\",\n  \"id\" : \"upper-back-pop\",\n"
        + "  \"language\" : \"en\",\n  \"url\" : \"urn:triage:questionnaire:upper-back-pop\",\n"
        + "  \"version\" : \"2.1.0\",\n  \"name\" : \"UpperBackPop\",\n"), result.out());
    assertTrue(result.out().contains("\"status\" : \"draft\""), result.out());
    assertTrue(result.out().contains(
        "\"valueString\" : \"¿Siente que la parte alta de la espalda necesita crujir?\""), result.out());
    assertTrue(result.out().contains("\"text\" : \"Call 112 now\""), "the emergency number is filled in");
    assertEquals("", result.err());
  }

  @Test
  void exportMapsQuestionsHelpRangesOptionsAndRoutes() throws Exception {
    Cli.Result result = Cli.run("", "export", "--format", "fhir-r4", Trees.writeSmall(dir).toString());
    assertEquals(0, result.exit(), result.err());
    String out = result.out().replaceAll("\\s+", " ");
    assertTrue(out.contains("\"linkId\" : \"triage:help:chest\", \"text\" : \"Pain that spreads into the chest.\","
        + " \"type\" : \"display\""), out);
    assertTrue(out.contains("\"linkId\" : \"pops\", \"text\" : \"Pops a day?\", \"type\" : \"integer\", \"extension\" :"
        + " [ { \"url\" : \"http://hl7.org/fhir/StructureDefinition/minValue\", \"valueInteger\" : 0 }, {"
        + " \"url\" : \"http://hl7.org/fhir/StructureDefinition/maxValue\", \"valueInteger\" : 1000 } ]"), out);
    assertTrue(out.contains("\"enableWhen\" : [ { \"question\" : \"chest\", \"operator\" : \"=\", \"answerCoding\" :"
        + " { \"system\" : \"urn:triage:answers\", \"code\" : \"no\", \"display\" : \"no\" } }, { \"question\" :"
        + " \"chest\", \"operator\" : \"=\", \"answerCoding\" : { \"system\" : \"urn:triage:answers\", \"code\" :"
        + " \"unsure\", \"display\" : \"unsure\" } } ], \"enableBehavior\" : \"any\""), out);
    assertTrue(out.contains("{ \"valueCoding\" : { \"system\" : \"urn:triage:options:test:sitting\", \"code\" :"
        + " \"many\", \"display\" : \"4 hours or more\" } }"), out);
    assertTrue(out.contains("\"expression\" : \"(%resource.item.where(linkId = 'pops').answer.value.where($this >= 0"
        + " and $this <= 9).exists() or %resource.item.where(linkId = 'pops').answer.value.where($this >= 10 and"
        + " $this <= 1000).exists())\""), "sitting follows either range of pops: " + out);
  }

  @Test
  void exportRefusesAnInvalidQuestionnaireAndOtherFormats() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), Trees.small("next: numb}", "next: numbb}"));
    Cli.Result invalid = Cli.run("", "export", broken.toString());
    assertEquals(78, invalid.exit(), invalid.err());
    assertEquals("", invalid.out());
    Cli.Result json = Cli.run("", "export", "--format", "json");
    assertEquals(64, json.exit());
    assertTrue(json.err().contains("--format takes fhir-r4, not `json`"), json.err());
  }

  @Test
  void exportWritesTheCodeSystemsItsCodingsComeFrom() throws Exception {
    Cli.Result result = Cli.run("", "export", "--code-systems", Trees.writeSmall(dir).toString());
    assertEquals(0, result.exit(), result.err());
    String out = result.out().replaceAll("\\s+", " ");
    assertTrue(out.startsWith(
        "{ \"resourceType\" : \"Bundle\", \"type\" : \"collection\", \"entry\" : [ { \"fullUrl\""), out);
    for (String url : new String[] {"urn:triage:answers", "urn:triage:levels", "urn:triage:outcomes:test",
        "urn:triage:options:test:sitting"}) {
      assertTrue(out.contains("\"url\" : \"" + url + "\""), url);
    }
  }

  @Test
  void runWritesAQuestionnaireResponseWithTheLevelAndARiskAssessment() throws Exception {
    Path small = Trees.writeSmall(dir);
    Cli.Result result = Cli.run("", "--questions", small.toString(), "--format", "fhir-r4", "--answer", "chest=no",
        "--answer", "numb=yes");
    assertEquals(0, result.exit(), result.err());
    String out = result.out().replaceAll("\\s+", " ");
    assertTrue(out.startsWith("{ \"resourceType\" : \"QuestionnaireResponse\", \"contained\" : [ { \"resourceType\" :"
        + " \"RiskAssessment\", \"id\" : \"verdict\", \"status\" : \"final\""), out);
    assertTrue(out.contains("\"qualitativeRisk\" : { \"coding\" : [ { \"system\" : \"urn:triage:levels\", \"code\" :"
        + " \"urgent\", \"display\" : \"urgent\" } ] }"), out);
    assertTrue(out.contains("\"mitigation\" : \"See a doctor today.\""), out);
    assertTrue(out.endsWith("\"questionnaire\" : \"urn:triage:questionnaire:test|1.0.0\", \"status\" : \"completed\","
        + " \"item\" : [ { \"linkId\" : \"chest\", \"answer\" : [ { \"valueCoding\" : { \"system\" :"
        + " \"urn:triage:answers\", \"code\" : \"no\" } } ] }, { \"linkId\" : \"numb\", \"answer\" : [ {"
        + " \"valueCoding\" : { \"system\" : \"urn:triage:answers\", \"code\" : \"yes\" } } ] },"
        + " { \"linkId\" : \"triage:level\", \"answer\" : [ { \"valueString\" : \"urgent\" } ] } ] } "), out);
  }

  @Test
  void runTakesAQuestionnaireResponseAsAnswersByLinkId() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path response = Files.writeString(dir.resolve("response.json"), """
        {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
          {"linkId": "chest", "answer": [{"valueCoding": {"code": "no"}}]},
          {"linkId": "numb", "answer": [{"valueBoolean": false}]},
          {"linkId": "pops", "answer": [{"valueInteger": 12}]},
          {"linkId": "sitting", "answer": [{"valueCoding": {"code": "many", "display": "4 hours or more"}}]},
          {"linkId": "triage:level", "answer": [{"valueString": "self-care"}]}]}
        """);
    Cli.Result result = Cli.run("", "--questions", small.toString(), "--format", "json", "--answers",
        response.toString());
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("{\"level\":\"see-professional\",\"outcome\":\"see_pro\""), result.out());
    assertTrue(result.out().contains("\"path\":[{\"question\":\"chest\",\"text\":\"Chest pain?\",\"answer\":\"no\"},"
        + "{\"question\":\"numb\",\"text\":\"Numbness?\",\"answer\":\"no\"},{\"question\":\"pops\",\"text\":"
        + "\"Pops a day?\",\"answer\":12},{\"question\":\"sitting\",\"text\":\"Hours sitting?\","
        + "\"answer\":\"many\"}]"),
        result.out());
  }

  /** As in the exported form, where the "not sure" item beside a number routes the walk. */
  @Test
  void aNumbersNotSureItemAnswersItUnsureEvenBesideANumber() throws Exception {
    String range = "      - {min: 10, max: 1000, next: sitting, raise: see-professional}\n";
    Path questions = Files.writeString(dir.resolve("unsure.yaml"),
        Trees.small(range, range + "    unsure: {next: sitting, raise: urgent}\n"));
    String items = """
        {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
          {"linkId": "chest", "answer": [{"valueCoding": {"code": "no"}}]},
          {"linkId": "numb", "answer": [{"valueCoding": {"code": "no"}}]},
          {"linkId": "pops", "answer": [{"valueInteger": 3}]},
          NOT_SURE{"linkId": "sitting", "answer": [{"valueCoding": {"code": "few"}}]}]}
        """;
    Path sure = Files.writeString(dir.resolve("sure.json"), items.replace("NOT_SURE", ""));
    Path unsure = Files.writeString(dir.resolve("unsure.json"), items.replace("NOT_SURE",
        "{\"linkId\": \"pops:unsure\", \"answer\": [{\"valueBoolean\": true}]},"));
    Cli.Result three = Cli.run("", "--questions", questions.toString(), "--format", "json", "--answers", sure.toString());
    assertEquals(0, three.exit(), three.err());
    assertTrue(three.out().startsWith("{\"level\":\"self-care\""), three.out());
    Cli.Result notSure = Cli.run("", "--questions", questions.toString(), "--format", "json", "--answers",
        unsure.toString());
    assertEquals(0, notSure.exit(), notSure.err());
    assertTrue(notSure.out().startsWith("{\"level\":\"urgent\""), notSure.out());
    assertTrue(notSure.out().contains("{\"question\":\"pops\",\"text\":\"Pops a day?\",\"answer\":\"unsure\"}"),
        notSure.out());
  }

  @Test
  void aLinkIdThatIsNoQuestionIsAnUnknownQuestionWithADidYouMean() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path response = Files.writeString(dir.resolve("response.json"), """
        {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
          {"linkId": "chets", "answer": [{"valueCoding": {"code": "no"}}]}]}
        """);
    Cli.Result result = Cli.run("", "--questions", small.toString(), "--format", "fhir-r4", "--answers",
        response.toString());
    assertEquals(65, result.exit());
    assertEquals("", result.out());
    assertEquals("{\"error\":\"unknown-question\",\"message\":\"there is no question `chets`; did you mean `chest`?\","
        + "\"question\":\"chets\",\"did_you_mean\":\"chest\"}\n", result.err());
  }

  @Test
  void aFhirResourceOfAnotherTypeIsNotAnswers() throws Exception {
    Path patient = Files.writeString(dir.resolve("patient.json"), "{\"resourceType\": \"Patient\"}");
    Cli.Result result = Cli.run("", "--format", "json", "--answers", patient.toString());
    assertEquals(65, result.exit());
    assertTrue(result.err().contains("a FHIR resource of type `Patient`, not a QuestionnaireResponse"), result.err());
  }

  @Test
  void aResponseToAnotherVersionIsReadWithAWarning() throws Exception {
    Path small = Trees.writeSmall(dir);
    Path response = Files.writeString(dir.resolve("old.json"), """
        {"resourceType": "QuestionnaireResponse", "questionnaire": "urn:triage:questionnaire:test|0.9.0",
         "status": "completed", "item": [{"linkId": "chest", "answer": [{"valueCoding": {"code": "yes"}}]}]}
        """);
    Cli.Result result = Cli.run("", "--questions", small.toString(), "--format", "json", "--answers",
        response.toString());
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("{\"level\":\"emergency\""), result.out());
    assertEquals("triage: " + response + ":1:1: warning: this response answers"
        + " `urn:triage:questionnaire:test|0.9.0`, not `urn:triage:questionnaire:test|1.0.0`; its answers are read by"
        + " question id: check that each question still means the same [questionnaire]\n", result.err());
    Path same = Files.writeString(dir.resolve("same.json"), Files.readString(response).replace("0.9.0", "1.0.0"));
    assertEquals("", Cli.run("", "--questions", small.toString(), "--format", "json", "--answers", same.toString())
        .err());
  }

  @Test
  void batchWritesResponsesAndReadsThemBack() throws Exception {
    Path small = Trees.writeSmall(dir);
    Cli.Result out = Cli.run("{\"id\": \"a\", \"chest\": \"yes\"}\n", "batch", "--questions", small.toString(),
        "--format", "fhir-r4");
    assertEquals(0, out.exit(), out.err());
    assertTrue(out.out().startsWith("{\"resourceType\":\"QuestionnaireResponse\",\"contained\":[{\"resourceType\":"
        + "\"RiskAssessment\""), out.out());
    assertTrue(out.out().endsWith("\"identifier\":{\"value\":\"a\"},\"questionnaire\":"
        + "\"urn:triage:questionnaire:test|1.0.0\",\"status\":\"completed\",\"item\":[{\"linkId\":\"chest\",\"answer\":"
        + "[{\"valueCoding\":{\"system\":\"urn:triage:answers\",\"code\":\"yes\"}}]},{\"linkId\":\"triage:level\","
        + "\"answer\":[{\"valueString\":\"emergency\"}]}]}\n"), out.out());
    assertEquals(1, out.out().lines().count());

    String typo = "{\"resourceType\":\"QuestionnaireResponse\",\"item\":[{\"linkId\":\"chets\",\"answer\":"
        + "[{\"valueCoding\":{\"code\":\"yes\"}}]}]}\n";
    Cli.Result back = Cli.run(out.out() + typo, "batch", "--questions", small.toString());
    assertEquals(65, back.exit(), back.err());
    String[] lines = back.out().split("\n");
    assertTrue(lines[0].startsWith("{\"line\":1,\"level\":\"emergency\",\"outcome\":\"emergency\""), lines[0]);
    assertEquals("{\"line\":2,\"error\":\"unknown-question\",\"message\":\"there is no question `chets`; did you mean"
        + " `chest`?\",\"question\":\"chets\",\"did_you_mean\":\"chest\"}", lines[1]);
  }
}
