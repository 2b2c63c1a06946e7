package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** {@code triage batch}: one output line per input line, in order, whatever the input holds. */
class BatchTest {

  @TempDir
  Path dir;

  private String small;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    small = Trees.writeSmall(dir).toString();
  }

  private static List<String> lines(String out) {
    return out.lines().toList();
  }

  @Test
  void theIssueExampleGivesAVerdictThenAnUnknownQuestion() throws Exception {
    Cli.Result result = Cli.run("{\"id\":\"a\",\"numbness\":\"yes\"}\n{\"id\":\"b\",\"numbnes\":\"yes\"}\n", "batch");
    List<String> lines = lines(result.out());
    assertEquals(2, lines.size(), result.out());
    assertTrue(lines.get(0).startsWith("{\"id\":\"a\",\"line\":1,\"level\":\"urgent\",\"outcome\":\"urgent\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"assumed_unsure\":[\"chest_pain\",\"sudden_severe\",\"sweaty_faint\","
        + "\"breathless\","), lines.get(0));
    assertTrue(lines.get(0).contains(",\"injury\",\"new_weakness\"],"), "urgent from the first unsure on, so the"
        + " walk takes the urgent way out: " + lines.get(0));
    assertEquals("{\"id\":\"b\",\"line\":2,\"error\":\"unknown-question\",\"message\":\"there is no question `numbnes`;"
        + " did you mean `numbness`?\",\"question\":\"numbnes\",\"did_you_mean\":\"numbness\"}", lines.get(1));
    assertEquals("triage batch: 2 lines: 0 self-care, 0 see-professional, 1 urgent, 0 emergency, 1 error\n",
        result.err());
    assertEquals(65, result.exit());
  }

  @Test
  void goodAndBadLinesMixedGiveOneLineEachInOrder() throws Exception {
    String input = String.join("\n",
        "{\"id\":1,\"chest\":\"yes\"}",
        "{\"id\":\"x\",\"chest\":\"maybe\"}",
        "{\"chest\":\"no\",\"numb\":\"no\",\"pops\":20,\"sitting\":\"few\"}",
        "not json",
        "[\"a list\"]",
        "",
        "{\"id\":7,\"chest\":\"no\",\"chest\":\"yes\"}",
        "{\"chest\":\"no\",\"numb\":{\"nested\":1}}",
        "{\"chest\":\"no\",\"numb\":\"no\",\"pops\":3,\"sitting\":\"many\"} trailing",
        "{\"id\":\"last\",\"chest\":\"no\",\"numb\":\"yes\",\"pops\":5}") + "\n";
    Cli.Result result = Cli.run(input, "batch", "--questions", small);
    List<String> lines = lines(result.out());
    assertEquals(9, lines.size(), "the blank line 6 is skipped: " + result.out());
    assertTrue(lines.get(0).startsWith("{\"id\":1,\"line\":1,\"level\":\"emergency\""), lines.get(0));
    assertEquals("{\"id\":\"x\",\"line\":2,\"error\":\"invalid-answer\",\"message\":\"`maybe` is not an answer to"
        + " question `chest`; it accepts yes, no, unsure\",\"question\":\"chest\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}",
        lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"line\":3,\"level\":\"see-professional\""), lines.get(2));
    assertEquals("{\"line\":4,\"error\":\"invalid-json\",\"message\":\"not valid JSON at column 1: `not` is not a"
        + " JSON value\"}", lines.get(3));
    assertEquals("{\"line\":5,\"error\":\"invalid-answer\",\"message\":\"a line must be one JSON object of answers by"
        + " question id\"}", lines.get(4));
    assertEquals("{\"id\":7,\"line\":7,\"error\":\"invalid-answer\",\"message\":\"`chest` is answered twice\","
        + "\"question\":\"chest\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}", lines.get(5));
    assertEquals("{\"line\":8,\"error\":\"invalid-answer\",\"message\":\"the answer to `numb` must be a single value,"
        + " not a list or an object\"}", lines.get(6));
    assertEquals("{\"line\":9,\"error\":\"invalid-json\",\"message\":\"not valid JSON at column 54: `trailing` is"
        + " not a JSON value\"}", lines.get(7));
    assertTrue(lines.get(8).startsWith("{\"id\":\"last\",\"line\":10,\"level\":\"urgent\""), lines.get(8));
    assertTrue(lines.get(8).contains("\"unused\":[\"pops\"]"), lines.get(8));
    assertEquals("triage batch: 9 lines: 0 self-care, 1 see-professional, 1 urgent, 1 emergency, 6 errors; 1 blank line"
        + " skipped\n",
        result.err());
    assertEquals(65, result.exit());
  }

  @Test
  void brokenBytesAndHugeLinesAreErrorsForThatLineOnly() throws Exception {
    String huge = "{\"chest\":\"" + "n".repeat(Batch.MAX_LINE) + "\"}";
    String input = "{\"chest\":\"yes\"}\r\n" + huge + "\n{\"chest\":\"caf\u00e9\"}\n{\"chest\":\"yes\"}";
    byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
    Cli.Result result = Cli.run(new String(bytes, StandardCharsets.ISO_8859_1), "batch",
        "--questions", small);
    List<String> lines = lines(result.out());
    assertEquals(4, lines.size(), result.err());
    assertTrue(lines.get(0).startsWith("{\"line\":1,\"level\":\"emergency\""), lines.get(0));
    assertEquals("{\"line\":2,\"error\":\"invalid-answer\",\"message\":\"the line is longer than 1048576 bytes\"}",
        lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"line\":3,\"error\":\"invalid-answer\""), lines.get(2));
    assertTrue(lines.get(3).startsWith("{\"line\":4,\"level\":\"emergency\""), "no newline at the end is fine");
  }

  @Test
  void twoObjectsOnOneLineAreOneError() throws Exception {
    Cli.Result result = Cli.run("{\"chest\":\"yes\"} {\"chest\":\"no\"}\n", "batch", "--questions", small);
    assertEquals("{\"line\":1,\"error\":\"invalid-answer\",\"message\":\"a line must hold one JSON object only\"}\n",
        result.out());
  }

  @Test
  void strictMakesEveryGapAnError() throws Exception {
    Cli.Result result = Cli.run("{\"id\":\"a\",\"numb\":\"yes\"}\n", "batch", "--strict", "--questions", small);
    assertEquals("{\"id\":\"a\",\"line\":1,\"error\":\"incomplete\",\"message\":\"question `chest` has no answer, so"
        + " there is no verdict\",\"question\":\"chest\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}\n", result.out());
    Cli.Result lenient = Cli.run("{\"id\":\"a\",\"numb\":\"yes\"}\n", "batch", "--questions", small);
    assertTrue(lenient.out().contains("\"level\":\"urgent\""), lenient.out());
    assertTrue(lenient.out().contains("\"assumed_unsure\":[\"chest\"]"), lenient.out());
  }

  @Test
  void aQuestionThatCannotBeUnsureIsStillMissing() throws Exception {
    Cli.Result result = Cli.run("{\"chest\":\"no\",\"numb\":\"no\",\"pops\":1}\n", "batch", "--questions", small);
    assertEquals("{\"line\":1,\"error\":\"incomplete\",\"message\":\"question `sitting` has no answer, so there is no"
        + " verdict\",\"question\":\"sitting\",\"accepts\":[\"few\",\"many\"]}\n", result.out());
  }

  @Test
  void everyLineAVerdictExitsZeroAndReadsFromAFile() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"chest\":\"yes\"}\n{\"chest\":\"unsure\",\"numb\":\"yes\"}\n");
    Cli.Result result = Cli.run("", "batch", "--questions", small, input.toString());
    assertEquals(0, result.exit(), result.err());
    assertEquals(2, lines(result.out()).size());
    assertEquals("triage batch: 2 lines: 0 self-care, 0 see-professional, 1 urgent, 1 emergency, 0 errors\n",
        result.err());
    Cli.Result missing = Cli.run("", "batch", "--questions", small, dir.resolve("none.jsonl").toString());
    assertEquals(66, missing.exit());
  }

  @Test
  void parseOnlyWritesTheLinesBackWithoutWalking() throws Exception {
    Cli.Result result = Cli.run("{\"id\":3,\"chest\":\"yes\"}\n{\"chest\":\"sideways\"}\n", "batch", "--parse-only",
        "--questions", small);
    assertEquals("{\"id\":3,\"line\":1,\"chest\":\"yes\"}\n{\"line\":2,\"chest\":\"sideways\"}\n", result.out());
    assertEquals("triage batch: 2 lines: 2 read (--parse-only: not walked), 0 errors\n", result.err());
  }
}
