package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;
import triage.Trees;

/**
 * Health answers stay with their owner (issue 12): transcripts readable by the owner only, never
 * written through a planted link, refused before the first question where they cannot be kept, and
 * no file of a killed run left in the shared temporary folder.
 */
class HostilePrivacyTest {

  @TempDir
  Path dir;

  @Test
  void aNewTranscriptIsReadableByItsOwnerOnly() throws Exception {
    Path record = dir.resolve("t.jsonl");
    Cli.Result run = Cli.run("yes\n", "-q", "--questions", Trees.writeSmall(dir).toString(), "--record",
        record.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(record)));
  }

  @Test
  void aPlantedLinkIsNeverFollowedAndNothingIsAsked() throws Exception {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "someone else's file\n");
    Path link = Files.createSymbolicLink(dir.resolve("t.jsonl"), victim);
    Path dangling = Files.createSymbolicLink(dir.resolve("d.jsonl"), dir.resolve("made-by-the-link.jsonl"));
    for (Path planted : List.of(link, dangling)) {
      Cli.Result run = Cli.run("yes\n", "-q", "--questions", Trees.writeSmall(dir).toString(), "--record",
          planted.toString());
      assertEquals(66, run.exit(), run.err());
      assertEquals("", run.out(), "no question before the record is known to be writable");
      assertTrue(run.err().startsWith("triage: cannot record to " + planted + ": "), run.err());
    }
    assertEquals("someone else's file\n", Files.readString(victim));
    assertTrue(Files.notExists(dir.resolve("made-by-the-link.jsonl")));
  }

  @Test
  void whatIsNotAWritableFileIsRefusedBeforeTheFirstQuestion() throws Exception {
    for (String path : List.of("/proc/t.jsonl", dir.toString(), dir.resolve("no/such/folder/t.jsonl").toString())) {
      Cli.Result run = Cli.run("yes\n", "-q", "--questions", Trees.writeSmall(dir).toString(), "--record", path);
      assertEquals(66, run.exit(), path + ": " + run.err());
      assertEquals("", run.out());
      assertTrue(run.err().startsWith("triage: cannot record to " + path + ": "), run.err());
    }
  }

  @Test
  void answersGivenByIdAreRecordedWithoutATime() throws Exception {
    Path record = dir.resolve("t.jsonl");
    Cli.Result run = Cli.run("", "--answer", "chest=no", "--answer", "numb=yes", "--questions",
        Trees.writeSmall(dir).toString(), "--record", record.toString());
    assertEquals(0, run.exit(), run.err());
    String line = Files.readString(record);
    assertTrue(line.contains("\"mode\":\"answers\""), line);
    assertTrue(line.contains("\"answer\":\"no\",\"ms\":null,") && line.contains("\"answer\":\"yes\",\"ms\":null,"),
        "no one was timed, so no time is made up: " + line);
  }

  @Test
  void aKilledTerminalRunLeavesNothingInTheTemporaryFolder() throws Exception {
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Path cache = Files.createDirectory(dir.resolve("cache"));
    Path screen = dir.resolve("screen.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int run = 0; run < 2; run++) {
      // script(1) gives the JVM a real pseudo-terminal, so JLine loads its native library as at a desk.
      ProcessBuilder builder = new ProcessBuilder("script", "-qfec", String.join(" ", java, "-Djava.io.tmpdir=" + tmp,
          "-cp", System.getProperty("java.class.path"), "triage.Main", "--questions", Trees.writeSmall(dir).toString()),
          "/dev/null").redirectOutput(screen.toFile()).redirectErrorStream(true);
      builder.environment().put("XDG_CACHE_HOME", cache.toString());
      builder.environment().put("TERM", "xterm");
      Process script = builder.start();
      long deadline = System.currentTimeMillis() + 120_000;
      while (!Files.readString(screen).contains("\u001b[?2004h")) { // the line reader is waiting: JLine is all loaded
        assertTrue(System.currentTimeMillis() < deadline && script.isAlive(), "no first question:\n"
            + Files.readString(screen));
        Thread.sleep(20);
      }
      ProcessHandle triage = script.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
          .findFirst().orElseThrow();
      new ProcessBuilder("kill", "-KILL", Long.toString(triage.pid())).start().waitFor();
      assertTrue(script.waitFor(60, TimeUnit.SECONDS));
      try (Stream<Path> left = Files.list(tmp)) {
        assertEquals(List.of(), left.toList(), "run " + (run + 1));
      }
    }
    try (Stream<Path> kept = Files.walk(cache)) {
      assertEquals(1, kept.filter(Files::isRegularFile).count(), "one library, kept and reused");
    }
  }
}
