package triage.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptFileTest {

  @TempDir
  Path dir;

  @Test
  void eightWritersAtOnceGiveWholeLinesOnly() throws Exception {
    Path path = dir.resolve("t.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> writers = new ArrayList<>();
    for (int writer = 0; writer < 8; writer++) {
      int w = writer;
      writers.add(pool.submit(() -> {
        TranscriptFile file = new TranscriptFile(path);
        for (int i = 0; i < 50; i++) {
          // a long line, so that a mixed write would show
          String line = "{\"writer\":" + w + ",\"i\":" + i + ",\"pad\":\"" + "x".repeat(4000) + "\"}\n";
          file.append(line.getBytes(StandardCharsets.UTF_8));
        }
        return null;
      }));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }
    pool.shutdown();
    List<String> lines = Files.readAllLines(path);
    assertEquals(400, lines.size());
    for (String line : lines) {
      assertTrue(line.matches("\\{\"writer\":\\d,\"i\":\\d+,\"pad\":\"x{4000}\"}"), line.substring(0, 40));
    }
  }

  @Test
  void aTornLastLineIsLeftAloneAndTheNextLineIsWhole() throws Exception {
    Path path = dir.resolve("t.jsonl");
    Files.writeString(path, "{\"whole\":1}\n{\"torn\":");
    new TranscriptFile(path).append("{\"next\":2}\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("{\"whole\":1}", "{\"torn\":", "{\"next\":2}"), Files.readAllLines(path));
  }
}
