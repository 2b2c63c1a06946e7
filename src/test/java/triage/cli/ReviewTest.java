package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/** review: one page that shows a questionnaire whole, its findings beside their items, and a pilot as charts. */
class ReviewTest {

  @TempDir
  Path dir;

  private Path small;

  @BeforeEach
  void writeQuestionnaire() throws Exception {
    small = Trees.writeSmall(dir);
  }

  /** The part of a page from the line that opens item {@code anchor} to the line that closes it. */
  private static String item(String page, String anchor) {
    int at = page.indexOf("\" id=\"" + anchor + "\">\n<h3>");
    assertTrue(at >= 0, "no item " + anchor + " in " + page);
    int start = page.lastIndexOf("<article", at);
    return page.substring(start, page.indexOf("</article>\n", start) + "</article>\n".length());
  }

  @Test
  void aQuestionShowsItsTextsWithGradesItsAnswersRaisesAndFindings() {
    Cli.Result review = Cli.run("", "review", small.toString());
    assertEquals(0, review.exit(), review.err());
    assertEquals(small + ": 0 errors, 10 warnings\n", review.err());
    assertTrue(review.out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"), review.out());
    // Grades by hand (Flesch-Kincaid, 0.39 words/sentence + 11.8 syllables/word - 15.59): "Chest pain?" is
    // 2 words, 2 syllables: -3.01; "Pain that spreads into the chest." 6 words, 7 syllables: 0.52.
    assertEquals("""
        <article class="item question" id="q-chest">
        <h3><span class="kind">question</span> <code>chest</code> <span class="badge emergency">⚑ red flag: emergency</span></h3>
        <ul class="facts">
        <li>yes or no</li>
        <li>the first question</li>
        <li>no source named</li>
        </ul>
        <div class="texts"><div class="what">text</div><p lang="en"><span class="lang">en</span> Chest pain? <span class="grade">grade -3.0</span></p></div>
        <div class="texts"><div class="what">help</div><p lang="en"><span class="lang">en</span> Pain that spreads into the chest. <span class="grade">grade 0.5</span></p></div>
        <table class="answers">
        <tr><th>answer</th><th>words</th><th>leads to</th><th>raises the level to</th><th>adds advice</th></tr>
        <tr><td><code>yes</code></td><td><span class="lang">en</span> yes</td><td><a href="#o-emergency"><code>emergency</code></a></td><td></td><td></td></tr>
        <tr><td><code>no</code></td><td><span class="lang">en</span> no</td><td><a href="#q-numb"><code>numb</code></a></td><td></td><td></td></tr>
        <tr><td><code>unsure</code></td><td><span class="lang">en</span> unsure, not sure</td><td><a href="#q-numb"><code>numb</code></a></td><td><span class="badge urgent">urgent</span> <span class="note">(a verdict raised to it uses <a href="#o-urgent"><code>urgent</code></a>'s words)</span></td><td></td></tr>
        </table>
        <ul class="problems">
        <li class="problem warning"><span class="severity">warning</span> question `chest` names no `source` it rests on <span class="where">[source] line 10</span></li>
        </ul>
        </article>
        """, item(review.out(), "q-chest"));
  }

  @Test
  void anEscalationOutcomeSaysWhichRaisesReachIt() {
    String page = Cli.run("", "review", small.toString()).out();
    String urgent = item(page, "o-urgent");
    assertTrue(urgent.contains("<li>its words are used for every verdict raised to <span class=\"badge urgent\">urgent"
        + "</span> (its escalation)</li>\n<li>reached from <a href=\"#q-chest\"><code>chest</code></a> raised by"
        + " unsure, <a href=\"#q-numb\"><code>numb</code></a> yes</li>\n"), urgent);
    assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tree\""), page);
    // In the tree, one dotted line per raise, each ending in its escalation outcome's lane with its level's arrow:
    // chest unsure to urgent, numb unsure and pops 10-1000 to see_pro.
    assertEquals(List.of("urgent", "see-professional", "see-professional"),
        Pattern.compile("stroke-dasharray=\"2 3\" marker-end=\"url\\(#arrow-([a-z-]+)\\)\"").matcher(page).results()
            .map(match -> match.group(1)).toList());
  }

  @Test
  void thePageNeedsNoScriptAndNothingFromTheNetwork() {
    String page = Cli.run("", "review").out();
    assertFalse(page.contains("<script"), "no script");
    assertFalse(page.contains("<link"), "no style sheet from elsewhere");
    assertFalse(page.contains("<img"), "no image from elsewhere");
    assertFalse(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*(https?:|//[a-z]).*"),
        "no address but the SVG namespace");
  }

  @Test
  void wordsFromTheFileAreEscaped() throws Exception {
    Path hostile = Files.writeString(dir.resolve("hostile.yaml"),
        Trees.small("text: Chest pain?", "text: \"Chest <script>alert('x')</script> & pain?\""));
    String page = Cli.run("", "review", hostile.toString()).out();
    assertFalse(page.contains("<script"), page);
    assertTrue(page.contains("Chest &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; pain?"), page);
  }

  @Test
  void withErrorsThePageIsWrittenAndEachErrorStandsBesideItsQuestion() throws Exception {
    Path unsafe = Files.writeString(dir.resolve("unsafe.yaml"), Trees.small("yes: {next: urgent}", "yes: {next: pops}"));
    Cli.Result review = Cli.run("", "review", unsafe.toString());
    assertEquals(78, review.exit());
    assertTrue(review.err().startsWith(unsafe + ": 1 error, "), review.err());
    assertTrue(item(review.out(), "q-numb").contains("<li class=\"problem error\"><span class=\"severity\">error</span>"
        + " question `numb` is a red flag (urgent), but `yes` can end in self-care, below urgent: numb=yes -&gt;"
        + " pops=0-9 -&gt; sitting=few -&gt; self_care <span class=\"where\">[safety] line 24</span></li>\n"),
        review.out());
    assertTrue(review.out().contains("<p class=\"problem error\">The validator finds 1 error in this questionnaire:"
        + " <code>triage validate</code> fails until it is fixed.</p>\n"), review.out());
    Path broken = Files.writeString(dir.resolve("broken.yaml"), Trees.small("next: sitting}", "next: siting}"));
    Cli.Result unloadable = Cli.run("", "review", broken.toString());
    assertEquals(78, unloadable.exit());
    assertTrue(unloadable.out().contains("<p class=\"problem error\">This questionnaire has errors, so it cannot run;"
        + " what follows is what could be read.</p>\n"), unloadable.out());
  }

  @Test
  void outputIsWrittenWholeReadableByOthersAndNeverThroughALink() throws Exception {
    Path page = dir.resolve("review.html");
    Cli.Result written = Cli.run("", "review", small.toString(), "-o", page.toString());
    assertEquals(0, written.exit(), written.err());
    assertEquals("", written.out());
    assertEquals(small + ": 0 errors, 10 warnings; the page is " + page + "\n", written.err());
    assertEquals(Cli.run("", "review", small.toString()).out(), Files.readString(page));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
    assertEquals(List.of("review.html", "small.yaml"), Files.list(dir).map(p -> p.getFileName().toString()).sorted()
        .toList(), "no partial file left beside it");

    Path target = Files.writeString(dir.resolve("target.txt"), "keep me");
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), target);
    Cli.Result refused = Cli.run("", "review", small.toString(), "-o", link.toString());
    assertEquals(66, refused.exit());
    assertEquals("triage: cannot write the page to " + link + ": it is a symbolic link, which triage never writes through\n",
        refused.err());
    assertEquals("keep me", Files.readString(target));
    Cli.Result folder = Cli.run("", "review", small.toString(), "-o", dir.toString());
    assertEquals(66, folder.exit(), folder.err());
  }

  @Test
  void langShowsTheTreeInThatLanguage() {
    String spanish = Cli.run("", "review", "--lang", "es").out();
    assertTrue(spanish.contains("<title>chest_pain: Ahora o en los últimos 2 días,"), "the tree's tooltips");
    String english = Cli.run("", "review", "--lang", "en").out();
    assertTrue(english.contains("<title>chest_pain: Now or in the last 2 days,"), "the tree's tooltips");
  }

  @Test
  void transcriptsBecomeChartsByWordingWithTheirWords() throws Exception {
    Path pilot = Files.writeString(dir.resolve("pilot.jsonl"), String.join("\n",
        "{\"transcript\":1,\"language\":\"en\",\"mode\":\"pipe\",\"asked\":[{\"question\":\"chest\",\"text\":\""
            + "20f8525203d355a3\",\"answer\":\"unsure\",\"ms\":3000,\"help\":1,\"back\":0,\"rejected\":0}],"
            + "\"end\":\"verdict\",\"level\":\"urgent\"}",
        "{\"transcript\":1,\"language\":\"en\",\"mode\":\"answers\",\"asked\":[{\"question\":\"chest\",\"text\":\""
            + "20f8525203d355a3\",\"answer\":\"no\",\"ms\":null,\"help\":0,\"back\":0,\"rejected\":0}],"
            + "\"end\":\"quit\",\"at\":\"chest\"}", ""));
    Cli.Result review = Cli.run("", "review", small.toString(), "--transcripts", pilot.toString());
    assertEquals(0, review.exit(), review.err());
    String page = review.out();
    // 20f8525203d355a3 is the first 16 hex digits of `printf 'Chest pain?' | sha256sum`.
    assertTrue(page.contains("<tr><td><a href=\"#q-chest\"><code>chest</code></a></td><td>en (1.0.0): Chest pain?"
        + " <code>20f8525203d355a3</code></td><td>2</td><td><svg class=\"bar\" width=\"240\" height=\"14\""), page);
    assertTrue(page.contains("<span class=\"swatch\" style=\"background:#f58518\"></span>unsure 50.0% (1)"
        + "<span class=\"swatch\" style=\"background:#9ecae9\"></span>no 50.0% (1)</div>\n"), page);
    assertTrue(page.contains("<rect x=\"0.0\" width=\"30.0\" height=\"14\" fill=\"#777\"><title>50.0%</title></rect>"
        + "</svg>50.0%</div>"), "help in one of two: " + page);
    assertTrue(page.contains("<title>3.0 s</title></rect></svg>3.0 s</div>"), "the untimed answer is left out: " + page);
    assertTrue(page.contains("1 verdict, 1 session without one (quit 1)"), page);
    assertTrue(page.contains("<tr><td><code>chest</code></td><td>"), "drop-off at chest: " + page);
  }
}
