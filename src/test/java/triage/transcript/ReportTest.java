package triage.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Level;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.walk.Step;
import triage.walk.Walk;
import triage.walk.Walker;

class ReportTest {

  private final Questionnaire questionnaire = Trees.valid(Trees.SMALL);
  private final Walker walker = new Walker(questionnaire);
  private long now;

  private Transcript transcript() {
    return new Transcript(questionnaire, Trees.load(Trees.SMALL).origin(), "en", "terminal",
        Instant.parse("2026-11-21T10:15:42Z"), () -> now);
  }

  /** Asks each question (with its words as given), taking {@code seconds} each, and answers it. */
  private byte[] walk(Transcript transcript, long seconds, String chestWords, String... answers) {
    Walk walk = walker.start();
    for (String answer : answers) {
      Question question = walk.question();
      transcript.asked(question, question.id().equals("chest") ? chestWords : question.text().in("en"));
      now += seconds * 1_000_000_000L;
      Step step = walker.parseExact(question, answer).orElseThrow();
      transcript.answered(step);
      walk = walk.answer(step);
    }
    return transcript.finished(walk.verdict());
  }

  private static void add(Report report, byte[] line) {
    report.add(line, line.length, "t.jsonl");
  }

  @Test
  void aTranscriptLineHoldsOnlyWhatIsNeeded() {
    Transcript transcript = transcript();
    Question chest = questionnaire.question("chest").orElseThrow();
    transcript.asked(chest, "Chest pain?");
    now += 2_500_000_000L;
    transcript.help();
    transcript.rejected();
    transcript.answered(walker.parseExact(chest, "no").orElseThrow());
    transcript.asked(questionnaire.question("numb").orElseThrow(), "Numbness?");
    now += 1_000_000_000L;
    transcript.back();
    transcript.asked(chest, "Chest pain?");
    byte[] line = transcript.ended(Transcript.End.QUIT, "chest");
    assertEquals("{\"transcript\":1,\"started\":\"2026-11-21T10:15:00Z\",\"questionnaire\":{\"id\":\"test\","
        + "\"version\":\"1.0.0\",\"sha256\":\"" + Trees.SMALL_SHA256 + "\"},\"language\":\"en\","
        + "\"mode\":\"terminal\",\"asked\":["
        + "{\"question\":\"chest\",\"text\":\"" + Transcript.hash("Chest pain?") + "\",\"answer\":\"no\",\"ms\":2500,"
        + "\"help\":1,\"back\":0,\"rejected\":1},"
        + "{\"question\":\"numb\",\"text\":\"" + Transcript.hash("Numbness?") + "\",\"answer\":null,\"ms\":1000,"
        + "\"help\":0,\"back\":1,\"rejected\":0},"
        + "{\"question\":\"chest\",\"text\":\"" + Transcript.hash("Chest pain?") + "\",\"answer\":null,\"ms\":0,"
        + "\"help\":0,\"back\":0,\"rejected\":0}],\"end\":\"quit\",\"at\":\"chest\"}\n",
        new String(line, StandardCharsets.UTF_8));
  }

  @Test
  void twoWordingsOfOneQuestionSitSideBySide() {
    Report report = new Report();
    add(report, walk(transcript(), 2, "Chest pain?", "no", "no", "3", "few"));
    add(report, walk(transcript(), 4, "Chest pain?", "unsure", "no", "3", "few"));
    add(report, walk(transcript(), 9, "Any pain in your chest?", "no", "yes"));
    Map<String, Report.Wording> chest = report.questions().get("chest");
    assertEquals(List.of(Transcript.hash("Chest pain?"), Transcript.hash("Any pain in your chest?")),
        List.copyOf(chest.keySet()));
    Report.Wording first = chest.get(Transcript.hash("Chest pain?"));
    assertEquals(2, first.asked());
    assertEquals(Map.of("no", 1L, "unsure", 1L), first.answers());
    assertEquals(0.5, first.unsureRate());
    assertEquals(2005, first.medianMillis(), "the middle of the 10 ms bucket holding 2 s (of 2 s and 4 s)");
    assertEquals(9005, chest.get(Transcript.hash("Any pain in your chest?")).medianMillis());
    assertEquals(Map.of(Level.SELF_CARE, 1L, Level.SEE_PROFESSIONAL, 0L, Level.URGENT, 2L, Level.EMERGENCY, 0L),
        report.verdicts());
    assertEquals(3, report.sessions());
  }

  @Test
  void endsWithoutAVerdictAreDropOffAndATornLineIsSkippedAndNamed() {
    Report report = new Report();
    Transcript quit = transcript();
    quit.asked(questionnaire.question("chest").orElseThrow(), "Chest pain?");
    add(report, quit.ended(Transcript.End.QUIT, "chest"));
    byte[] torn = "{\"transcript\":1,\"asked\":[".getBytes(StandardCharsets.UTF_8);
    report.add(torn, torn.length, "t.jsonl:2");
    assertEquals(1, report.sessions());
    assertEquals(1, report.unreadableCount());
    assertEquals(List.of("t.jsonl:2"), report.unreadable());
    assertEquals(Map.of("quit", 1L), report.withoutVerdict());
    assertEquals(Map.of("chest", Map.of("quit", 1L)), report.dropOff());
    assertEquals(1.0, report.questions().get("chest").values().iterator().next().asked());
  }
}
