package triage.cli;

import java.io.IOException;
import java.io.InputStream;
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
    Loaded loaded = chosen == null ? builtIn() : load(chosen);
    if (loaded.hasErrors()) {
      throw Failure.invalid(loaded.origin().source(), loaded.errors());
    }
    return loaded;
  }

  static Loaded load(Path path) throws Failure {
    String name = path.toString();
    byte[] bytes = InputFiles.read(path, YamlDocument.MAX_BYTES,
        size -> Failure.invalid(name, List.of(YamlDocument.tooLarge(name, size))));
    return QuestionnaireLoader.load(name, bytes);
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
}
