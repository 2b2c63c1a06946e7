package triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code triage} (or another main class, such as an embedding program) in a JVM of its own, for what
 * only a real process shows: signals, class loading.
 */
public final class Subprocess {

  /** Only a hang takes this long, even on a loaded machine: how fast a run is, is for src/bench to say. */
  private static final long HANG_MS = 180_000;

  private final Process process;
  private final Path out;
  private final Path err;

  private Subprocess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code java [jvmOptions] triage.Main args} on the test class path. */
  public static Subprocess start(List<String> jvmOptions, String... args) throws IOException {
    return start(System.getProperty("java.class.path"), jvmOptions, "triage.Main", args);
  }

  /** Starts {@code java [jvmOptions] -cp classPath mainClass args}. */
  public static Subprocess start(String classPath, List<String> jvmOptions, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    // Output goes to files: a full pipe would stall the child while the test waits on the other one.
    Path out = Files.createTempFile("triage-out", ".txt");
    Path err = Files.createTempFile("triage-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("TRIAGE_QUESTIONS");
    return new Subprocess(builder.start(), out, err);
  }

  public void write(String text) throws IOException {
    process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  public void closeInput() throws IOException {
    process.getOutputStream().close();
  }

  /** Waits until stderr has shown {@code text}. */
  public void waitForErr(String text) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + HANG_MS;
    while (!err().contains(text)) {
      if (System.currentTimeMillis() > deadline || !process.isAlive()) {
        throw new AssertionError("stderr never showed `" + text + "`; it showed:\n" + err());
      }
      Thread.sleep(10);
    }
  }

  public void signal(String name) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
  }

  public int exitCode() throws InterruptedException {
    if (!process.waitFor(HANG_MS, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("triage did not end");
    }
    return process.exitValue();
  }

  public String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  public String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }
}
