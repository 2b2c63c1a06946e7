package triage.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import triage.check.Validator;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.load.YamlDocument;
import triage.model.Origin;
import triage.model.Question;
import triage.render.Messages;

/**
 * A questionnaire, loaded and free of errors, ready to triage answer sets: the built-in one (the
 * repo's {@code questions.yaml}, carried in the jar), or one from a file or a string. Immutable:
 * load it once and share it between any number of threads. Loading is the only step that reads
 * anything; triaging reads no file and not the environment.
 *
 * <p>Serializable (as its name and bytes, loaded again on arrival), so that it can be broadcast to
 * the workers of a Spark or Flink job.
 */
public final class Questionnaire implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final byte[] bytes;
  private final transient Loaded loaded;
  private final transient Map<String, Messages> messages = new HashMap<>();
  private final transient Triager defaults;

  private Questionnaire(String source, byte[] bytes) {
    this.source = source;
    this.bytes = bytes;
    this.loaded = QuestionnaireLoader.load(source, bytes);
    if (loaded.hasErrors()) {
      throw new InvalidQuestionnaireException(source, loaded.problems().stream().map(Problem::of).toList());
    }
    // The tool's own words (only "your local emergency number" reaches a verdict), read now so that
    // triaging never reads a resource.
    for (String language : loaded.ready().languages()) {
      messages.put(language, Messages.of(language));
    }
    this.defaults = new Triager(this, Options.defaults());
  }

  /**
   * The built-in questionnaire, loaded once per class loader, on first use.
   *
   * @throws IllegalStateException when the jar does not carry it (a broken build)
   */
  public static Questionnaire builtIn() {
    return BuiltIn.QUESTIONNAIRE;
  }

  /** Holds the built-in questionnaire: loaded when first asked for, by the first thread to ask. */
  private static final class BuiltIn {
    static final Questionnaire QUESTIONNAIRE = new Questionnaire(Origin.BUILT_IN, resource());

    private static byte[] resource() {
      try (InputStream in = Questionnaire.class.getResourceAsStream(Origin.BUILT_IN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the built-in questionnaire is missing from the build");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("the built-in questionnaire cannot be read", e);
      }
    }
  }

  /**
   * Loads a questionnaire file (UTF-8 YAML, at most 64 MiB). Problems name it as {@code file} was given.
   *
   * @throws IOException when it is not a regular file or cannot be read
   * @throws InvalidQuestionnaireException when it has errors, listing every problem found
   */
  public static Questionnaire load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is not a regular file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) YamlDocument.MAX_BYTES + 1);
    }
    if (bytes.length > YamlDocument.MAX_BYTES) {
      throw new InvalidQuestionnaireException(file.toString(),
          List.of(Problem.of(YamlDocument.tooLarge(file.toString(), bytes.length))));
    }
    return new Questionnaire(file.toString(), bytes);
  }

  /**
   * Loads a questionnaire from its YAML text; {@code name} names it in problems and in the verdict's
   * {@code questionnaire.source}, as a file name would.
   *
   * @throws InvalidQuestionnaireException when it has errors, listing every problem found
   */
  public static Questionnaire parse(String name, String yaml) {
    return new Questionnaire(Objects.requireNonNull(name, "name"), yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** Its id, such as {@code upper-back-pop}. */
  public String id() {
    return model().id();
  }

  /** Its version, such as {@code 2.0.0}. */
  public String version() {
    return model().version();
  }

  /** The sha256 of its bytes, in hex: which questionnaire gave a verdict, exactly. */
  public String sha256() {
    return loaded.origin().sha256();
  }

  /** The file's name as it was given, or {@code built-in}. */
  public String source() {
    return source;
  }

  /** Its default language, such as {@code en}. */
  public String language() {
    return model().language();
  }

  /** Every language its texts are in, the default first. */
  public List<String> languages() {
    return model().languages();
  }

  /** The ids of its questions, in the order of the file: the keys an answer set may have. */
  public List<String> questionIds() {
    return model().questions().stream().map(Question::id).toList();
  }

  /**
   * Everything {@code triage validate} reports: what loading found, then what no walk can reach,
   * the safety of red flags, their coverage, the safety net of every level, style and
   * translations; errors and warnings, in the order of the file. A questionnaire with errors here
   * still loads (as it does for {@code triage run} and {@code batch}); refuse it yourself if you
   * should.
   */
  public List<Problem> check() {
    return Validator.validate(loaded).stream().map(Problem::of).toList();
  }

  /**
   * A triager with these options, to triage many answer sets with.
   *
   * @throws IllegalArgumentException when the options ask for a language the questionnaire lacks
   */
  public Triager triager(Options options) {
    return options.equals(Options.defaults()) ? defaults : new Triager(this, options);
  }

  /**
   * Triages one answer set with the {@linkplain Options#defaults() default options}; see
   * {@link Triager#triage(Map)}.
   *
   * @throws AnswerException when the answers give no verdict
   */
  public Verdict triage(Map<String, ?> answers) {
    return defaults.triage(answers);
  }

  /** Two questionnaires are equal when they were loaded from the same name and the same bytes. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Questionnaire that && source.equals(that.source) && sha256().equals(that.sha256());
  }

  /** A hash of the name and the sha256. */
  @Override
  public int hashCode() {
    return source.hashCode() * 31 + sha256().hashCode();
  }

  /** Its id, version, source and sha256, for logs. */
  @Override
  public String toString() {
    return id() + " " + version() + " (" + source + ", sha256 " + sha256() + ")";
  }

  triage.model.Questionnaire model() {
    return loaded.ready();
  }

  Loaded loaded() {
    return loaded;
  }

  Messages messages(String language) {
    return messages.get(language);
  }

  private Object writeReplace() {
    return new Serialized(source, bytes);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a questionnaire travels as its name and bytes");
  }

  /** What travels: the name and the bytes, loaded again on arrival (the built-in one too: the jars may differ). */
  private record Serialized(String source, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return new Questionnaire(source, bytes);
    }
  }
}
