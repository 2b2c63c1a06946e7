package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static triage.cli.RunSchemaTest.assertCaught;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Schemas;
import triage.Trees;

/**
 * Batch lines in every shape batch writes them, held against batch-line.schema.json: compact, only
 * the fields asked for, with kept columns, from several inputs (with {@code file}), and lines that
 * are not JSON or not CSV; then what the schema still refuses in them.
 */
class BatchLineSchemaTest {

  @TempDir
  Path dir;

  private String small;
  private String first;
  private String second;

  @BeforeEach
  void writeInputs() throws Exception {
    small = Trees.writeSmall(dir).toString();
    first = Files.writeString(dir.resolve("first.jsonl"), """
        {"id":7,"clinic":"north","chest":"yes"}
        {"clinic":{"ward":[3]},"chest":"no","numb":"no","pops":12,"sitting":"many"}
        not json
        {"chest":"maybe"}
        {"numb":"yes","chst":"no","clinic":2}
        """).toString();
    second = Files.writeString(dir.resolve("second.jsonl"), """
        {"zzzzzz":"yes"}
        {"chest":"no","pops":3,"sitting":"few"}
        """).toString();
  }

  /** The lines of a batch that ended with {@code exit}, every one checked against the schema. */
  private static List<String> lines(int exit, int count, Cli.Result result) {
    assertEquals(exit, result.exit(), result.err());
    assertEquals(count, Schemas.assertEveryLineValid("batch-line", result.out()));
    return result.out().lines().toList();
  }

