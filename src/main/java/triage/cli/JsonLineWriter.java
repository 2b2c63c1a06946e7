package triage.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import triage.fhir.Resources;
import triage.fhir.ResponseExport;
import triage.render.Json;
import triage.render.VerdictJson;
import triage.walk.AnswerSheet;

/** Batch output as JSON Lines: one object a line, {@code id}, {@code file}, {@code line} and kept columns first. */
final class JsonLineWriter implements LineWriter {

  private static final SerializedString FILE = new SerializedString("file");
  private static final SerializedString LINE = new SerializedString("line");

  private final JsonGenerator json;
  private final VerdictJson verdicts;
  private final SerializedString[] keep;
  private final Optional<ResponseExport> responses;

  /** With {@code responses}, a verdict is written as a FHIR QuestionnaireResponse; errors stay as they are. */
  JsonLineWriter(OutputStream out, VerdictJson verdicts, List<String> keep, Optional<ResponseExport> responses)
      throws IOException {
    this.json = Json.generator(out);
    json.setRootValueSeparator(null);
    this.verdicts = verdicts;
    this.keep = keep.stream().map(SerializedString::new).toArray(SerializedString[]::new);
    this.responses = responses;
  }

  @Override
  public void verdict(Where where, AnswerSheet.Finished finished) throws IOException {
    if (responses.isPresent()) {
      Resources.write(json, responses.get().response(finished.verdict(), where.id().map(AnswerLine.Id::text)));
      json.writeRaw('\n');
      return;
    }
    start(where);
    verdicts.writeFields(json, finished.verdict(), finished.unused(), finished.assumedUnsure());
    end();
  }

  @Override
  public void error(Where where, Failure failure) throws IOException {
    start(where);
    Reports.writeFields(json, failure);
    end();
  }

  @Override
  public void echo(Where where, List<Echo> answers) throws IOException {
    start(where);
    for (Echo answer : answers) {
      json.writeFieldName(answer.question());
      switch (answer.kind()) {
        case NUMBER -> json.writeNumber(answer.text());
        case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(answer.text()));
        case NOTHING -> json.writeNull();
        default -> json.writeString(answer.text());
      }
    }
    end();
  }

  private void start(Where where) throws IOException {
    json.writeStartObject();
    if (where.id().isPresent()) {
      where.id().get().write(json);
    }
    if (where.input().isPresent()) {
      json.writeFieldName(FILE);
      json.writeString(where.input().get());
    }
    json.writeFieldName(LINE);
    json.writeNumber(where.line());
    for (int i = 0; i < keep.length; i++) {
      json.writeFieldName(keep[i]);
      if (where.kept()[i] == null) {
        json.writeNull();
      } else {
        where.kept()[i].write(json);
      }
    }
  }

  private void end() throws IOException {
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    json.flush();
  }
}
