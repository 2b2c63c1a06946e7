package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.api.Questionnaire;

/**
 * The runnable jar as it ships, its libraries moved under {@code triage.shaded.} (pom.xml), still
 * working: at a real terminal (script(1) gives it a pseudo-terminal) the first question shows and an
 * answer gives a verdict through JLine's JNI terminal, which the relocated provider files find, not
 * through a dumb fallback; no library class is left under its own name but jline-native's, whose
 * native library binds to those names; a program embedding the API loads no JLine or picocli class
 * from it; and it runs from the module path under its {@code Automatic-Module-Name}.
 */
class ShadedJarIT {

  private static final Path JAR = Path.of(System.getProperty("triage.jar", "target/triage.jar")).toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  /** The line reader turns bracketed paste on once it waits for input: a dumb terminal never does. */
  private static final String READING = "\u001b[?2004h";
  /** Kept under their own names: the native library's methods are bound by them (Java_org_jline_nativ_...). */
  private static final String JNI = "org/jline/nativ/";

  @TempDir
  Path dir;

  @Test
  void atARealTerminalTheFirstQuestionShowsAndAnAnswerGivesAVerdictThroughJlinesJniTerminal() throws Exception {
    Path screen = dir.resolve("screen.txt");
    Path classes = dir.resolve("classes.log");
    Path cache = dir.resolve("cache");
    ProcessBuilder builder = new ProcessBuilder("script", "-qfec", String.join(" ", JAVA,
        "-Xlog:class+load=info:file=" + classes, "-jar", JAR.toString()), "/dev/null")
        .redirectOutput(screen.toFile()).redirectErrorStream(true);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("TERM", "xterm");
    builder.environment().remove("TRIAGE_QUESTIONS");
    builder.environment().remove("TRIAGE_EMERGENCY_NUMBER");
    Process script = builder.start();
    try (OutputStream keys = script.getOutputStream()) {
      waitFor(screen, script, READING, 1);
      String first = Questionnaire.builtIn().triage(Map.of("chest_pain", "yes")).path().get(0).text();
      assertTrue(Files.readString(screen).contains(first.substring(0, 40)), "the first question:\n" + show(screen));
      type(keys, "1\r"); // the first screen takes the numbers of the signs that apply: 1 is chest pain
      waitFor(screen, script, "Call 112 now", 1);
      waitFor(screen, script, READING, 2); // asks for Enter to finish, or a change
      type(keys, "\r");
      assertTrue(script.waitFor(60, TimeUnit.SECONDS), "triage did not end:\n" + show(screen));
    } finally {
      script.destroyForcibly();
    }
    assertEquals(0, script.exitValue(), show(screen));
    List<String> loaded = EmbeddingClasses.loaded(Files.readAllLines(classes, StandardCharsets.UTF_8));
    assertTrue(loaded.contains("triage.shaded.org.jline.terminal.impl.jni.JniTerminalProvider"), loaded.toString());
    assertTrue(loaded.contains("org.jline.nativ.CLibrary"), "the native library was bound");
    assertFalse(loaded.contains("triage.shaded.org.jline.terminal.impl.DumbTerminal"), "no dumb fallback");
    try (Stream<Path> kept = Files.walk(cache)) {
      assertEquals(List.of("libjlinenative.so"), kept.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .toList(), "the native library, kept in the cache from the jar");
    }
  }

  @Test
  void noLibraryClassIsLeftUnderItsOwnName() throws IOException {
    List<String> outside = new ArrayList<>();
    Set<String> entries = new TreeSet<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (ZipEntry entry : Collections.list(jar.entries())) {
        entries.add(entry.getName());
        String name = entry.getName().replaceFirst("^META-INF/versions/[0-9]+/", "");
        boolean ours = name.startsWith("triage/") || name.startsWith(JNI);
        if (!entry.isDirectory() && (name.endsWith(".class") ? !ours : !ours && !name.startsWith("META-INF/"))) {
          outside.add(entry.getName());
        }
      }
      assertEquals(List.of(), outside, "classes and resources outside triage/ (and " + JNI + ", META-INF)");
      assertEquals("triage", jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));

