package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;

/** What a clinician starts from: {@code triage init}, and the README's format example, both valid. */
class StarterTest {

  @TempDir
  Path dir;

  /** The YAML block of the README's "The questionnaire format" section, as a reader copies it. */
  static String readmeExample() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("\n## The questionnaire format\n"));
    Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertTrue(block.find(), "the README's format section has no YAML block");
    return block.group(1);
  }

  @Test
  void initWritesAStarterThatValidatesWithNoErrorsAndNoWarnings() {
    Path file = dir.resolve("draft.yaml");
    Cli.Result init = Cli.run("", "init", file.toString());
    assertEquals(0, init.exit(), init.err());
    assertEquals("wrote " + file + "; check it with: triage validate " + file + "\n", init.err());
    Cli.Result validate = Cli.run("", "validate", file.toString());
    assertEquals(0, validate.exit());
    assertEquals("", validate.out());
    assertEquals(file + ": 0 errors, 0 warnings\n", validate.err());
  }

  @Test
  void initWithoutAFileOrWithADashPrintsTheSameStarter() throws Exception {
    Path file = dir.resolve("draft.yaml");
    Cli.run("", "init", file.toString());
    String written = Files.readString(file);
    assertTrue(written.startsWith("# yaml-language-server: $schema=questionnaire.schema.json\n"), written);
    assertEquals(written, Cli.run("", "init").out());
    assertEquals(written, Cli.run("", "init", "-").out());
  }

  @Test
  void initNeverWritesOverAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("mine.yaml"), "my work\n");
    Cli.Result result = Cli.run("", "init", file.toString());
    assertEquals(74, result.exit());
    assertEquals("triage: " + file + " already exists; init never writes over a file: give another name\n",
        result.err());
    assertEquals("my work\n", Files.readString(file));
  }

  @Test
  void theStarterAndTheReadmeExampleFollowTheSchema() throws Exception {
    assertEquals(List.of(), SchemaTest.errors(Cli.run("", "init").out()));
    assertEquals(List.of(), SchemaTest.errors(readmeExample()));
  }

  @Test
  void theReadmeFormatExampleValidatesWithNoErrorsAndNoWarnings() throws Exception {
    Path file = Files.writeString(dir.resolve("example.yaml"), readmeExample());
    Cli.Result validate = Cli.run("", "validate", file.toString());
    assertEquals("", validate.out());
    assertEquals(file + ": 0 errors, 0 warnings\n", validate.err());
    assertEquals(0, validate.exit());
  }
}
