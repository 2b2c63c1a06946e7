package triage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.TerminalBuilder;
import triage.cli.Io;
import triage.cli.QuestionnaireOption;

/**
 * Not a command: the training run behind the class-data-sharing archive that {@code mvn package}
 * builds (see pom.xml). In one JVM it takes the paths that people and scripts take most, so that
 * the JVM can list every class they load; the archive then holds those classes parsed and
 * verified, ready to map at start-up. What it prints is thrown away. It ships in the jar and runs
 * from it because the jar's libraries are relocated ({@code triage.shaded.}): code compiled
 * against JLine's own names, as the tests are, could not drive the jar's terminal.
 */
public final class StartupTraining {

  /**
   * A self-care walk of the built-in questionnaire with no warning sign, piped: every red flag no,
   * popping 3 times a day, sitting 4 to 8 hours, no neck cracking, no hard twists, no stress,
   * strength training.
   */
  public static final String ALL_NO = "no\n".repeat(25) + "3\n4_to_8\nno\nno\nno\nyes\n";

  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    QuestionnaireOption.loadBuiltInAhead();
    Path folder = Files.createTempDirectory("triage-training");
    Path answers = Files.writeString(folder.resolve("answers.yaml"), "{bladder_bowel: no, chest_pain: no}\n");
    Path transcripts = folder.resolve("transcripts.jsonl");
    // Scripts: answers by id, JSON out, and the errors they meet.
    run("", "--answers", answers.toString(), "--format", "json", "--answer", "numbness=yes");
    run("", "--format", "json", "--exit-by-level", "--answer", "bladder_bowel=yes");
    run("", "--format", "json", "--answer", "numbnes=yes");
    run("", "--answer", "chest_pain=maybe");
    run("", "--answers", answers.toString(), "--no-input");
    // Pipes: one answer per line, text out, in both languages.
    run(ALL_NO, "-q");
    run(ALL_NO, "--lang", "es", "--record", transcripts.toString());
    run("no\nmaybe\n", "-q");
    run("{\"id\":1,\"numbness\":\"yes\"}\n{\"numbnes\":\"yes\"}\n", "batch");
    // A person at a terminal, on a terminal made of streams (the machine building this has none).
    terminal("no\r?\rback\rno\rno\rnot sure\rquit\r");
    TerminalBuilder.builder().system(true).dumb(true).graphemeCluster(false).build().close();
    // A person at a real terminal: what the build, which has none, cannot open, loaded by name.
    loadByName();
    // Clinicians. Not --help: its sections are lambdas of picocli's Java 5 interface, and a dump
    // that links that interface must leave it out with every class that implements it, picocli's
    // own help sections among them, which every run loads (18 classes, some 30 ms a run).
    run("", "validate");
    run("", "report", transcripts.toString());
    run("", "--version");
    Files.deleteIfExists(transcripts);
    Files.delete(answers);
    Files.delete(folder);
  }

  /**
   * The classes a run at a real terminal loads that the paths above cannot reach: JLine's native
   * terminal over the process's own tty, the JVM's signal handling it registers with, and what
   * {@code java -jar} (not {@code -cp}, as here) reads the jar with. Loaded, not initialized: the
   * archive takes them parsed and verified all the same. One that is not there (another JDK or
   * JLine) is passed over: the archive then only lacks it, and the run loads it from the jar.
   */
  private static final List<String> REAL_TERMINAL = List.of(
      "triage.cli.SystemTerminal",
      "triage.cli.NativeLibrary",
      "org.jline.terminal.impl.AbstractUnixSysTerminal",
      "org.jline.terminal.impl.jni.JniUnixSysTerminal",
      "org.jline.terminal.impl.SignalInterceptingInputStream",
      "org.jline.utils.FastBufferedOutputStream",
      "org.jline.utils.PumpThread$ResultHandler",
      "org.jline.utils.PumpThread$TimedIoReader",
      "org.jline.utils.Signals",
      "org.jline.utils.ShutdownHooks",
      "org.jline.utils.ShutdownHooks$1",
      "org.jline.utils.ShutdownHooks$Task",
      "sun.misc.Signal",
      "sun.misc.SignalHandler",
      "sun.misc.Signal$InternalMiscHandler",
      "sun.misc.Signal$SunMiscHandler",
      "jdk.internal.reflect.UnsafeQualifiedStaticFieldAccessorImpl",
      "jdk.internal.reflect.UnsafeQualifiedStaticObjectFieldAccessorImpl",
      "java.util.jar.JarVerifier",
      "java.security.CodeSigner",
      "java.io.RandomAccessFile$1");

  private static void loadByName() {
    for (String name : REAL_TERMINAL) {
      try {
        Class.forName(name, false, StartupTraining.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        // not in this JDK or JLine
      }
    }
  }

  private static void run(String stdin, String... args) {
    Main.run(io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, null), args);
  }

  private static void terminal(String keys) {
    // The terminal's pumps complain when it closes under them; that is the training ending, not news.
    Logger.getLogger("org.jline").setLevel(Level.OFF);
    InputStream typed = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
    Main.run(io(InputStream.nullInputStream(), true, plain -> TerminalBuilder.builder()
        .system(false)
        .streams(typed, new ByteArrayOutputStream())
        .type("xterm-256color")
        .graphemeCluster(false)
        .build()));
  }

  private static Io io(InputStream in, boolean terminal, Io.Terminals terminals) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    return new Io(in, nowhere, nowhere, nowhere, Map.of(), terminal, terminal, terminals);
  }
}
