package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema files themselves, as a data engineer reads them: each a valid draft 2020-12 schema
 * with its own {@code $id}, a title, and every field described in words; a definition that two
 * files share is the same in both, and batch-line holds exactly the verdict and error objects
 * (any of the verdict's fields, advice and path also compact) after the line's id, file, line and
 * kept columns.
 * That the tool's real output matches them is {@code triage.cli.RunSchemaTest} and {@code ClinicianSchemaTest}.
 */
class SchemaFilesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode read(String name) {
    return JSON.readTree(Schemas.text(name));
  }

  @Test
  void everySchemaIsAValidDraft202012SchemaWithItsOwnIdAndATitle() {
    for (String name : Schemas.NAMES) {
      assertEquals(List.of(), Schemas.metaErrors(name).stream().map(Error::toString).toList(), name);
      JsonNode schema = read(name);
      assertEquals(Schemas.DRAFT, schema.path("$schema").asString(), name);
      assertEquals("https://triage.invalid/schema/" + name + ".schema.json", schema.path("$id").asString(), name);
      assertFalse(schema.path("title").asString().isBlank(), name + " has a title");
      assertTrue(schema.path("description").asString().length() > 80, name + " says what writes it");
    }
  }

  @Test
  void theMetaSchemaCheckCanFail() {
    // A schema that is not one: the meta-schema must say so, or the test above proves nothing.
    assertFalse(com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
        .getSchema(com.networknt.schema.SchemaLocation.of(Schemas.DRAFT))
        .validate("{\"type\": \"whole number\", \"required\": \"level\"}", com.networknt.schema.InputFormat.JSON)
        .isEmpty());
  }

  @Test
  void everyFieldIsDescribedInWordsAndEveryFixedObjectIsClosed() {
    for (String name : Schemas.NAMES) {
      List<String> missing = new ArrayList<>();
      check(read(name), "", missing);
      assertEquals(List.of(), missing, name);
    }
  }

  /** Every property has a description; every object with properties says which are required and allows no others. */
  private static void check(JsonNode schema, String where, List<String> missing) {
    if (!schema.isObject()) {
      return;
    }
    JsonNode properties = schema.get("properties");
    if (properties != null && !where.endsWith("/if")) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        JsonNode field = property.getValue();
        if (field.isObject() && field.path("description").asString().isBlank()) {
          missing.add(where + "/properties/" + property.getKey() + ": no description");
        }
      }
      if (schema.has("type") && !schema.has("required")) {
        missing.add(where + ": no required");
      }
      if (schema.has("type") && !schema.has("additionalProperties")) {
        missing.add(where + ": additionalProperties not set");
      }
    }
    for (Map.Entry<String, JsonNode> child : schema.properties()) {
      if (child.getValue().isArray()) {
        for (int i = 0; i < child.getValue().size(); i++) {
          check(child.getValue().get(i), where + "/" + child.getKey() + "/" + i, missing);
        }
      } else {
        check(child.getValue(), where + "/" + child.getKey(), missing);
      }
    }
  }

  @Test
  void aDefinitionSharedByNameIsTheSameInEveryFile() {
    Map<String, JsonNode> first = new HashMap<>();
    Map<String, String> firstIn = new HashMap<>();
    int shared = 0;
    for (String name : Schemas.NAMES) {
      for (Map.Entry<String, JsonNode> def : read(name).path("$defs").properties()) {
        JsonNode before = first.putIfAbsent(def.getKey(), def.getValue());
        if (before != null) {
          shared++;
          assertEquals(before, def.getValue(), "$defs/" + def.getKey() + " differs between "
              + firstIn.get(def.getKey()) + " and " + name);
        } else {
          firstIn.put(def.getKey(), name);
        }
      }
    }
    assertTrue(shared >= 8, "level, questionnaire, problem, accepts, code, count and step are shared: " + shared);
  }

  @Test
  void aBatchLineIsTheVerdictOrTheErrorAfterTheLinesIdFileLineAndKeptColumns() {
    JsonNode batch = read("batch-line");
    JsonNode verdict = read("verdict");
    JsonNode error = read("error");
    JsonNode verdictLine = batch.path("$defs").path("verdict-line");
    JsonNode errorLine = batch.path("$defs").path("error-line");
    assertEquals(List.of("id", "file", "line"), firstNames(verdictLine.path("properties"), 3));
    assertEquals(List.of("id", "file", "line"), firstNames(errorLine.path("properties"), 3));
    assertEquals(verdictLine.path("properties").get("id"), errorLine.path("properties").get("id"));
    assertEquals(verdictLine.path("properties").get("file"), errorLine.path("properties").get("file"));
    // A verdict line has the verdict's fields, any of them (--fields), advice and path in full or compact.
    ObjectNode verdictFields = (ObjectNode) verdictLine.get("properties").deepCopy();
    verdictFields.remove(Set.of("id", "file", "line"));
    assertEquals(List.copyOf(verdict.get("properties").propertyNames()), List.copyOf(verdictFields.propertyNames()));
    for (String name : verdict.get("properties").propertyNames()) {
      JsonNode field = verdictFields.get(name);
      assertEquals(verdict.get("properties").get(name),
          name.equals("advice") || name.equals("path") ? field.path("anyOf").get(0) : field, name);
    }
    assertEquals(JSON.readTree("[\"line\"]"), verdictLine.get("required"));
    // An error line is the error, with line always there.
    ObjectNode errorFields = (ObjectNode) errorLine.get("properties").deepCopy();
    errorFields.remove(Set.of("id", "file"));
    assertEquals(error.get("properties"), errorFields);
    assertEquals(JSON.readTree("[\"line\"," + error.get("required").toString().substring(1)),
        errorLine.get("required"));
    assertEquals(error.get("allOf"), errorLine.get("allOf"));
    // Kept columns are the only other keys, and they never take a name the other kind of line writes
    // (batch refuses a --keep of any field it writes; `problems` it does not, as no batch line has them).
    assertEquals(verdictLine.get("additionalProperties"), errorLine.get("additionalProperties"));
    assertFalse(verdictLine.path("additionalProperties").path("description").asString().isBlank());
    assertEquals(error.get("properties").propertyNames().stream().filter(n -> !Set.of("line", "problems").contains(n))
        .toList(), names(verdictLine.path("propertyNames").path("not").path("enum")));
    assertEquals(List.copyOf(verdict.get("properties").propertyNames()),
        names(errorLine.path("propertyNames").path("not").path("enum")));
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(name -> names.add(name.asString()));
    return names;
  }

  private static List<String> firstNames(JsonNode object, int count) {
    return object.propertyNames().stream().limit(count).toList();
  }

  @Test
  void theReadmeLinksEverySchemaByItsPathInTheRepo() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (String name : Schemas.NAMES) {
      String file = "src/main/resources/triage/schema/" + name + ".schema.json";
      assertTrue(Files.isRegularFile(Path.of(file)), file);
      assertTrue(readme.contains("](" + file + ")"), "the README links " + file);
    }
  }
}
