package triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import triage.model.YesNoQuestion;

/**
 * The questionnaire's JSON Schema and the loader know the same keys, map by map: a key added to the
 * format without its schema (or the other way round) fails here, so an editor never flags a key
 * the tool takes, nor lets through one it refuses.
 */
class QuestionnaireSchemaKeysTest {

  private static final JsonNode SCHEMA = read();

  private static JsonNode read() {
    try {
      return JsonMapper.builder().build().readTree(
          Files.readString(Path.of("src/main/resources/triage/schema/questionnaire.schema.json")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<String> keys(String pointer) {
    JsonNode properties = SCHEMA.at(pointer + "/properties");
    assertEquals(false, properties.isMissingNode(), pointer + " has properties");
    assertEquals(false, SCHEMA.at(pointer + "/additionalProperties").asBoolean(true), pointer + " is closed");
    return new TreeSet<>(properties.propertyNames());
  }

  private static void same(Set<String> loader, String pointer) {
    assertEquals(new TreeSet<>(loader), keys(pointer), pointer);
  }

  @Test
  void everyMapHasTheKeysTheLoaderTakesAndNoOther() {
    same(QuestionnaireLoader.TOP_KEYS, "");
    same(QuestionReader.QUESTION_KEYS, "/$defs/question");
    same(QuestionReader.ROUTE_KEYS, "/$defs/route");
    same(QuestionReader.OPTION_KEYS, "/$defs/option");
    same(QuestionReader.RANGE_KEYS, "/$defs/range");
    same(QuestionReader.SKIP_KEYS, "/$defs/question/properties/skip");
    same(Set.copyOf(YesNoQuestion.VALUES), "/$defs/question/properties/answers");
    same(QuestionnaireLoader.OUTCOME_KEYS, "/$defs/outcome");
    same(QuestionnaireLoader.ADVICE_KEYS, "/$defs/advice");
    same(QuestionnaireLoader.SCREEN_KEYS, "/$defs/screen");
    same(SettingsReader.NOTICE_KEYS, "/properties/notices");
    same(SettingsReader.LANGUAGE_KEYS, "/properties/languages/additionalProperties");
    same(SettingsReader.READABILITY_KEYS, "/properties/readability");
    same(SettingsReader.LEVEL_KEYS, "/properties/escalation");
    same(ScenarioLoader.SCENARIO_KEYS, "/$defs/scenario");
  }
}
