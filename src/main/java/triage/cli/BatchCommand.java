package triage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import triage.fhir.ResponseExport;
import triage.load.Loaded;
import triage.model.Level;
import triage.model.Question;
import triage.render.Messages;
import triage.render.VerdictCsv;
import triage.render.VerdictField;
import triage.render.VerdictJson;
import triage.render.Wording;
import triage.text.Suggestion;
import triage.walk.Walker;

/** {@code triage batch [FILE...]}: re-triage stored answer sets, one per line of JSON or row of CSV. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Re-triage answer sets from JSON Lines or CSV, one verdict a line.",
    description = "Re-triage answer sets from JSON Lines (one object of answers by question id per line, with an "
        + "optional id passed through) or CSV (a header row of question ids), from the FILEs in turn or stdin. "
        + "Writes one line per input line, in order: the verdict, or the error for that line (blank lines are "
        + "skipped). A summary goes to stderr. Exit 0 when every line gave a verdict, 65 when any line was an "
        + "error (every line is still written).")
public final class BatchCommand implements Callable<Integer> {

  private final Io io;
  private int headerLines; // written before the first line: the CSV header

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  LanguageOption language;

  @Mixin
  EmergencyNumberOption emergencyNumber;

  @Parameters(paramLabel = "FILE", description = "Inputs to read in turn (default, or -: stdin).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "What the input is written in: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  BatchInput.Format inputFormat;

  @Mixin
  /** json, csv, or fhir-r4: a FHIR QuestionnaireResponse per verdict (errors stay JSON objects). */
  FormatOption format = new FormatOption(FormatOption.Format.json, FormatOption.Format.csv, FormatOption.Format.fhir_r4);

  @Option(names = "--id-field", paramLabel = "NAME", defaultValue = Columns.DEFAULT_ID,
      description = "The key (or CSV column) holding a line's own id, a string or a whole number, written out as "
          + "id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(names = "--keep", paramLabel = "COLUMN", split = ",",
      description = "A key (or CSV column) that is not an answer, copied unchanged to the output line "
          + "(repeatable, or comma-separated). Any other key that is not a question is an error.")
  List<String> keep = new ArrayList<>();

  @Option(names = "--answers-field", paramLabel = "NAME",
      description = "The key holding each line's answers as an object; every other key of the line is its own "
          + "(copied out if named by --keep). JSON Lines only.")
  String answersField;

  @Option(names = "--fields", paramLabel = "FIELD", split = ",",
      description = "The verdict fields to write, in this order (default: all; with --compact, all but the texts).")
  List<String> fields = new ArrayList<>();

  @Option(names = "--compact",
      description = "Ids and values only: advice as ids, the path as an object of answers by question id, and no "
          + "title, not_a_diagnosis or seek_help_if unless --fields names them.")
  boolean compact;

  @Option(names = "--strict",
      description = "A question reached without an answer makes the line an error. By default it is taken as "
          + "unsure where the question accepts that (never lowering urgency) and listed in assumed_unsure.")
  boolean strict;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Walk on N threads; the output keeps the input's order (default: the processors available, "
          + "${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--parse-only",
      description = "Read and write the lines back without walking: the baseline the benchmark compares with.")
  boolean parseOnly;

  public BatchCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure, IOException {
    Loaded loaded = questionnaire.load(io);
    // A data job's words never follow the locale of whoever runs it: only --lang changes them.
    String chosen = language.chooseIgnoringLocale(loaded.ready(), io);
    Walker walker = new Walker(loaded.ready(), chosen);
    Wording wording = new Wording(loaded.ready(), chosen, emergencyNumber.chooseIgnoringLocale(loaded.ready(), io, language),
        Messages.of(chosen));
    Columns columns = columns(walker);
    List<VerdictField> chosenFields = fields();
    if (jobs < 1) {
      throw Failure.of(Failure.Kind.USAGE, "--jobs takes a number of threads, 1 or more, not " + jobs);
    }
    if (parseOnly && format.is(FormatOption.Format.csv)) {
      throw Failure.of(Failure.Kind.USAGE, "--parse-only writes JSON; leave out --format csv");
    }
    BatchInput input = BatchInput.open(sources(), inputFormat, columns, walker, io);
    boolean csv = format.is(FormatOption.Format.csv);
    boolean compactOut = compact || csv;
    Optional<ResponseExport> responses = format.is(FormatOption.Format.fhir_r4)
        ? Optional.of(new ResponseExport(loaded.ready(), wording)) : Optional.empty();
    Batch.Gaps gaps = strict ? Batch.Gaps.STRICT : Batch.Gaps.UNSURE;
    Batch batch = new Batch(() -> new BatchWorker(walker, columns, gaps, parseOnly, input,
        out -> csv
            ? new CsvLineWriter(out, new VerdictCsv(wording, loaded.origin(), chosenFields), columns.keep().size())
            : new JsonLineWriter(out, new VerdictJson(wording, loaded.origin(), chosenFields, compactOut),
                columns.keep(), responses)), jobs);
    OutputStream out = io.rawOut(); // written a chunk of lines at a time: no buffer needed
    Batch.Summary summary;
    try (input) {
      if (csv) {
        header(out, input.count() > 1, columns, new VerdictCsv(wording, loaded.origin(), chosenFields));
        headerLines = 1;
      }
      summary = batch.run(input, out);
    } catch (Batch.Stopped e) {
      return stopped(e.getMessage(), e.triaged);
    }
    io.err().println("triage batch: " + summary.lines() + (summary.lines() == 1 ? " line: " : " lines: ")
        + (parseOnly ? summary.lines() - summary.errors() + " read (--parse-only: not walked)"
            : Arrays.stream(Level.values())
                .map(level -> summary.levels().get(level) + " " + level.word())
                .collect(Collectors.joining(", ")))
        + ", " + summary.errors() + (summary.errors() == 1 ? " error" : " errors")
        + (summary.blank() == 0 ? "" : "; " + summary.blank() + " blank" + (summary.blank() == 1 ? " line" : " lines")
            + " skipped"));
    return summary.errors() == 0 ? ExitCode.OK : ExitCode.BAD_ANSWER;
  }

  private static void header(OutputStream out, boolean files, Columns columns, VerdictCsv verdicts) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      CsvLineWriter.header(writer, files, columns.keep(), verdicts);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The inputs in order; {@code -} (or none) is standard input, which can be read once only. */
  private List<BatchInput.Source> sources() throws Failure {
    if (files.isEmpty()) {
      return List.of(new BatchInput.Source(RunOptions.STDIN, Optional.empty()));
    }
    List<BatchInput.Source> sources = new ArrayList<>();
    boolean stdin = false;
    for (Path file : files) {
      if (file.toString().equals(RunOptions.STDIN)) {
        if (stdin) {
          throw Failure.of(Failure.Kind.USAGE, "- (standard input) is given twice; it can be read once only");
        }
        stdin = true;
        sources.add(new BatchInput.Source(RunOptions.STDIN, Optional.empty()));
      } else {
        sources.add(new BatchInput.Source(file.toString(), Optional.of(file)));
      }
    }
    return sources;
  }

  /**
   * Where the id, the kept columns and the answers are. None may name a question (it would hide
   * that question's answers) or a field the output writes (two values under one name), and none
   * may be named twice.
   */
  private Columns columns(Walker walker) throws Failure {
    List<String> questions = walker.questionnaire().questions().stream().map(Question::id).toList();
    List<String> taken = new ArrayList<>(List.of(Columns.DEFAULT_ID, "file"));
    taken.addAll(Reports.FIELDS);
    VerdictField.ALL.forEach(field -> taken.add(field.word()));
    List<String> seen = new ArrayList<>();
    List<String> named = new ArrayList<>();
    named.add("--id-field " + idField);
    seen.add(idField);
    if (answersField != null) {
      named.add("--answers-field " + answersField);
      seen.add(answersField);
    }
    keep.forEach(column -> {
      named.add("--keep " + column);
      seen.add(column);
    });
    for (int i = 0; i < seen.size(); i++) {
      String name = seen.get(i);
      if (name.isBlank()) {
        throw Failure.of(Failure.Kind.USAGE, named.get(i).strip() + ": a column needs a name");
      }
      if (seen.indexOf(name) < i) {
        throw Failure.of(Failure.Kind.USAGE, named.get(i) + ": `" + name + "` is named twice (also "
            + named.get(seen.indexOf(name)) + ")");
      }
      if (answersField == null && questions.contains(name)) {
        throw Failure.of(Failure.Kind.USAGE, named.get(i) + ": `" + name + "` is a question; its answers would be"
            + " passed over");
      }
      if (i > 0 && taken.contains(name)) {
        throw Failure.of(Failure.Kind.USAGE, named.get(i) + ": `" + name + "` is a field triage writes itself");
      }
    }
    if (answersField != null && inputFormat == BatchInput.Format.csv) {
      throw Failure.of(Failure.Kind.USAGE, "--answers-field is for JSON Lines; a CSV row holds its answers in its"
          + " columns");
    }
    return new Columns(idField, keep, Optional.ofNullable(answersField));
  }

  /** The verdict fields to write: those named, in that order, else all (with --compact or CSV, all but texts). */
  private List<VerdictField> fields() throws Failure {
    if (fields.isEmpty()) {
      return compact || format.is(FormatOption.Format.csv) ? VerdictField.COMPACT : VerdictField.ALL;
    }
    List<VerdictField> chosen = new ArrayList<>();
    for (String word : fields) {
      Optional<VerdictField> field = VerdictField.named(word.strip());
      if (field.isEmpty()) {
        Optional<String> close = Suggestion.closest(word.strip(), VerdictField.ALL.stream().map(VerdictField::word)
            .toList());
        throw Failure.of(Failure.Kind.USAGE, "--fields: there is no verdict field `" + word.strip() + "`"
            + close.map(c -> "; did you mean `" + c + "`?").orElse("; the fields are "
                + VerdictField.ALL.stream().map(VerdictField::word).collect(Collectors.joining(", "))));
      }
      if (chosen.contains(field.get())) {
        throw Failure.of(Failure.Kind.USAGE, "--fields: `" + word.strip() + "` is named twice");
      }
      chosen.add(field.get());
    }
    return chosen;
  }

  /**
   * Where a batch stopped on a failed read or write: a reader that went away ends it quietly (141);
   * an output that failed says which output lines surely reached it whole, which may be missing or
   * cut short, and where triage stopped (74); anything else was the input's (66).
   */
  private int stopped(String reason, long triaged) throws Failure {
    if (!(io.rawOut() instanceof Watched watched) || watched.failure().isEmpty()) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE, "cannot read " + (files.isEmpty() ? "standard input"
          : String.join(", ", files.stream().map(Path::toString).toList())) + ": " + reason);
    }
    if (watched.readerGone()) {
      return ExitCode.READER_GONE;
    }
    long whole = Math.max(0, watched.lines() - headerLines);
    long last = Math.max(whole, triaged);
    io.err().println("triage batch: stopped: could not write to standard output (" + reason + "); "
        + (whole == 0 ? "no line surely reached it whole" : (whole == 1 ? "line 1" : "lines 1 to " + whole)
            + " reached it whole")
        + (last > whole ? ", " + (last == whole + 1 ? "line " + last : "lines " + (whole + 1) + " to " + last)
            + " may be missing or cut short" : "")
        + ", and nothing after line " + last + " was triaged");
    return ExitCode.IO_ERROR;
  }
}
