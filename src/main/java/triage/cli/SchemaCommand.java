package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import triage.text.Suggestion;

/**
 * {@code triage schema [NAME]}: the JSON Schema (draft 2020-12) of a format the tool reads or
 * writes, from the build's resource {@code triage/schema/NAME.schema.json}; without NAME, the
 * names it knows. A new schema is its file and one line in {@link #SCHEMAS}.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Print the JSON Schema of a format, for editors and scripts.",
    description = "Print the JSON Schema (draft 2020-12) of NAME; without NAME, list the names. With the"
        + " questionnaire's schema, an editor that has the YAML language server completes keys and flags typos as"
        + " you type (the README shows the line that switches it on).")
public final class SchemaCommand implements Callable<Integer> {

  /** Every schema the build carries, by name, with what it describes. */
  static final Map<String, String> SCHEMAS = new LinkedHashMap<>();

  static {
    SCHEMAS.put("questionnaire", "a questionnaire file (questions.yaml, --questions FILE)");
    SCHEMAS.put("verdict", "the verdict of run --format json");
    SCHEMAS.put("error", "an error, with --format json");
    SCHEMAS.put("batch-line", "a line batch writes: a verdict or an error, with the line's id");
    SCHEMAS.put("validate", "validate --format json");
    SCHEMAS.put("diff", "diff --format json");
    SCHEMAS.put("paths", "paths --format json");
    SCHEMAS.put("test", "test --format json");
    SCHEMAS.put("report", "report --format json");
    SCHEMAS.put("transcript-line", "a line of a transcript (--record FILE)");
  }

  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "NAME", completionCandidates = Names.class,
      description = "The schema to print: ${COMPLETION-CANDIDATES}.")
  String name;

  public SchemaCommand(Io io) {
    this.io = io;
  }

  /** The names, for help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SCHEMAS.keySet().iterator();
    }
  }

  @Override
  public Integer call() throws Failure {
    if (name == null) {
      int width = SCHEMAS.keySet().stream().mapToInt(String::length).max().orElse(0);
      SCHEMAS.forEach((known, what) -> io.out().println(known + " ".repeat(width - known.length() + 2) + what));
      return ExitCode.OK;
    }
    if (!SCHEMAS.containsKey(name)) {
      throw Failure.of(Failure.Kind.USAGE, "no schema is named `" + name + "`; the names are "
          + String.join(", ", SCHEMAS.keySet()) + Suggestion.didYouMean(name, SCHEMAS.keySet()));
    }
    io.out().print(text(name));
    return ExitCode.OK;
  }

  /** The schema named, as the build carries it. */
  static String text(String name) {
    String resource = "/triage/schema/" + name + ".schema.json";
    try (InputStream in = SchemaCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the build has no " + resource);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the build's " + resource + " cannot be read", e);
    }
  }
}
