package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import triage.transcript.Report;

/** Transcript files read into one {@link Report}, line by line, for {@code report} and {@code review}. */
final class Transcripts {

  private Transcripts() {}

  static Report read(List<Path> files, Report.Filter filter) throws Failure, IOException {
    Report report = new Report(filter);
    for (Path file : files) {
      try (InputStream in = InputFiles.open(file)) {
        ByteLines lines = new ByteLines(in, Batch.MAX_LINE);
        while (lines.next()) {
          if (lines.tooLong()) {
            report.add(new byte[0], 0, file + ":" + lines.number());
          } else {
            report.add(lines.bytes(), lines.length(), file + ":" + lines.number());
          }
        }
      }
    }
    return report;
  }
}
