package triage.fhir;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import triage.render.Json;

/** Writes the FHIR resources this package builds. */
public final class Resources {

  private Resources() {}

  /** One resource as indented JSON, for a person to read and a form tool to load. */
  public static void writePretty(OutputStream out, Map<String, Object> resource) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.useDefaultPrettyPrinter();
      JsonTree.write(json, resource);
    }
  }

  /** One resource on the generator as it is set up (one line in a batch). */
  public static void write(JsonGenerator json, Map<String, Object> resource) throws IOException {
    JsonTree.write(json, resource);
  }
}
