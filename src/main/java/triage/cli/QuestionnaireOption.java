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
 * {@code --questions FILE}, shared by every command that works on a questionnaire. Without it (and
 * without {@code TRIAGE_QUESTIONS}) the built-in questionnaire is used: a {@code questions.yaml} in
 * the current folder is never picked up silently, so a clinician always knows which file ran.
 */
public final class QuestionnaireOption {

  static final String ENV = "TRIAGE_QUESTIONS";
  private static final String BUILT_IN = "/triage/questions.yaml";

  @Option(names = "--questions", paramLabel = "FILE",
      description = "Use this questionnaire file instead of the built-in one "
          + "(default: the file named by $" + ENV + ", else the built-in one).")
  Path file;

  /** A questionnaire file as read: its name in messages and its bytes. */
  record Source(String name, byte[] bytes) {
    /** Loaded, with whatever problems it has. */
    Loaded load() {
      return QuestionnaireLoader.load(name, bytes);
    }

    /** Loaded, and free of errors. */
    Loaded loadValid() throws Failure {
      Loaded loaded = load();
      if (loaded.hasErrors()) {
        throw Failure.invalid(name, loaded.errors());
      }
      return loaded;
    }
  }

  /** The questionnaire chosen: the option, else the environment, else the built-in one. */
  Source source(Io io) throws Failure {
    Path chosen = file;
    if (chosen == null && io.env(ENV) != null && !io.env(ENV).isBlank()) {
      chosen = Path.of(io.env(ENV));
    }
    return chosen == null ? builtIn() : read(chosen);
  }

  /** The chosen questionnaire, loaded and free of errors. */
  public Loaded load(Io io) throws Failure {
    return source(io).loadValid();
  }

  static Source read(Path path) throws Failure {
    String name = path.toString();
    return new Source(name, InputFiles.read(path, YamlDocument.MAX_BYTES,
        size -> Failure.invalid(name, List.of(YamlDocument.tooLarge(name, size)))));
  }

  static Source builtIn() {
    try (InputStream in = QuestionnaireOption.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the built-in questionnaire is missing from the build");
      }
      return new Source(Origin.BUILT_IN, in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("the built-in questionnaire cannot be read", e);
    }
  }
}
