package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.BuiltIn;
import triage.Cli;
import triage.model.Question;

/**
 * The review page of the built-in questionnaire as a real browser renders it: headless Chromium,
 * with no network and a fresh profile, and every question in the DOM it builds. Chromium is
 * required (Debian's {@code chromium}); without it this test fails rather than passing unseen.
 */
class ReviewInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path dir;

  @Test
  void everyQuestionOfTheBuiltInQuestionnaireIsInTheRenderedPage() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(CHROMIUM + " is missing: install Debian's chromium (apt-get install -y chromium) to check the review"
          + " page in a real browser");
    }
    Path page = dir.resolve("review.html");
    Cli.Result review = Cli.run("", "review", "-o", page.toString());
    assertEquals(0, review.exit(), review.err());

    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
        "--dump-dom", page.toUri().toString())
        .redirectError(dir.resolve("chromium.err").toFile())
        .start();
    chromium.getOutputStream().close();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      fail("Chromium did not finish within 2 minutes");
    }
    assertEquals(0, chromium.exitValue(), Files.readString(dir.resolve("chromium.err")));

    List<String> missing = new ArrayList<>();
    List<Question> questions = BuiltIn.load().ready().questions();
    for (Question question : questions) {
      if (!dom.contains("<article class=\"item question\" id=\"q-" + question.id() + "\">")) {
        missing.add(question.id());
      }
    }
    assertTrue(questions.size() >= 38, "the built-in questionnaire 2.1.0 has 38 questions: " + questions.size());
    assertEquals(List.of(), missing, "questions not in the rendered page");
    assertTrue(dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tree\""), "the tree is drawn");
  }
}
