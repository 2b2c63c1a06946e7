package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.load.YamlDocument;
import triage.model.Origin;

/**
 * {@code --questions FILE}, shared by every command that runs a questionnaire. Without it (and
 * without {@code TRIAGE_QUESTIONS}) the built-in questionnaire runs: a {@code questions.yaml} in
 * the current folder is never picked up silently, so a clinician always knows which file ran.
 */
public final class QuestionnaireOption {

  static final String ENV = "TRIAGE_QUESTIONS";
  private static final String BUILT_IN = "/triage/questions.yaml";

  @Option(names = "--questions", paramLabel = "FILE",
      description = "Run this questionnaire file instead of the built-in one "
          + "(default: the file named by $" + ENV + ", else the built-in one).")
  Path file;

  /** The chosen questionnaire, loaded and free of errors. */
  public Loaded load(Io io) throws Failure {
    Path chosen = file;
    if (chosen == null && io.env(ENV) != null && !io.env(ENV).isBlank()) {
      chosen = Path.of(io.env(ENV));
    }
    Loaded loaded = chosen == null ? builtIn() : QuestionnaireLoader.load(chosen.toString(), read(chosen));
    if (loaded.hasErrors()) {
      throw Failure.invalid(loaded.origin().source(), loaded.errors());
    }
    return loaded;
  }

  static Loaded builtIn() {
    try (InputStream in = QuestionnaireOption.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the built-in questionnaire is missing from the build");
      }
      return QuestionnaireLoader.load(Origin.BUILT_IN, in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("the built-in questionnaire cannot be read", e);
    }
  }

  /** Reads a file the user named; a file that cannot be read is a failure, not a stack trace. */
  static byte[] read(Path path) throws Failure {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": it is a folder, not a file");
      }
      long size = Files.size(path);
      if (size > YamlDocument.MAX_BYTES) {
        throw Failure.invalid(name, List.of(YamlDocument.tooLarge(name, size)));
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": no such file");
    } catch (AccessDeniedException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + name + ": " + e.getMessage());
    }
  }
}
