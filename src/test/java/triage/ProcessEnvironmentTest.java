package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.org.webcompere.systemstubs.environment.EnvironmentVariables;
import uk.org.webcompere.systemstubs.jupiter.SystemStub;
import uk.org.webcompere.systemstubs.jupiter.SystemStubsExtension;
import uk.org.webcompere.systemstubs.stream.SystemIn;
import uk.org.webcompere.systemstubs.stream.SystemOut;

/**
 * What only the process's own environment shows: {@code main}'s entry reads {@code TRIAGE_QUESTIONS},
 * {@code LANG} and the rest from the real environment, not from a map a test hands in. Setting the
 * process environment needs system-stubs' agent, so these run in a JVM of their own (pom.xml,
 * surefire's {@code process-environment} run); every other test uses {@link Cli}.
 */
@Tag("process-environment")
@ExtendWith(SystemStubsExtension.class)
class ProcessEnvironmentTest {

  @SystemStub
  private EnvironmentVariables environment;

  @SystemStub
  private SystemOut out;

  @TempDir
  Path dir;

  @Test
  void theQuestionnaireAndTheLanguageComeFromTheProcessEnvironment() throws Exception {
    Path small = Trees.writeSmall(dir);
    environment.set("TRIAGE_QUESTIONS", small.toString()).set("LANG", "es_ES.UTF-8").remove("LC_ALL")
        .remove("LC_MESSAGES");
    int exit = new SystemIn(new ByteArrayInputStream("yes\n".getBytes(StandardCharsets.UTF_8)))
        .execute(() -> Main.run("-q", "--format", "json"));
    assertEquals(0, exit);
    assertTrue(out.getText().startsWith("{\"level\":\"emergency\",\"outcome\":\"emergency\""), out.getText());
    assertTrue(out.getText().contains("\"language\":\"en\""), "the small tree has only English: " + out.getText());
    assertTrue(out.getText().contains("\"source\":\"" + small + "\""), out.getText());
  }
}
