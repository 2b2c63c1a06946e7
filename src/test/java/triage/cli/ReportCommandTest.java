package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** report over a pilot that ran two versions: the words of both, filters, and medians of timed answers only. */
class ReportCommandTest {

  // The first 16 hex digits of `printf '%s' WORDS | sha256sum`, worked out outside the code under test.
  private static final String CHEST_PAIN = "20f8525203d355a3";
  private static final String ANY_PAIN = "f26ce282462a3461";
  private static final String NUMBNESS = "ed4eee526e7bda3f";
  private static final String OLD_SHA = Trees.SMALL_SHA256;

  @TempDir
  Path dir;

  private Path old;
  private Path reworded;
  private Path pilot;

  private static String session(String version, String sha, String language, String mode, String chestWords,
      String answer, String ms, String end) {
    return "{\"transcript\":1,\"questionnaire\":{\"id\":\"test\",\"version\":\"" + version + "\",\"sha256\":\"" + sha
        + "\"},\"language\":\"" + language + "\",\"mode\":\"" + mode + "\",\"asked\":[{\"question\":\"chest\","
        + "\"text\":\"" + chestWords + "\",\"answer\":\"" + answer + "\",\"ms\":" + ms + ",\"help\":0,\"back\":0,"
        + "\"rejected\":" + (answer.equals("unsure") ? 1 : 0) + "},{\"question\":\"numb\",\"text\":\"" + NUMBNESS
        + "\",\"answer\":\"yes\",\"ms\":" + ms + ",\"help\":1,\"back\":0,\"rejected\":0}]," + end + "}\n";
  }

  @BeforeEach
  void writePilot() throws Exception {
    old = Trees.writeSmall(dir);
    reworded = Files.writeString(dir.resolve("reworded.yaml"), Trees.small("text: Chest pain?",
        "text: Any pain in your chest?").replace("version: 1.0.0", "version: 1.1.0"));
    String verdict = "\"end\":\"verdict\",\"level\":\"urgent\",\"outcome\":\"urgent\"";
    pilot = Files.writeString(dir.resolve("pilot.jsonl"),
        session("1.0.0", OLD_SHA, "en", "terminal", CHEST_PAIN, "no", "2000", verdict)
        + session("1.0.0", OLD_SHA, "en", "terminal", CHEST_PAIN, "unsure", "4000", verdict)
        + session("1.1.0", "3ca2688211d1ed48", "en", "terminal", ANY_PAIN, "no", "6000", verdict)
        + session("1.1.0", "3ca2688211d1ed48", "en", "answers", ANY_PAIN, "no", "null", verdict)
        + session("1.1.0", "3ca2688211d1ed48", "es", "pipe", ANY_PAIN, "no", "8000", "\"end\":\"quit\",\"at\":\"numb\""));
  }

  @Test
  void twoVersionsShowTheWordsOfEachAndTheRejectedColumn() {
    Cli.Result report = Cli.run("", "report", "--questions", old.toString(), "--questions", reworded.toString(),
        pilot.toString());
    assertEquals(0, report.exit(), report.err());
    // Medians: the middle of the 10 ms bucket that holds the middle answer typed; the session by id has none.
    assertEquals("""
        Transcripts: 5 sessions from 1 file
        Verdicts (4): self-care 0, see-professional 0, urgent 4, emergency 0
        No verdict (1): quit 1

        question           wording            asked  unsure    help    back rejected   median  answers
        chest              20f8525203d355a3       2   50.0%    0.0%    0.0%    50.0%    2.0 s  no 1 · unsure 1
                           en (1.0.0): Chest pain?
                           f26ce282462a3461       3    0.0%    0.0%    0.0%     0.0%    6.0 s  no 3
                           en (1.1.0): Any pain in your chest?
        numb               ed4eee526e7bda3f       5    0.0%  100.0%    0.0%     0.0%    4.0 s  yes 5
                           en (1.0.0, 1.1.0): Numbness?

        unsure: a share of the answers given; help, back and rejected: of the times asked;
        median: of the answers typed (answers given by id are not timed; - when none was)

        Drop-off: where sessions ended without a verdict
          numb               quit 1
        """, report.out());
  }

  @Test
  void theCsvKeepsLanguageVersionsAndWordsApart() {
    Cli.Result csv = Cli.run("", "report", "--format", "csv", "--questions", old.toString(), "--questions",
        reworded.toString(), pilot.toString());
    assertEquals("""
        question,wording,language,versions,words,asked,answered,unsure_rate,help_rate,back_rate,rejected_rate,median_ms,answers
        chest,20f8525203d355a3,en,1.0.0,Chest pain?,2,2,0.5000,0.0000,0.0000,0.5000,2005,no=1;unsure=1
        chest,f26ce282462a3461,en,1.1.0,Any pain in your chest?,3,3,0.0000,0.0000,0.0000,0.0000,6005,no=3
        numb,ed4eee526e7bda3f,en,1.0.0 1.1.0,Numbness?,5,5,0.0000,1.0000,0.0000,0.0000,4005,yes=5
        """, csv.out());
  }

  @Test
  void filtersByModeLanguageVersionAndShaKeepOnlyThoseSessions() {
    Cli.Result pipe = Cli.run("", "report", "--mode", "pipe", "--questions", old.toString(), pilot.toString());
    assertEquals("Transcripts: 1 sessions from 1 file; 4 other sessions left out by --mode pipe\n"
        + "Verdicts (0): self-care 0, see-professional 0, urgent 0, emergency 0\n"
        + "No verdict (1): quit 1\n", pipe.out().substring(0, pipe.out().indexOf("\n\n") + 1));
    Cli.Result spanish = Cli.run("", "report", "--format", "csv", "--lang", "es", pilot.toString());
    assertEquals(3, spanish.out().lines().count(), "a header and chest and numb once: " + spanish.out());
    Cli.Result byVersion = Cli.run("", "report", "--format", "json", "--questionnaire-version", "1.0.0", "--questions",
        old.toString(), pilot.toString());
    assertEquals("{\"sessions\":2,\"left_out\":3,", byVersion.out().substring(0, 27));
    Cli.Result bySha = Cli.run("", "report", "--sha", OLD_SHA.substring(0, 8).toUpperCase(), "--mode", "terminal",
        pilot.toString());
    assertEquals("Transcripts: 2 sessions from 1 file; 3 other sessions left out by --mode terminal, --sha "
        + OLD_SHA.substring(0, 8).toUpperCase() + "\n", bySha.out().lines().findFirst().orElseThrow() + "\n");
  }

  @Test
  void aWordingAnsweredOnlyByIdHasNoMedianRatherThanZero() throws Exception {
    Path byId = Files.writeString(dir.resolve("by-id.jsonl"),
        session("1.1.0", "3ca2688211d1ed48", "en", "answers", ANY_PAIN, "no", "null",
            "\"end\":\"verdict\",\"level\":\"urgent\",\"outcome\":\"urgent\""));
    String text = Cli.run("", "report", "--questions", reworded.toString(), byId.toString()).out();
    assertEquals("chest              f26ce282462a3461       1    0.0%    0.0%    0.0%     0.0%        -  no 1",
        text.lines().filter(line -> line.startsWith("chest")).findFirst().orElseThrow());
  }
}
