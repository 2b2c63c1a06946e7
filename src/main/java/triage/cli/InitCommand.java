package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code triage init [FILE]}: a small, valid, commented questionnaire to start from (0 errors, 0
 * warnings), to FILE or standard output. An existing file is never overwritten.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Write a small, valid, commented questionnaire to start from.",
    description = "Write a starter questionnaire to FILE (never over an existing file), or to standard output"
        + " when FILE is - or left out. It passes validate with no errors and no warnings.")
public final class InitCommand implements Callable<Integer> {

  static final String STARTER = "/triage/starter.yaml";

  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write it (default: standard output).")
  String file;

  public InitCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    String starter = starter();
    if (file == null || file.equals("-")) {
      io.out().print(starter);
      return ExitCode.OK;
    }
    Path path = Path.of(file);
    try {
      Files.writeString(path, starter, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw Failure.of(Failure.Kind.WRITE_FAILED, file + " already exists; init never writes over a file: give"
          + " another name");
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.WRITE_FAILED, file + " cannot be written: " + e.getMessage());
    }
    io.err().println("wrote " + file + "; check it with: triage validate " + file);
    return ExitCode.OK;
  }

  /** The starter questionnaire, as the build carries it. */
  static String starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException("the build has no " + STARTER);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the build's " + STARTER + " cannot be read", e);
    }
  }
}
