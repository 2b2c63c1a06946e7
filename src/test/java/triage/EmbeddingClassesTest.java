package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that embeds triage through {@code triage.api} loads no class of the terminal (JLine) or
 * of the command line (picocli), though both are on its class path: watched in a JVM of its own,
 * class by class, as it triages on two threads.
 */
class EmbeddingClassesTest {

  @TempDir
  Path dir;

  @Test
  void anEmbeddingProgramLoadsNoTerminalAndNoCommandLine() throws Exception {
    Path log = dir.resolve("classes.log");
    Subprocess run = Subprocess.start(System.getProperty("java.class.path"),
        List.of("-Xlog:class+load=info:file=" + log), "triage.EmbeddedRun", "chest_pain=yes", "numbness=yes");
    assertEquals(0, run.exitCode(), run.err());

    assertEquals(Cli.run("", "--answer", "chest_pain=yes", "--format", "json").out()
        + Cli.run("{\"numbness\":\"yes\"}\n", "batch").out().replaceFirst("^\\{\"line\":1,", "{"), run.out(),
        "the verdicts of the command line (a batch line without its number)");
    List<String> classes = EmbeddingClasses.loaded(Files.readAllLines(log, StandardCharsets.UTF_8));
    assertTrue(classes.contains("triage.api.Triager"), "the log lists the classes loaded:\n" + classes);
    assertEquals(List.of(), EmbeddingClasses.terminalOrCommandLine(classes));
  }
}
