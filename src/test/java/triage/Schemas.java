package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schemas ({@code src/main/resources/triage/schema/NAME.schema.json}), read
 * from the class path as the jar carries them, and a well-kept validator (networknt, draft
 * 2020-12, formats asserted) to hold real output against them.
 */
public final class Schemas {

  /** Every JSON the tool writes, by the name of its schema. */
  public static final List<String> NAMES = List.of("verdict", "error", "batch-line", "validate", "diff", "paths",
      "test", "report", "transcript-line");

  /** The draft every schema declares; the validator carries its meta-schema, so nothing is fetched. */
  public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The text of a schema file, as the jar carries it. */
  public static String text(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/triage/schema/" + name + ".schema.json")) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + name + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where one JSON document breaks the schema {@code name}: empty when it does not. */
  public static List<Error> errors(String name, String json) {
    Schema schema = LOADED.computeIfAbsent(name, n -> REGISTRY.getSchema(text(n), InputFormat.JSON));
    return schema.validate(json, InputFormat.JSON, context -> context.executionConfig(config ->
        config.formatAssertionsEnabled(true)));
  }

  /** Where a schema file breaks the draft 2020-12 meta-schema: empty when it does not. */
  public static List<Error> metaErrors(String name) {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(DRAFT));
    return meta.validate(text(name), InputFormat.JSON);
  }

  /** Fails unless {@code json} is one document that the schema {@code name} accepts. */
  public static void assertValid(String name, String json) {
    assertFalse(json.isBlank(), name + ": no document to check");
    assertEquals(List.of(), errors(name, json).stream().map(Error::toString).toList(), name + ": " + json);
  }

  /** Fails unless every line of {@code jsonLines} is accepted by the schema {@code name}; returns how many there were. */
  public static int assertEveryLineValid(String name, String jsonLines) {
    List<String> lines = jsonLines.lines().toList();
    assertFalse(lines.isEmpty(), name + ": no lines to check");
    lines.forEach(line -> assertValid(name, line));
    return lines.size();
  }
}
