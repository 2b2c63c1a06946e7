package triage.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import triage.load.Loaded;
import triage.model.Level;
import triage.render.Messages;
import triage.render.VerdictJson;
import triage.render.Wording;
import triage.walk.Walker;

/** {@code triage batch [FILE]}: re-triage stored answer sets, one JSON object per line. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Re-triage answer sets from JSON Lines, one verdict a line.",
    description = "Re-triage answer sets from JSON Lines (one object of answers by question id per line, with an "
        + "optional \"id\" passed through), from FILE or stdin. Writes one JSON line per input line, in order: "
        + "the verdict, or the error for that line. A summary goes to stderr. Exit 0 when every line gave a "
        + "verdict, 65 when any line was an error (every line is still written).")
public final class BatchCommand implements Callable<Integer> {

  private final Io io;

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  LanguageOption language;

  @Mixin
  EmergencyNumberOption emergencyNumber;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON Lines to read (default, or -: stdin).")
  Path file;

  @Option(names = "--strict",
      description = "A question reached without an answer makes the line an error. By default it is taken as "
          + "unsure where the question accepts that (never lowering urgency) and listed in assumed_unsure.")
  boolean strict;

  @Option(names = "--parse-only",
      description = "Read and write the lines back without walking: the baseline the benchmark compares with.")
  boolean parseOnly;

  public BatchCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure, IOException {
    Loaded loaded = questionnaire.load(io);
    String chosen = language.choose(loaded.ready(), io, true);
    Walker walker = new Walker(loaded.ready(), chosen);
    Wording wording = new Wording(loaded.ready(), chosen, emergencyNumber.choose(loaded.ready(), io, language),
        Messages.of(chosen));
    Batch batch = new Batch(walker, new VerdictJson(wording, loaded.origin()),
        strict ? Batch.Gaps.STRICT : Batch.Gaps.UNSURE, parseOnly);
    Batch.Summary summary;
    OutputStream out = new BufferedOutputStream(io.rawOut(), 1 << 16);
    try (InputStream in = open()) {
      summary = batch.run(in, out);
    } catch (Batch.Stopped e) {
      return stopped(e.getMessage(), e.triaged);
    }
    try {
      out.flush();
    } catch (IOException e) {
      return stopped(e.getMessage(), summary.lines());
    }
    io.err().println("triage batch: " + summary.lines() + (summary.lines() == 1 ? " line: " : " lines: ")
        + Arrays.stream(Level.values())
            .map(level -> summary.levels().get(level) + " " + level.word())
            .collect(Collectors.joining(", "))
        + ", " + summary.errors() + (summary.errors() == 1 ? " error" : " errors"));
    return summary.errors() == 0 ? ExitCode.OK : ExitCode.BAD_ANSWER;
  }

  /**
   * Where a batch stopped on a failed read or write: a reader that went away ends it quietly (141);
   * an output that failed says which lines surely reached it whole, which may be missing or cut
   * short, and where triage stopped (74); anything else was the input's (66).
   */
  private int stopped(String reason, long triaged) throws Failure {
    if (!(io.rawOut() instanceof Watched watched) || watched.failure().isEmpty()) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + (file == null ? "standard input" : file)
          + ": " + reason);
    }
    if (watched.readerGone()) {
      return ExitCode.READER_GONE;
    }
    long whole = watched.lines();
    long last = Math.max(whole, triaged);
    io.err().println("triage batch: stopped: could not write to standard output (" + reason + "); "
        + (whole == 0 ? "no line surely reached it whole" : (whole == 1 ? "line 1" : "lines 1 to " + whole)
            + " reached it whole")
        + (last > whole ? ", " + (last == whole + 1 ? "line " + last : "lines " + (whole + 1) + " to " + last)
            + " may be missing or cut short" : "")
        + ", and nothing after line " + last + " was triaged");
    return ExitCode.IO_ERROR;
  }

  private InputStream open() throws Failure, IOException {
    if (file == null || file.toString().equals(RunOptions.STDIN)) {
      return io.in();
    }
    return InputFiles.open(file);
  }
}