  @Test
  void compactWithAKeptColumnFromSeveralInputs() {
    List<String> lines = lines(65, 7, Cli.run("", "batch", "--questions", small, "--compact", "--keep", "clinic",
        first, second));
    String questionnaire = ",\"emergency_number\":null,\"language\":\"en\",\"questionnaire\":{\"id\":\"test\","
        + "\"version\":\"1.0.0\",\"sha256\":\"" + Trees.SMALL_SHA256 + "\",\"source\":\"" + small + "\"}}";
    assertEquals("{\"id\":7,\"file\":\"" + first + "\",\"line\":1,\"clinic\":\"north\",\"level\":\"emergency\","
        + "\"outcome\":\"emergency\",\"advice\":[\"call\"],\"reasons\":[{\"question\":\"chest\",\"answer\":\"yes\","
        + "\"level\":\"emergency\"}],\"path\":{\"chest\":\"yes\"},\"unused\":[],\"assumed_unsure\":[]"
        + questionnaire, lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"file\":\"" + first + "\",\"line\":2,\"clinic\":{\"ward\":[3]},"
        + "\"level\":\"see-professional\",\"outcome\":\"see_pro\",\"advice\":[\"soon\",\"breaks\"],"), lines.get(1));
    assertTrue(lines.get(1).contains(",\"path\":{\"chest\":\"no\",\"numb\":\"no\",\"pops\":12,\"sitting\":\"many\"},"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"file\":\"" + first + "\",\"line\":3,\"clinic\":null,"
        + "\"error\":\"invalid-json\",\"message\":\""), lines.get(2));
    assertTrue(lines.get(3).contains("\"line\":4,\"clinic\":null,\"error\":\"invalid-answer\","), lines.get(3));
    assertTrue(lines.get(4).contains("\"line\":5,\"clinic\":2,\"error\":\"unknown-question\",")
        && lines.get(4).endsWith(",\"question\":\"chst\",\"did_you_mean\":\"chest\"}"), lines.get(4));
    assertTrue(lines.get(5).startsWith("{\"file\":\"" + second + "\",\"line\":1,\"clinic\":null,\"error\":")
        && lines.get(5).endsWith(",\"question\":\"zzzzzz\",\"did_you_mean\":null}"), lines.get(5));
    assertTrue(lines.get(6).contains("\"line\":2,\"clinic\":null,\"level\":\"see-professional\","), lines.get(6));
    // Standard input among the inputs is `-`; texts come back with --compact when --fields names them.
    List<String> named = lines(65, 6, Cli.run("{\"chest\":\"yes\"}\n", "batch", "--questions", small, "--compact",
        "--fields", "title,path,advice", "-", first));
    assertEquals("{\"file\":\"-\",\"line\":1,\"title\":\"Call now\",\"path\":{\"chest\":\"yes\"},"
        + "\"advice\":[\"call\"]}", named.get(0));
  }

  @Test
  void onlyTheFieldsAskedFor() {
    List<String> lines = lines(65, 3, Cli.run("{\"id\":7,\"chest\":\"yes\"}\n{\"chest\":\"no\",\"pops\":3,"
        + "\"sitting\":\"few\"}\n{\"chest\":\"no\",\"numb\":\"no\"}\n", "batch", "--questions", small,
        "--fields", "level,outcome,reasons,assumed_unsure"));
    assertEquals(List.of(
        "{\"id\":7,\"line\":1,\"level\":\"emergency\",\"outcome\":\"emergency\",\"reasons\":[{\"question\":\"chest\","
            + "\"answer\":\"yes\",\"level\":\"emergency\"}],\"assumed_unsure\":[]}",
        "{\"line\":2,\"level\":\"see-professional\",\"outcome\":\"see_pro\",\"reasons\":[{\"question\":\"numb\","
            + "\"answer\":\"unsure\",\"level\":\"see-professional\"}],\"assumed_unsure\":[\"numb\"]}",
        "{\"line\":3,\"error\":\"incomplete\",\"message\":\"question `pops` has no answer, so there is no verdict\","
            + "\"question\":\"pops\",\"accepts\":{\"min\":0,\"max\":1000}}"), lines);
    // Without --compact the chosen fields are in full.
    List<String> full = lines(0, 1, Cli.run("{\"chest\":\"yes\"}\n", "batch", "--questions", small,
        "--fields", "advice,path"));
    assertEquals("{\"line\":1,\"advice\":[{\"id\":\"call\",\"text\":\"Call for help.\"}],\"path\":[{\"question\":"
        + "\"chest\",\"text\":\"Chest pain?\",\"answer\":\"yes\"}]}", full.get(0));
  }

  @Test
  void aCsvRowThatIsNotCsvAndAKeptCell() {
    List<String> lines = lines(65, 2, Cli.run("id,chest,clinic\n1,yes,north\nb2,\"no\n", "batch", "--questions",
        small, "--input-format", "csv", "--keep", "clinic", "--compact"));
    assertTrue(lines.get(0).startsWith("{\"id\":\"1\",\"line\":2,\"clinic\":\"north\",\"level\":\"emergency\","),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"line\":3,\"clinic\":null,\"error\":\"invalid-csv\",\"message\":\"not valid"
        + " CSV: "), lines.get(1));
  }

  @Test
  void whatTheSchemaStillRefuses() {
    List<String> lines = lines(65, 7, Cli.run("", "batch", "--questions", small, "--compact", "--keep", "clinic",
        first, second));
    String verdict = lines.get(1);
    assertCaught("batch-line", verdict.replace("\"pops\":12,", "\"pops\":[12],"), "pops");
    assertCaught("batch-line", verdict.replace("\"advice\":[\"soon\",", "\"advice\":[{\"id\":\"soon\"},"), "advice");
    assertCaught("batch-line", verdict.replaceFirst("\"line\":2,", ""), "line");
    assertCaught("batch-line", verdict.replace("\"file\":\"", "\"file\":7,\"x\":\""), "file");
    assertCaught("batch-line", verdict.replace("\"level\":\"see-professional\",\"outcome\"",
        "\"level\":\"soon\",\"outcome\""), "level");
    // A kept column can be any value, but never a name the other kind of line has.
    assertCaught("batch-line", verdict.replace("\"clinic\":", "\"message\":"), "message");
    String error = lines.get(5);
    assertCaught("batch-line", error.replace("\"clinic\":", "\"level\":"), "level");
    assertCaught("batch-line", error.replace(",\"did_you_mean\":null", ""), "did_you_mean");
    assertCaught("batch-line", error.replace("\"error\":\"unknown-question\"", "\"error\":\"invalid-yaml\""),
        "error");
    assertFalse(Schemas.errors("batch-line", verdict.replace("\"clinic\":{\"ward\":[3]}", "\"clinic\":true"))
        .stream().findAny().isPresent(), "a kept column holds any JSON value");
  }
}
