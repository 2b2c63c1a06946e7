package triage.fhir;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.load.AnswersFile;
import triage.model.Location;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.model.YesNoQuestion;
import triage.render.Json;

/**
 * Answers by question id from a FHIR R4 {@code QuestionnaireResponse} (from LHC-Forms, a record
 * system, or our own export): each item's answer by its linkId, at any depth. Items the export adds
 * itself (the level, texts) are passed over; a number's "not sure" item answers it {@code unsure},
 * which wins over a number given beside it, as it does in the exported form. Whether the ids and
 * values are right is for the questionnaire to say, as for any answers by id.
 */
public final class ResponseImport {

  private final JsonTree.Read read;
  private final Map<String, String> answers = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private static final byte[] RESOURCE_TYPE = "\"resourceType\"".getBytes(StandardCharsets.US_ASCII);

  private ResponseImport(JsonTree.Read read) {
    this.read = read;
  }

  /**
   * The answers of a FHIR resource, or empty when the bytes are not a JSON object with a
   * {@code resourceType} (then they are some other kind of answers). A response that names another
   * questionnaire, or another version of {@code ours}, gets a warning: its answers are still read by
   * question id, which checks each of them, but a question may have changed its meaning.
   */
  public static Optional<AnswersFile.Read> read(String file, byte[] bytes, int offset, int length,
      Questionnaire ours) {
    if (!mentions(bytes, offset, length, RESOURCE_TYPE)) {
      return Optional.empty(); // answers by id, most often YAML: not worth a failed JSON parse at every run
    }
    JsonTree.Read read;
    try (JsonParser json = Json.parser(bytes, offset, length)) {
      read = JsonTree.read(json, file);
      if (json.nextToken() != null) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    if (!(read.root() instanceof Map<?, ?> root) || !root.containsKey("resourceType")) {
      return Optional.empty();
    }
    ResponseImport response = new ResponseImport(read);
    Location at = read.of(root, new Location(file, 1, 1));
    if (!"QuestionnaireResponse".equals(root.get("resourceType"))) {
      response.problems.add(Problem.error(at, "type", "a FHIR resource of type `" + root.get("resourceType")
          + "`, not a QuestionnaireResponse"));
    } else {
      response.items(root.get("item"), at);
      Object named = root.get("questionnaire");
      String expected = FhirNames.versioned(ours);
      if (named instanceof String form && !form.equals(expected)) {
        response.problems.add(Problem.warning(at, "questionnaire", "this response answers `" + form
            + "`, not `" + expected + "`; its answers are read by question id: check that each question still means"
            + " the same"));
      }
    }
    return Optional.of(new AnswersFile.Read(response.answers, response.problems));
  }

  private void items(Object items, Location around) {
    if (items == null) {
      return;
    }
    if (!(items instanceof List<?> list)) {
      problems.add(Problem.error(around, "type", "`item` must be a list"));
      return;
    }
    for (Object each : list) {
      Location at = read.of(each, around);
      if (!(each instanceof Map<?, ?> item) || !(item.get("linkId") instanceof String linkId)) {
        problems.add(Problem.error(at, "type", "each item must be an object with a `linkId`"));
        continue;
      }
      List<?> given = item.get("answer") instanceof List<?> answerList ? answerList : List.of();
      if (given.size() > 1) {
        problems.add(Problem.error(at, "type", "`" + linkId + "` has " + given.size() + " answers; it takes one"));
      } else if (given.size() == 1 && !linkId.startsWith(FhirNames.OWN_PREFIX)) {
        answer(linkId, given.get(0), read.of(given.get(0), at));
      }
      items(item.get("item"), at);
      for (Object answer : given) {
        if (answer instanceof Map<?, ?> nested) {
          items(nested.get("item"), at);
        }
      }
    }
  }

  private void answer(String linkId, Object answer, Location at) {
    if (!(answer instanceof Map<?, ?> fields)) {
      problems.add(Problem.error(at, "type", "the answer to `" + linkId + "` must be an object"));
      return;
    }
    if (linkId.endsWith(FhirNames.UNSURE_SUFFIX) && fields.get("valueBoolean") instanceof Boolean unsure) {
      if (unsure) {
        answers.put(linkId.substring(0, linkId.length() - FhirNames.UNSURE_SUFFIX.length()), YesNoQuestion.UNSURE);
      }
      return;
    }
    Optional<String> value = value(fields);
    if (value.isEmpty()) {
      problems.add(Problem.error(at, "type", "the answer to `" + linkId
          + "` must be a valueCoding, valueInteger, valueBoolean or valueString"));
    } else if (answers.containsKey(linkId)) {
      if (!YesNoQuestion.UNSURE.equals(answers.get(linkId))) {
        problems.add(Problem.error(at, "type", "`" + linkId + "` is answered twice"));
      }
    } else {
      answers.put(linkId, value.get());
    }
  }

  private static Optional<String> value(Map<?, ?> answer) {
    if (answer.get("valueCoding") instanceof Map<?, ?> coding && coding.get("code") instanceof String code) {
      return Optional.of(code);
    }
    if (answer.get("valueBoolean") instanceof Boolean yes) {
      return Optional.of(yes ? YesNoQuestion.YES : YesNoQuestion.NO);
    }
    for (String field : List.of("valueInteger", "valueDecimal", "valueString")) {
      Object value = answer.get(field);
      if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 0x1p62) {
        return Optional.of(Long.toString(number.longValue()));
      }
      if (value != null && !(value instanceof Map) && !(value instanceof List)) {
        return Optional.of(value.toString());
      }
    }
    return Optional.empty();
  }

  private static boolean mentions(byte[] bytes, int offset, int length, byte[] word) {
    outer:
    for (int i = offset; i + word.length <= offset + length; i++) {
      for (int k = 0; k < word.length; k++) {
        if (bytes[i + k] != word[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

}
