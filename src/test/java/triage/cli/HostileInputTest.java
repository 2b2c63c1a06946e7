package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.BuiltIn;
import triage.Cli;
import triage.Hostile;
import triage.Main;
import triage.Subprocess;
import triage.Trees;

/**
 * Files and answers written to hurt: each either works or is refused with a clear message and its
 * own exit code, never with a stack trace and never with a verdict. Questionnaires run in a JVM of
 * their own with a 512 MB heap. How long each takes, and a 50,000-question file end to end, are
 * measured by src/bench/hostile.sh, never here: a busy machine must not fail a test.
 */
class HostileInputTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  // Questionnaire files.

  @Test
  void aYamlBombIsRefusedAtTheAliasThatGoesTooFar() throws Exception {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char name = 'b'; name <= 'i'; name++) {
      String alias = "*" + (char) (name - 1);
      bomb.append(name).append(": &").append(name).append(" [").append(String.join(",", List.of(alias, alias, alias,
          alias, alias, alias, alias, alias, alias))).append("]\n");
    }
    Hostile.assertRefused(file("bomb.yaml", bomb.toString()), 3, 14, "may be a YAML bomb [syntax]");
  }

  @Test
  void tenThousandLevelsOfNestingAreRefused() throws Exception {
    Hostile.assertRefused(file("nested.yaml", "[".repeat(10_000) + "]".repeat(10_000) + "\n"), 1, 34,
        "lists and maps are nested more than 32 deep; a questionnaire never needs that [syntax]");
  }

  @Test
  void aHundredMegabyteFileIsRefusedUnread() throws Exception {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }
    Hostile.assertRefused(big, 1, 1, "the file is 104857600 bytes, more than the 64 MiB a questionnaire may have [size]");
  }

  @Test
  void aGlobalTagIsRefusedAndNothingIsBuilt() throws Exception {
    Path tagged = file("tagged.yaml", "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
        + "[[!!java.net.URL [\"http://localhost/\"]]]]\n");
    Hostile.assertRefused(tagged, 1, 5, "tags such as `!!javax.script.ScriptEngineManager` are not allowed: they can change"
        + " what a value means; write the value plainly (quote it to keep it text) [syntax]");
  }

  @Test
  void invalidUtf8IsRefusedWhereItIs() throws Exception {
    byte[] text = "id: test\nversion: 1.0.0\nquestions:\n  - id: ab".getBytes(StandardCharsets.UTF_8);
    Path broken = dir.resolve("latin1.yaml");
    Files.write(broken, concat(text, new byte[] {(byte) 0xE9, '\n'}));
    Hostile.assertRefused(broken, 4, 11, "invalid UTF-8: byte 0xE9; save the file as UTF-8 [syntax]");
  }

  @Test
  void aByteOrderMarkIsFine() throws Exception {
    Path marked = dir.resolve("marked.yaml");
    Files.write(marked, concat(BOM, Trees.SMALL.getBytes(StandardCharsets.UTF_8)));
    Subprocess run = Subprocess.start(List.of("-Xmx512m"), "--questions", marked.toString(), "--answer", "chest=yes",
        "--format", "json");
    run.closeInput();
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"level\":\"emergency\""), run.out());
  }

  @Test
  void tabsForIndentationAreRefusedWhereTheyAre() throws Exception {
    Hostile.assertRefused(file("tabs.yaml", "id: test\nquestions:\n\t- id: a\n"), 3, 1,
        "a tab character is used for indentation; indent with spaces [syntax]");
  }

  @Test
  void anEmptyFileIsRefused() throws Exception {
    Hostile.assertRefused(file("empty.yaml", ""), 1, 1, "the file is empty [syntax]");
  }

  @Test
  void aListWhereAMapBelongsIsRefused() throws Exception {
    Hostile.assertRefused(file("list.yaml", "- id: a\n- id: b\n"), 1, 1,
        "the questionnaire must be a map of `key: value` lines, not a list [type]");
  }

  @Test
  void aCycleIsRefusedNamingTheLoop() throws Exception {
    String looped = Trees.SMALL.replace("no: {next: pops}", "no: {next: chest}");
    Hostile.assertRefused(file("loop.yaml", looped), 25, 18,
        "question `numb` sends `no` back to `chest`, a loop: chest -> numb -> chest [cycle]");
  }

  // Answers: lines from a pipe, --answers files, batch lines.

  @Test
  void brokenLinesFromAPipeAreNeverAnswers() throws Exception {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    assertRejected(Cli.run(random, "-q"));
    assertRejected(Cli.run(("y".repeat(1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8), "-q"));
    Cli.Result nul = Cli.run("no\0\n".getBytes(StandardCharsets.UTF_8), "-q");
    assertRejected(nul);
    assertTrue(nul.err().startsWith("triage: line 1: `no\\u0000` is not an answer"), nul.err());
    assertRejected(Cli.run(new byte[] {'n', (byte) 0xFF, 'o', '\n'}, "-q"));
    Cli.Result escape = Cli.run("no\u001b[2J\n".getBytes(StandardCharsets.UTF_8), "-q");
    assertRejected(escape);
    assertFalse(escape.err().contains("\u001b"), "nothing typed drives the terminal");
  }

  @Test
  void aPipeLineOverTheLimitIsRefusedNeverCutIntoAnAnswer() throws Exception {
    String line = "no" + " ".repeat(4094) + "-- actually YES, I lost control of my bladder\n";
    Cli.Result result = Cli.run("no\n".repeat(6) + line, "-q");
    assertRejected(result);
    assertEquals("triage: line 7 is longer than 4096 characters, so it is no answer to “Since your back trouble began,"
        + " are you unable to pee, or do…”; answer yes, no or unsure.\n", result.err());
    Cli.Result exact = Cli.run("no\n".repeat(6) + "no" + " ".repeat(4094) + "\n"
        + BuiltIn.ALL_NO.substring("no\n".length() * 7), "-q", "--format", "json");
    assertEquals(0, exact.exit(), "a line of exactly 4096 characters is still read: " + exact.err());
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkFromAPipeAreFine() throws Exception {
    byte[] crlf = BuiltIn.ALL_NO.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    Cli.Result result = Cli.run(concat(BOM, crlf), "-q", "--format", "json");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("{\"level\":\"self-care\""), result.out());
  }

  @Test
  void brokenAnswersFilesAreNeverAnswers() throws Exception {
    byte[] random = new byte[4096];
    new Random(11).nextBytes(random);
    assertRejected(answersFile(random));
    assertRejected(answersFile(("{bladder_bowel: " + "y".repeat(1024 * 1024) + "}\n").getBytes(StandardCharsets.UTF_8)));
    assertRejected(answersFile("{bladder_bowel: \"y\\0es\"}\n".getBytes(StandardCharsets.UTF_8)));
    assertRejected(answersFile("{bladder_bowel: y\0es}\n".getBytes(StandardCharsets.UTF_8)));
    assertRejected(answersFile(new byte[] {'{', 'b', 'l', 'a', (byte) 0xFF, ':', ' ', 'y', '}', '\n'}));
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkInAnAnswersFileAreFine() throws Exception {
    Cli.Result result = answersFile(concat(BOM, "chest_pain: yes\r\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("{\"level\":\"emergency\""), result.out());
  }

  @Test
  void brokenBatchLinesAreErrorsAndTheRestGoOn() throws Exception {
    byte[] random = new byte[2048];
    new Random(13).nextBytes(random);
    for (int i = 0; i < random.length; i++) {
      random[i] = random[i] == '\n' ? (byte) ' ' : random[i];
    }
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write(concat(BOM, "{\"id\":1,\"bladder_bowel\":\"yes\"}\r\n".getBytes(StandardCharsets.UTF_8)));
    input.write(random);
    input.write('\n');
    input.write(("{\"id\":3,\"bladder_bowel\":\"" + "y".repeat(1024 * 1024) + "\"}\n").getBytes(StandardCharsets.UTF_8));
    input.write("{\"id\":4,\"bladder_bowel\":\"y\\u0000es\"}\n".getBytes(StandardCharsets.UTF_8));
    input.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '5', ',', '"', 'x', (byte) 0xFF, '"', ':', '1', '}', '\n'});
    input.write(new byte[] {0, 0, 0, '\n'});
    input.write("{\"id\":7,\"chest_pain\":\"yes\",\"bladder_bowel\":\"no\"}\r\n".getBytes(StandardCharsets.UTF_8));
    Cli.Result result = Cli.run(input.toByteArray(), "batch");
    assertEquals(65, result.exit(), result.err());
    String[] lines = result.out().split("\n");
    assertEquals(7, lines.length, result.out());
    assertTrue(lines[0].startsWith("{\"id\":1,\"line\":1,\"level\":\"emergency\""), lines[0]);
    for (int i = 1; i < 6; i++) {
      assertTrue(lines[i].contains("\"line\":" + (i + 1) + ",\"error\":\""), lines[i]);
      assertFalse(lines[i].contains("\"level\""), lines[i]);
      assertTrue(lines[i].length() < 600, "an error line stays short: " + lines[i].length());
    }
    assertTrue(lines[6].startsWith("{\"id\":7,\"line\":7,\"level\":\"emergency\""), lines[6]);
    assertEquals("triage batch: 7 lines: 0 self-care, 0 see-professional, 0 urgent, 2 emergency, 5 errors\n",
        result.err());
  }

  // Bugs.

  @Test
  void anUnexpectedExceptionIsOneLineAndExit70WithTheDetailsOnlyUnderDebug() {
    Run plain = internal(new IllegalStateException("the terminal broke"));
    assertEquals(70, plain.exit());
    assertEquals("triage: internal error: java.lang.IllegalStateException: the terminal broke "
        + "(run again with --debug for details)\n", plain.err());
    Run debug = internal(new IllegalStateException("the terminal broke"), "--debug");
    assertEquals(70, debug.exit());
    assertTrue(debug.err().startsWith("java.lang.IllegalStateException: the terminal broke\n\tat "), debug.err());
    Run error = internal(new StackOverflowError());
    assertEquals(70, error.exit());
    assertEquals("triage: internal error: java.lang.StackOverflowError (run again with --debug for details)\n",
        error.err());
  }

  private record Run(int exit, String err) {}

  /** A run at a terminal whose opening throws {@code thrown}. */
  private static Run internal(Throwable thrown, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Io io = new Io(InputStream.nullInputStream(), nowhere, nowhere, new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), true, false, plain -> {
          if (thrown instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) thrown;
        });
    int exit = Main.run(io, args);
    return new Run(exit, err.toString(StandardCharsets.UTF_8));
  }

  private Cli.Result answersFile(byte[] content) throws Exception {
    Path file = dir.resolve("answers-" + System.nanoTime() + ".yaml");
    Files.write(file, content);
    return Cli.run("", "--answers", file.toString(), "--format", "json");
  }

  /** No verdict, exit 65, a short message and no stack trace. */
  private static void assertRejected(Cli.Result result) {
    assertEquals(65, result.exit(), result.err());
    assertEquals("", result.out());
    assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
    assertTrue(result.err().length() < 1000, "the message stays short: " + result.err().length());
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
