package triage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import triage.fhir.ResponseImport;
import triage.load.AnswersFile;
import triage.load.YamlDocument;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.render.Shown;

/** The options of a questionnaire run, shared by {@code triage} and {@code triage run}. */
public final class RunOptions {

  static final String STDIN = "-";

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  LanguageOption language;

  @Mixin
  EmergencyNumberOption emergencyNumber;

  @Option(names = "--answer", paramLabel = "ID=VALUE",
      description = "Answer a question by its id, e.g. --answer numbness=no (repeatable). "
          + "Only questions without an answer are asked.")
  List<String> answer = new ArrayList<>();

  @Option(names = "--answers", paramLabel = "FILE",
      description = "Answers by question id from a YAML or JSON map (an id key, as a batch line has, is "
          + "ignored), or by linkId from a FHIR QuestionnaireResponse (JSON); - reads it from stdin. "
          + "--answer wins over the file.")
  Path answersFile;

  @Option(names = "--no-input", description = "Never ask: a question without an answer ends the run (exit 3).")
  boolean noInput;

  /**
   * text; json: one JSON object on stdout, errors as JSON on stderr; or fhir-r4: a FHIR
   * QuestionnaireResponse on stdout, errors as JSON on stderr.
   */
  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.text, FormatOption.Format.json,
      FormatOption.Format.fhir_r4);

  @Option(names = "--record", paramLabel = "FILE",
      description = "Append a transcript of the session to FILE (one JSON line; see the README for what is kept).")
  Path record;

  @Option(names = "--save", paramLabel = "FILE",
      description = "Also write your answers and the result to FILE, as short plain text to print or show a professional.")
  Path save;

  @Option(names = "--verbose",
      description = "Also show which questionnaire ran (its id, version and sha256) under the result.")
  boolean verbose;

  @Option(names = "--exit-by-level",
      description = "Exit 0 self-care, 10 see-professional, 20 urgent, 30 emergency (errors keep their codes).")
  boolean exitByLevel;

  @Option(names = "--plain",
      description = "Screen-reader friendly: no colour, no cursor movement, every prompt a full sentence.")
  boolean plain;

  @Option(names = {"--no-color", "--no-colour"}, description = "No colour (also when NO_COLOR is set or TERM=dumb).")
  boolean noColour;

  @Option(names = "--strict",
      description = "From a pipe: lines left after the result are an error (exit 65), not a warning.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "No prompts on stderr when answers come from a pipe.")
  boolean quiet;

  boolean answersGiven() {
    return answersFile != null || !answer.isEmpty();
  }

  /** Whether the answers file is stdin, which then cannot also be asked from. */
  boolean answersFromStdin() {
    return answersFile != null && STDIN.equals(answersFile.toString());
  }

  /** The key of a batch line's own id, which a file of answers may hold too: a batch line replayed through run. */
  static final String ID = "id";

  /**
   * The answers given by id: the file's, then each {@code --answer} over them. The file's
   * {@code id} is left out (no question may be called that): so a batch line can be replayed as it is.
   */
  Map<String, String> answers(Io io, Questionnaire questionnaire) throws Failure {
    Map<String, String> answers = new LinkedHashMap<>();
    if (answersFile != null) {
      String name = answersFromStdin() ? "<stdin>" : answersFile.toString();
      byte[] bytes = answersFromStdin() ? readStdin(io) : InputFiles.read(answersFile, YamlDocument.MAX_BYTES,
          size -> Failure.said(Failure.Kind.INVALID_ANSWER, "answers.too-large", answersFile, size));
      AnswersFile.Read read = ResponseImport.read(name, bytes, 0, bytes.length, questionnaire)
          .orElseGet(() -> AnswersFile.read(name, bytes));
      List<Problem> errors = read.problems().stream().filter(Problem::isError).toList();
      if (!errors.isEmpty()) {
        throw Failure.unreadableAnswers(name, errors);
      }
      read.problems().forEach(warning -> io.err().println("triage: " + warning.format()));
      answers.putAll(read.answers());
      answers.remove(ID);
    }
    Map<String, String> given = new LinkedHashMap<>();
    for (String pair : answer) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw Failure.said(Failure.Kind.USAGE, "answer.form", Shown.input(pair));
      }
      String id = pair.substring(0, equals).strip();
      if (given.put(id, pair.substring(equals + 1)) != null) {
        throw Failure.said(Failure.Kind.USAGE, "answer.twice", Shown.input(id));
      }
    }
    answers.putAll(given);
    return answers;
  }

  private static byte[] readStdin(Io io) throws Failure {
    try {
      byte[] bytes = io.in().readNBytes((int) YamlDocument.MAX_BYTES + 1);
      if (bytes.length > YamlDocument.MAX_BYTES) {
        throw Failure.said(Failure.Kind.INVALID_ANSWER, "answers.stdin-too-large");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
