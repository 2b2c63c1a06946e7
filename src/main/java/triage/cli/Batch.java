package triage.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.fhir.Resources;
import triage.fhir.ResponseExport;
import triage.model.Level;
import triage.render.Json;
import triage.render.VerdictJson;
import triage.walk.AnswerSheet;
import triage.walk.Walker;

/**
 * Re-triages a stream of answer sets, one JSON object per line, writing one JSON line per input
 * line in the same order: the verdict, or the error for that line. A bad line never stops the
 * batch; nothing is kept but counts, so memory stays flat however long the input. One thread: on
 * two cores, a second one (reading and walking apart) measured slower, since parsing, the JIT
 * and the collector already share the second core.
 */
final class Batch {

  /** Lines longer than this are errors (and are never held in memory whole). */
  static final int MAX_LINE = 1 << 20;

  /** A batch that a failed read or write stopped after {@code triaged} lines (the last perhaps part written). */
  static final class Stopped extends Exception {
    private static final long serialVersionUID = 1L;
    final long triaged;

    Stopped(IOException cause, long triaged) {
      super(cause.getMessage(), cause);
      this.triaged = triaged;
    }
  }

  /** How many lines gave each level, and how many were errors. */
  record Summary(Map<Level, Long> levels, long errors) {
    long lines() {
      return levels.values().stream().mapToLong(Long::longValue).sum() + errors;
    }
  }

  /** What a gap in a line's answers means. */
  enum Gaps {
    /** A question reached without an answer is taken as {@code unsure} where it accepts that. */
    UNSURE,
    /** A question reached without an answer makes the line an error. */
    STRICT
  }

  private final Walker walker;
  private final VerdictJson verdicts;
  private final Gaps gaps;
  private final boolean parseOnly;
  private final Optional<ResponseExport> responses;

  /**
   * With {@code parseOnly}, lines are read and written back without walking: the benchmark's
   * baseline. With {@code responses}, each verdict is written as a FHIR QuestionnaireResponse.
   */
  Batch(Walker walker, VerdictJson verdicts, Gaps gaps, boolean parseOnly, Optional<ResponseExport> responses) {
    this.walker = walker;
    this.verdicts = verdicts;
    this.gaps = gaps;
    this.parseOnly = parseOnly;
    this.responses = responses;
  }

  /**
   * Triages every line of {@code in} onto {@code out}. A read or write that fails (a full disk, a
   * reader gone) stops it at once: nothing after it is read, written or counted.
   *
   * @throws Stopped with the cause and how many lines had been triaged when it failed
   */
  Summary run(InputStream in, OutputStream out) throws Stopped {
    long[] counts = new long[Level.values().length];
    long errors = 0;
    ByteLines lines = new ByteLines(in, MAX_LINE);
    try (JsonGenerator json = Json.generator(out)) {
      json.setRootValueSeparator(null);
      while (lines.next()) {
        Optional<Level> level = line(lines, json);
        if (level.isPresent()) {
          counts[level.get().ordinal()]++;
        } else {
          errors++;
        }
        json.writeRaw('\n');
        if (lines.number() % 1024 == 0) {
          json.flush();
        }
      }
    } catch (IOException e) {
      throw new Stopped(e, lines.number());
    }
    Map<Level, Long> levels = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      levels.put(level, counts[level.ordinal()]);
    }
    return new Summary(levels, errors);
  }

  /** Writes the line's verdict or error; the verdict's level, or empty for an error. */
  private Optional<Level> line(ByteLines lines, JsonGenerator json) throws IOException {
    if (lines.tooLong()) {
      return error(json, Optional.empty(), lines.number(),
          Failure.of(Failure.Kind.INVALID_ANSWER, "the line is longer than " + MAX_LINE + " bytes"));
    }
    if (parseOnly) {
      return echo(lines, json);
    }
    AnswerSheet.Builder builder = new AnswerSheet.Builder(walker);
    Optional<AnswerLine.Id> id = Optional.empty();
    if (FhirLines.isResource(lines.bytes(), lines.length())) {
      Optional<Failure> unreadable = FhirLines.read(lines.bytes(), lines.length(), lines.number(), builder::add);
      if (unreadable.isPresent()) {
        return error(json, id, lines.number(), unreadable.get());
      }
    } else {
      try {
        id = AnswerLine.parse(lines.bytes(), lines.length(), builder::add);
      } catch (AnswerLine.Malformed e) {
        return error(json, e.id(), lines.number(), Failure.of(Failure.Kind.INVALID_ANSWER, e.getMessage()));
      }
    }
    AnswerSheet.Checked checked = builder.build();
    Optional<Failure> refused = Failure.refusing(checked);
    if (refused.isPresent()) {
      return error(json, id, lines.number(), refused.get());
    }
    AnswerSheet sheet = ((AnswerSheet.Accepted) checked).sheet();
    AnswerSheet.Reached reached = gaps == Gaps.UNSURE ? sheet.walkAssumingUnsure(walker) : sheet.walk(walker);
    if (reached instanceof AnswerSheet.Missing missing) {
      return error(json, id, lines.number(), Failure.unanswered(missing.question(), ""));
    }
    AnswerSheet.Finished finished = (AnswerSheet.Finished) reached;
    if (responses.isPresent()) {
      Resources.write(json, responses.get().response(finished.verdict(), id.map(AnswerLine.Id::text)));
      return Optional.of(finished.verdict().level());
    }
    json.writeStartObject();
    if (id.isPresent()) {
      id.get().write(json);
    }
    verdicts.writeFields(json, finished.verdict(), finished.unused(), finished.assumedUnsure());
    json.writeEndObject();
    return Optional.of(finished.verdict().level());
  }

  private static Optional<Level> error(JsonGenerator json, Optional<AnswerLine.Id> id, long number, Failure failure)
      throws IOException {
    json.writeStartObject();
    if (id.isPresent()) {
      id.get().write(json);
    }
    json.writeNumberField("line", number);
    Reports.writeFields(json, failure);
    json.writeEndObject();
    return Optional.empty();
  }

  /** The baseline: the line parsed and written back as it was read, with no checking or walking. */
  private static Optional<Level> echo(ByteLines lines, JsonGenerator json) throws IOException {
    List<String> answers = new ArrayList<>();
    Optional<AnswerLine.Id> id;
    try {
      id = AnswerLine.parse(lines.bytes(), lines.length(), (question, value) -> {
        answers.add(question);
        answers.add(value);
      });
    } catch (AnswerLine.Malformed e) {
      return error(json, e.id(), lines.number(), Failure.of(Failure.Kind.INVALID_ANSWER, e.getMessage()));
    }
    json.writeStartObject();
    if (id.isPresent()) {
      id.get().write(json);
    }
    for (int i = 0; i < answers.size(); i += 2) {
      json.writeStringField(answers.get(i), answers.get(i + 1));
    }
    json.writeEndObject();
    return Optional.of(Level.SELF_CARE);
  }
}