      // What JLine and the JVM find by name must name classes the jar has, as relocated.
      List<String> named = new ArrayList<>();
      for (String provider : List.of("jni", "exec", "dumb")) {
        named.addAll(classNames(jar, "META-INF/jline/providers/" + provider));
      }
      for (String service : entries.stream().filter(e -> e.matches("META-INF/services/[^/]+")).toList()) {
        named.add(service.substring("META-INF/services/".length()));
        named.addAll(classNames(jar, service));
      }
      assertTrue(named.containsAll(List.of("triage.shaded.org.jline.terminal.impl.jni.JniTerminalProvider",
          "triage.shaded.org.jline.terminal.impl.exec.ExecTerminalProvider",
          "triage.shaded.org.jline.terminal.impl.DumbTerminalProvider")), named.toString());
      for (String name : named) {
        assertTrue(name.startsWith("triage.shaded."), name);
        assertTrue(entries.contains(name.replace('.', '/') + ".class"), name + " is not in the jar");
      }
    }
  }

  @Test
  void aProgramEmbeddingTheApiLoadsNoTerminalAndNoCommandLineFromTheJar() throws Exception {
    Path log = dir.resolve("classes.log");
    String testClasses = Path.of(EmbeddedRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
    Subprocess run = Subprocess.start(JAR + java.io.File.pathSeparator + testClasses,
        List.of("-Xlog:class+load=info:file=" + log), "triage.EmbeddedRun", "chest_pain=yes");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(java("-jar", JAR.toString(), "--answer", "chest_pain=yes", "--format", "json"), run.out());
    List<String> loaded = EmbeddingClasses.loaded(Files.readAllLines(log, StandardCharsets.UTF_8));
    assertTrue(loaded.contains("triage.shaded.org.yaml.snakeyaml.Yaml") || loaded.stream()
        .anyMatch(name -> name.startsWith("triage.shaded.org.yaml.snakeyaml.")), "the jar's own SnakeYAML");
    assertEquals(List.of(), EmbeddingClasses.terminalOrCommandLine(loaded));
  }

  @Test
  void itRunsFromTheModulePathUnderItsAutomaticModuleName() throws Exception {
    assertEquals(java("-jar", JAR.toString(), "--answer", "chest_pain=yes", "--format", "json"),
        java("--module-path", JAR.toString(), "--module", "triage/triage.Main", "--answer", "chest_pain=yes",
            "--format", "json"));
  }

  /** What {@code java args} writes on stdout; it must exit 0. */
  private String java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectErrorStream(false)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "java did not end");
    assertEquals(0, process.exitValue(), String.join(" ", command));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The class names a provider or service file lists: its lines without comments and blanks. */
  private static List<String> classNames(JarFile jar, String entry) throws IOException {
    ZipEntry found = jar.getEntry(entry);
    assertTrue(found != null, entry + " is not in the jar");
    try (InputStream in = jar.getInputStream(found)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
    }
  }

  /** Waits until the screen shows {@code text} at least {@code times} times. */
  private static void waitFor(Path screen, Process script, String text, int times) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (count(Files.readString(screen, StandardCharsets.UTF_8), text) < times) {
      assertTrue(System.currentTimeMillis() < deadline && script.isAlive(), "the screen never showed `"
          + text.replace("\u001b", "ESC") + "` " + times + " times:\n" + show(screen));
      Thread.sleep(20);
    }
  }

  private static int count(String screen, String text) {
    int count = 0;
    for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + text.length())) {
      count++;
    }
    return count;
  }

  private static void type(OutputStream keys, String typed) throws IOException {
    keys.write(typed.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  private static String show(Path screen) throws IOException {
    return Files.readString(screen, StandardCharsets.UTF_8).replace("\u001b", "ESC");
  }
}
