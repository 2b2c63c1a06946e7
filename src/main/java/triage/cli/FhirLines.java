package triage.cli;

import java.util.Optional;
import triage.fhir.ResponseImport;
import triage.load.AnswersFile;
import triage.model.Problem;
import triage.model.Questionnaire;

/**
 * Batch lines that hold a FHIR {@code QuestionnaireResponse} instead of answers by id. Told apart
 * by their first field, {@code "resourceType"} (where FHIR tools write it), so that other lines
 * cost nothing more.
 */
final class FhirLines {

  private static final byte[] FIRST = "\"resourceType\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private FhirLines() {}

  /** Whether the line's first field is {@code "resourceType"}. */
  static boolean isResource(byte[] bytes, int from, int length) {
    int end = from + length;
    int i = skipSpace(bytes, from, end);
    if (i >= end || bytes[i] != '{') {
      return false;
    }
    i = skipSpace(bytes, i + 1, end);
    if (end - i < FIRST.length) {
      return false;
    }
    for (int k = 0; k < FIRST.length; k++) {
      if (bytes[i + k] != FIRST[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands the response's answers on, or says why they cannot be read. A data job is not told line by
   * line that a response names another version of the questionnaire: its answers are checked by
   * question id all the same.
   */
  static Optional<Failure> read(byte[] bytes, int from, int length, long line, Questionnaire ours,
      AnswerLine.Answers answers) {
    Optional<AnswersFile.Read> read = ResponseImport.read("line " + line, bytes, from, length, ours);
    if (read.isEmpty()) {
      return Optional.of(Failure.of(Failure.Kind.INVALID_ANSWER, "the line is not a JSON object"));
    }
    Optional<Problem> error = read.get().problems().stream().filter(Problem::isError).findFirst();
    if (error.isPresent()) {
      return Optional.of(Failure.of(Failure.Kind.INVALID_ANSWER, error.get().message()));
    }
    read.get().answers().forEach(answers::text);
    return Optional.empty();
  }

  private static int skipSpace(byte[] bytes, int from, int end) {
    int i = from;
    while (i < end && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i;
  }
}
