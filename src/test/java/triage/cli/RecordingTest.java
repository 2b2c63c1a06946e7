package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;
import triage.transcript.Transcript;

/** --record: one line per session, however it ends; and report over them. */
class RecordingTest {

  @TempDir
  Path dir;

  private Path small;
  private Path record;

  @BeforeEach
  void files() throws Exception {
    small = Trees.writeSmall(dir);
    record = dir.resolve("sessions.jsonl");
  }

  private List<String> lines() throws Exception {
    return Files.readAllLines(record);
  }

  /** A line with its "started" and "ms" values made stable. */
  private static String stable(String line) {
    return line.replaceAll("\"started\":\"[^\"]+\"", "\"started\":\"T\"").replaceAll("\"ms\":\\d+", "\"ms\":0")
        .replaceAll("\"sha256\":\"[0-9a-f]+\"", "\"sha256\":\"S\"");
  }

  @Test
  void aPipedSessionIsRecordedBeforeItsVerdict() throws Exception {
    Cli.Result result = Cli.run("no\nyes\n", "-q", "--questions", small.toString(), "--record", record.toString());
    assertEquals(0, result.exit());
    assertEquals(List.of("{\"transcript\":1,\"started\":\"T\",\"questionnaire\":{\"id\":\"test\",\"version\":\"1.0.0\","
        + "\"sha256\":\"S\"},\"language\":\"en\",\"mode\":\"pipe\",\"asked\":["
        + "{\"question\":\"chest\",\"text\":\"" + Transcript.hash("Chest pain?") + "\",\"answer\":\"no\",\"ms\":0,"
        + "\"help\":0,\"back\":0,\"rejected\":0},"
        + "{\"question\":\"numb\",\"text\":\"" + Transcript.hash("Numbness?") + "\",\"answer\":\"yes\",\"ms\":0,"
        + "\"help\":0,\"back\":0,\"rejected\":0}],\"end\":\"verdict\",\"level\":\"urgent\",\"outcome\":\"urgent\"}"),
        lines().stream().map(RecordingTest::stable).toList());
    assertTrue(lines().get(0).matches(".*\"started\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z\".*"),
        "the start is kept to the minute");
  }

  @Test
  void everyEndWithoutAVerdictIsRecordedWithWhereItEnded() throws Exception {
    assertEquals(3, Cli.run("no\n", "-q", "--questions", small.toString(), "--record", record.toString()).exit());
    assertEquals(65, Cli.run("maybe\n", "-q", "--questions", small.toString(), "--record", record.toString()).exit());
    assertEquals(3, Cli.run("", "--answer", "chest=no", "--questions", small.toString(), "--record",
        record.toString()).exit());
    List<String> lines = lines();
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).endsWith("\"end\":\"input-ended\",\"at\":\"numb\"}"), lines.get(0));
    assertTrue(lines.get(1).endsWith("\"answer\":null,\"ms\":" + lines.get(1).replaceAll(".*\"ms\":(\\d+).*", "$1")
        + ",\"help\":0,\"back\":0,\"rejected\":1}],\"end\":\"rejected\",\"at\":\"chest\"}"), lines.get(1));
    assertTrue(lines.get(2).contains("\"mode\":\"answers\""), lines.get(2));
    assertTrue(lines.get(2).endsWith("\"end\":\"missing\",\"at\":\"numb\"}"), lines.get(2));
    assertTrue(!String.join("\n", lines).contains("maybe"), "nothing typed is kept");
  }

  @Test
  void aRecordThatCannotBeWrittenIsRefusedBeforeAnyQuestion() throws Exception {
    Cli.Result result = Cli.run("yes\n", "-q", "--questions", small.toString(), "--record",
        dir.resolve("no/such/folder/t.jsonl").toString());
    assertEquals(66, result.exit());
    assertEquals("", result.out());
  }

  @Test
  void theReportReadsWhatWasRecorded() throws Exception {
    Cli.run("no\nno\n3\nfew\n", "-q", "--questions", small.toString(), "--record", record.toString());
    Cli.run("unsure\nno\n12\nmany\n", "-q", "--questions", small.toString(), "--record", record.toString());
    Cli.run("no\n", "-q", "--questions", small.toString(), "--record", record.toString());
    Files.writeString(record, "{\"transcript\":1,\"asked\":[", StandardOpenOption.APPEND);
    Cli.Result report = Cli.run("", "report", "--questions", small.toString(), record.toString());
    assertEquals(0, report.exit(), report.err());
    String out = report.out().replaceAll("\\d+\\.\\d s", "M s");
    assertEquals("""
        Transcripts: 3 sessions from 1 file; 1 unreadable lines skipped (%1$s:4)
        Verdicts (2): self-care 1, see-professional 0, urgent 1, emergency 0
        No verdict (1): input-ended 1

        question           wording            asked  unsure    help    back rejected   median  answers
        chest              %2$s       3   33.3%%    0.0%%    0.0%%     0.0%%    M s  no 2 · unsure 1
                           en (1.0.0): Chest pain?
        numb               %3$s       3    0.0%%    0.0%%    0.0%%     0.0%%    M s  no 2
                           en (1.0.0): Numbness?
        pops               %4$s       2    0.0%%    0.0%%    0.0%%     0.0%%    M s  3 1 · 12 1
                           en (1.0.0): Pops a day?
        sitting            %5$s       2    0.0%%    0.0%%    0.0%%     0.0%%    M s  few 1 · many 1
                           en (1.0.0): Hours sitting?

        unsure: a share of the answers given; help, back and rejected: of the times asked;
        median: of the answers typed (answers given by id are not timed; - when none was)

        Drop-off: where sessions ended without a verdict
          numb               input-ended 1
        """.formatted(record, Transcript.hash("Chest pain?"), Transcript.hash("Numbness?"),
        Transcript.hash("Pops a day?"), Transcript.hash("Hours sitting?")), out);
    Cli.Result csv = Cli.run("", "report", "--format", "csv", "--questions", small.toString(), record.toString());
    assertTrue(csv.out().startsWith("question,wording,language,versions,words,asked,answered,unsure_rate,help_rate,"
        + "back_rate,rejected_rate,median_ms,answers\nchest," + Transcript.hash("Chest pain?") + ",en,1.0.0,Chest pain?,"
        + "3,3,0.3333,0.0000,0.0000,0.0000,"), csv.out());
    Cli.Result json = Cli.run("", "report", "--format", "json", "--questions", small.toString(), record.toString());
    assertTrue(json.out().startsWith("{\"sessions\":3,\"left_out\":0,\"unreadable_lines\":1,\"dropped\":0,\"unreadable\":[\"" + record + ":4\"],"
        + "\"verdicts\":{\"self-care\":1,\"see-professional\":0,\"urgent\":1,\"emergency\":0},"
        + "\"no_verdict\":{\"input-ended\":1},\"questions\":[{\"question\":\"chest\",\"wordings\":[{\"text\":\""
        + Transcript.hash("Chest pain?") + "\",\"language\":\"en\",\"versions\":[\"1.0.0\"],\"words\":\"Chest pain?\","
        + "\"asked\":3,\"answered\":3,\"answers\":{\"no\":2,"
        + "\"unsure\":1},"), json.out());
  }
}
