package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** CSV the tool writes reads back, field for field, with a CSV reader: commas, quotes and line breaks included. */
class CsvTest {

  /**
   * Line breaks, commas and quotes: what a hand-made CSV gets wrong (a bare carriage return cannot
   * reach a questionnaire text at all: loading refuses control characters).
   */
  private static final String AWKWARD = "Pain, \"sharp\"\nor dull,\n\nnow then?";

  @TempDir
  Path dir;

  private static List<CSVRecord> read(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void reportWordsWithLineBreaksCommasAndQuotesReadBack() throws Exception {
    String yaml = Trees.SMALL.replace("text: Chest pain?", "text: \"Pain, \\\"sharp\\\"\\nor dull,\\n\\nnow then?\"");
    Path questions = Files.writeString(dir.resolve("awkward.yaml"), yaml);
    Path transcripts = dir.resolve("pilot.jsonl");
    Cli.Result run = Cli.run("no\nno\n3\nfew\n", "--questions", questions.toString(), "-q", "--record",
        transcripts.toString());
    assertEquals(0, run.exit(), run.err());

    Cli.Result report = Cli.run("", "report", "--questions", questions.toString(), "--format", "csv",
        transcripts.toString());
    assertEquals(0, report.exit(), report.err());
    List<CSVRecord> rows = read(report.out());
    assertEquals("chest", rows.get(0).get("question"));
    assertEquals("en", rows.get(0).get("language"));
    assertEquals(AWKWARD, rows.get(0).get("words"));
    assertEquals("1", rows.get(0).get("asked"));
    assertEquals("no=1", rows.get(0).get("answers"));
  }

  @Test
  void pathsReadBackOneRowEach() throws Exception {
    Path questions = Trees.writeSmall(dir);
    Cli.Result paths = Cli.run("", "paths", "--questions", questions.toString(), "--format", "csv");
    assertEquals(0, paths.exit(), paths.err());
    List<CSVRecord> rows = read(paths.out());
    assertEquals(19, rows.size());
    assertEquals(List.of("1", "emergency", "emergency", "chest=yes"), rows.get(0).toList());
  }
}
