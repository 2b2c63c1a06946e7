package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code triage} launcher that {@code mvn package} writes beside the jar works as the README
 * shows it: from any folder, through a link on the PATH, with or without a class-data archive
 * that fits, passing every argument, exit code and signal through.
 */
class LauncherIT {

  private static final Path JAR = Path.of(System.getProperty("triage.jar", "target/triage.jar")).toAbsolutePath();
  private static final Path LAUNCHER = JAR.resolveSibling("triage");
  private static final String EMERGENCY = "{\"level\":\"emergency\"";

  @TempDir
  Path dir;

  @Test
  void theBuildWritesAnExecutableLauncherBesideTheJar() {
    assertTrue(Files.isRegularFile(LAUNCHER), "mvn package writes " + LAUNCHER);
    assertTrue(Files.isExecutable(LAUNCHER), "the launcher is executable");
  }

  @Test
  void runsThroughShFromAnotherFolder() throws Exception {
    Run run = run(List.of("sh", LAUNCHER.toString(), "--answer", "chest_pain=yes", "--format", "json"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith(EMERGENCY), run.out());
    assertEquals("", run.err(), "nothing but the verdict");
  }

  @Test
  void runsThroughAChainOfLinksAsOnThePath() throws Exception {
    // ~/.local/bin/triage -> a relative link -> target/triage, as a person might set it up.
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(elsewhere.resolve("triage-link"), LAUNCHER);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("triage"), Path.of("..", "elsewhere", "triage-link"));

    Run direct = run(List.of(bin.resolve("triage").toString(), "--answer", "chest_pain=yes", "--format", "json"));
    assertEquals(0, direct.exit(), direct.err());
    assertTrue(direct.out().startsWith(EMERGENCY), direct.out());

    Run onThePath = run(List.of("sh", "-c", "PATH=\"$0:$PATH\" exec triage --version", bin.toString()));
    assertEquals(0, onThePath.exit(), onThePath.err());
    assertTrue(onThePath.out().startsWith("triage "), onThePath.out());

    Run viaSh = run(List.of("sh", "triage", "--no-such-option"), bin, Map.of());
    assertEquals(64, viaSh.exit(), "a bad option keeps triage's own exit code");
    assertTrue(viaSh.err().contains("--no-such-option"), viaSh.err());
  }

  @Test
  void withoutTheArchiveItRunsQuietlyAllTheSame() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("no archive"));
    Files.copy(JAR, copy.resolve("triage.jar"));
    Files.copy(LAUNCHER, copy.resolve("triage"), StandardCopyOption.COPY_ATTRIBUTES);

    Run run = run(List.of(copy.resolve("triage").toString(), "--answer", "chest_pain=yes", "--format", "json"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith(EMERGENCY), run.out());
    assertEquals("", run.err());
  }

  @Test
  void anArchiveThatNoLongerFitsItsJarIsPassedOverQuietly() throws Exception {
    // The JVM refuses an archive whose jar has another time or size than the one it was made from.
    Path copy = Files.createDirectories(dir.resolve("stale"));
    Files.copy(JAR, copy.resolve("triage.jar"));
    Files.setLastModifiedTime(copy.resolve("triage.jar"), FileTime.fromMillis(0));
    Files.copy(JAR.resolveSibling("triage.jsa"), copy.resolve("triage.jsa"));
    Files.copy(LAUNCHER, copy.resolve("triage"), StandardCopyOption.COPY_ATTRIBUTES);

    Run run = run(List.of(copy.resolve("triage").toString(), "--answer", "chest_pain=yes", "--format", "json"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith(EMERGENCY), run.out());
    assertEquals("", run.err());
  }

  @Test
  void startsJavaHomesJavaWithTheFastOptionsAndEveryArgumentAsGiven() throws Exception {
    Path javaHome = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
    Path java = Files.writeString(javaHome.resolve("bin/java"), "#!/bin/sh\nprintf '[%s]\\n' \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    Path copy = Files.createDirectories(dir.resolve("a folder with spaces"));
    Files.copy(LAUNCHER, copy.resolve("triage"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(copy.resolve("triage.jsa"), "");

    Run run = run(List.of(copy.resolve("triage").toString(), "two words", "", "*", "--x=$HOME"), dir,
        Map.of("JAVA_HOME", javaHome.toString()));
    String folder = copy.toRealPath().toString();
    assertEquals(0, run.exit(), run.err());
    assertEquals("[-XX:SharedArchiveFile=" + folder + "/triage.jsa]\n[-Xlog:cds=off]\n[-XX:TieredStopAtLevel=1]\n"
        + "[-XX:CICompilerCount=1]\n[-XX:+UseSerialGC]\n[-jar]\n[" + folder + "/triage.jar]\n"
        + "[two words]\n[]\n[*]\n[--x=$HOME]\n", run.out());
  }

  @Test
  void theJvmIsTheProcessItselfSoSignalsReachIt() throws Exception {
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString())
        .directory(dir.toFile()).redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile());
    environment(builder, Map.of());
    Process process = builder.start(); // stdin is a pipe: the first question goes to stderr, then it waits
    try {
      long deadline = System.currentTimeMillis() + 180_000;
      while (!Files.readString(err, StandardCharsets.UTF_8).contains("Question 1")) {
        assertTrue(process.isAlive() && System.currentTimeMillis() < deadline, Files.readString(err));
        Thread.sleep(10);
      }
      Optional<String> command = process.toHandle().info().command();
      assertTrue(command.orElse("").endsWith("/java"), "exec replaced the shell: " + command);
      new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
      assertTrue(process.waitFor(180, TimeUnit.SECONDS), "triage ended");
      assertEquals(143, process.exitValue(), "SIGTERM's exit code, from the JVM itself");
    } finally {
      process.destroyForcibly();
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run run(List<String> command) throws IOException, InterruptedException {
    return run(command, dir, Map.of());
  }

  /** Runs COMMAND in FOLDER with the JDK running this test as JAVA_HOME (the one the archive was made with). */
  private Run run(List<String> command, Path folder, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
        .directory(folder.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    environment(builder, env);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("triage did not end");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void environment(ProcessBuilder builder, Map<String, String> env) {
    builder.environment().remove("TRIAGE_QUESTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
  }
}
