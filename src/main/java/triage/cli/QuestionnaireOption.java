package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Option;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.load.Snapshot;
import triage.load.YamlDocument;
import triage.model.Origin;

/**
 * {@code --questions FILE}, shared by every command that works on a questionnaire. Without it (and
 * without {@code TRIAGE_QUESTIONS}) the built-in questionnaire is used: a {@code questions.yaml} in
 * the current folder is never picked up silently, so a clinician always knows which file ran.
 */
public final class QuestionnaireOption {

  static final String ENV = "TRIAGE_QUESTIONS";
  static final String BUILT_IN = Origin.BUILT_IN_RESOURCE;
  /** The extension of the snapshot the build writes beside its jar ({@link BuiltInSnapshot}). */
  static final String SNAPSHOT = "snapshot";

  @Option(names = "--questions", paramLabel = "FILE",
      description = "Use this questionnaire file instead of the built-in one "
          + "(default: the file named by $" + ENV + ", else the built-in one).")
  Path file;

  /**
   * A questionnaire file as read: its name in messages, its bytes, and what loading them gives
   * (worked out once, by the first thread to ask; any other waits for it).
   */
  static final class Source {
    private final String name;
    private final byte[] bytes;
    private final FutureTask<Loaded> loading;

    Source(String name, byte[] bytes) {
      this.name = name;
      this.bytes = bytes;
      this.loading = new FutureTask<>(() -> QuestionnaireLoader.load(name, bytes));
    }

    /** With a snapshot of what loading the bytes gives, when the build has a fitting one. */
    private Source(String name, byte[] bytes, Callable<Optional<Loaded>> snapshot) {
      this.name = name;
      this.bytes = bytes;
      this.loading = new FutureTask<>(() -> snapshot.call().orElseGet(() -> QuestionnaireLoader.load(name, bytes)));
    }

    String name() {
      return name;
    }

    byte[] bytes() {
      return bytes;
    }

    /** Loaded, with whatever problems it has. */
    Loaded load() {
      loading.run(); // does nothing if it has run, or is running on another thread
      try {
        return loading.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause()); // loading throws nothing checked
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading a questionnaire", e);
      }
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

  /**
   * The built-in questionnaire, read once per process, from the snapshot the build wrote beside its
   * jar (pom.xml) when that snapshot was made by this very jar from these very bytes, else from the YAML.
   */
  private static final class BuiltIn {
    static final Source SOURCE = source();

    private static Source source() {
      byte[] bytes = resource(BUILT_IN);
      if (bytes == null) {
        throw new IllegalStateException("the built-in questionnaire is missing from the build");
      }
      return new Source(Origin.BUILT_IN, bytes, () -> snapshot(bytes));
    }

    /** What the build's snapshot holds, if there is one made by this jar from these bytes. */
    private static Optional<Loaded> snapshot(byte[] yaml) {
      Optional<Path> jar = BuildKey.jar();
      if (jar.isEmpty()) {
        return Optional.empty();
      }
      try {
        Path snapshot = BuildKey.beside(jar.get(), SNAPSHOT);
        return Files.isRegularFile(snapshot)
            ? Snapshot.read(Files.readAllBytes(snapshot), BuildKey.of(jar.get()), yaml)
            : Optional.empty();
      } catch (IOException e) {
        return Optional.empty(); // unreadable: the YAML is there to load instead
      }
    }

    /** The bytes of a resource of the build, or null when it has none. */
    private static byte[] resource(String name) {
      try (InputStream in = QuestionnaireOption.class.getResourceAsStream(name)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        throw new IllegalStateException("the build's " + name + " cannot be read", e);
      }
    }
  }

  /**
   * Starts loading the built-in questionnaire on another thread, so that it is ready, or nearly,
   * by the time the command line has been read. A run that uses another file just never asks.
   */
  public static void loadBuiltInAhead() {
    Thread thread = new Thread(() -> BuiltIn.SOURCE.load(), "load built-in questionnaire");
    thread.setDaemon(true);
    thread.start();
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
    return BuiltIn.SOURCE;
  }
}
