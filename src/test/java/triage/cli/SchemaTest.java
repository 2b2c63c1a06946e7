package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import triage.Cli;
import triage.Trees;

/**
 * {@code triage schema}: the questionnaire's JSON Schema, checked with an independent validator
 * (networknt, draft 2020-12) on YAML read as an editor's YAML language server reads it (YAML 1.2,
 * where `yes` is a word): every questionnaire the tests know passes, and a typo of a key fails.
 */
class SchemaTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Schema questionnaireSchema() {
    Cli.Result printed = Cli.run("", "schema", "questionnaire");
    assertEquals(0, printed.exit(), printed.err());
    return REGISTRY.getSchema(printed.out());
  }

  /** What the schema finds in a YAML text, one line each: where, and what. */
  static List<String> errors(String yaml) {
    JsonNode tree = new YAMLMapper().readTree(yaml);
    return questionnaireSchema().validate(tree).stream().map(Error::toString).toList();
  }

  @Test
  void withoutANameItListsTheSchemas() {
    Cli.Result result = Cli.run("", "schema");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("questionnaire    a questionnaire file (questions.yaml, --questions FILE)\n"
        + "verdict          the verdict of run --format json\n"), result.out());
  }

  @Test
  void everySchemaFileHasANameAndEveryNameAFile() throws Exception {
    List<String> listed = Cli.run("", "schema").out().lines().map(line -> line.split(" ")[0]).sorted().toList();
    try (var files = Files.list(Path.of("src/main/resources/triage/schema"))) {
      assertEquals(files.map(f -> f.getFileName().toString().replace(".schema.json", "")).sorted().toList(), listed);
    }
    for (String name : listed) {
      Cli.Result printed = Cli.run("", "schema", name);
      assertEquals(Files.readString(Path.of("src/main/resources/triage/schema/" + name + ".schema.json")),
          printed.out(), name);
    }
  }

  @Test
  void anUnknownNameIsAUsageErrorWithADidYouMean() {
    Cli.Result result = Cli.run("", "schema", "questionaire");
    assertEquals(64, result.exit());
    assertEquals("triage: no schema is named `questionaire`; the names are questionnaire, verdict, error,"
        + " batch-line, validate, diff, paths, test, report, transcript-line; did you mean `questionnaire`?\n",
        result.err());
  }

  @Test
  void itPrintsTheFileTheRepoKeeps() throws Exception {
    assertEquals(Files.readString(Path.of("src/main/resources/triage/schema/questionnaire.schema.json")),
        Cli.run("", "schema", "questionnaire").out());
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode schema = new YAMLMapper().readTree(Cli.run("", "schema", "questionnaire").out());
    assertEquals(List.of(), meta.validate(schema).stream().map(Error::toString).toList());
  }

  @Test
  void theBuiltInQuestionnaireAndEveryTestQuestionnairePass() throws Exception {
    assertEquals(List.of(), errors(Files.readString(Path.of("questions.yaml"))));
    assertEquals(List.of(), errors(Trees.SMALL));
  }

  @Test
  void aTypoOfAKeyIsFlaggedWhereItIs() {
    assertEquals(List.of("/questions/1: property 'txet' is not defined in the schema and the schema does not allow"
        + " additional properties"),
        errors(Trees.small("    text: Numbness?", "    text: Numbness?\n    txet: Numbness?")));
  }

  @Test
  void aWrongWordIsFlagged() {
    List<String> type = errors(Trees.small("type: choice", "type: multiple-choice"));
    assertTrue(type.contains("/questions/3/type: does not have a value in the enumeration [\"yes-no\", \"choice\","
        + " \"number\"]"), type.toString());
    List<String> level = errors(Trees.small("raise: urgent}", "raise: urgnet}"));
    assertTrue(level.contains("/questions/0/answers/unsure/raise: does not have a value in the enumeration"
        + " [\"self-care\", \"see-professional\", \"urgent\", \"emergency\"]"), level.toString());
  }

  @Test
  void aKeyThatBelongsToAnotherTypeOfQuestionIsFlagged() {
    List<String> errors = errors(Trees.small("    min: 0\n", "    min: 0\n    options: []\n"));
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("/questions/2/options: ")), errors.toString());
  }
}
