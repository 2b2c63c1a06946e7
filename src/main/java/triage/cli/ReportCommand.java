package triage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import triage.model.Level;
import triage.model.Questionnaire;
import triage.render.CsvTable;
import triage.text.Visible;
import triage.transcript.Report;
import triage.transcript.Wordings;

/** {@code triage report FILE...}: what many recorded sessions say about each question and its wordings. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Report on pilot transcripts: how each wording did.",
    description = "Read transcripts (from --record) and report, for each question and each wording of it, how often"
        + " it was asked, the answers, the unsure, help and back rates and the median time; where sessions ended"
        + " without a verdict; and the verdicts by level. Wordings are named by the hash of their words; those"
        + " the questionnaires know (every --questions given, else the built-in one) are shown with their language,"
        + " the versions that have them, and their words.")
public final class ReportCommand implements Callable<Integer> {

  private static final int WORDS_SHOWN = 48;

  private final Io io;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transcript files (JSON Lines).")
  List<Path> files;

  @Option(names = "--questions", paramLabel = "FILE",
      description = "A version of the questionnaire whose words to show; give it once per version (default: the"
          + " file named by $" + QuestionnaireOption.ENV + ", else the built-in one).")
  List<Path> questionnaires = new ArrayList<>();

  @Option(names = "--mode", paramLabel = "MODE",
      description = "Only sessions run this way: terminal, pipe or answers (given by id).")
  String mode;

  @Option(names = "--lang", paramLabel = "LANG", description = "Only sessions in this language, such as en or es.")
  String language;

  @Option(names = "--questionnaire-version", paramLabel = "VERSION",
      description = "Only sessions with this version of the questionnaire, such as 2.1.0.")
  String version;

  @Option(names = "--sha", paramLabel = "SHA256",
      description = "Only sessions with the questionnaire whose sha256 starts with this.")
  String sha;

  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.text, FormatOption.Format.json, FormatOption.Format.csv);

  public ReportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure, IOException {
    Report report = Transcripts.read(files, new Report.Filter(Optional.ofNullable(mode), Optional.ofNullable(language),
        Optional.ofNullable(version), Optional.ofNullable(sha).map(s -> s.toLowerCase(Locale.ROOT))));
    Wordings words = wordings();
    switch (format.chosen()) {
      case json -> json(report, words);
      case csv -> csv(report, words);
      default -> text(report, words);
    }
    return ExitCode.OK;
  }

  /** The words of every question of every version given (else of the chosen one), by the hash transcripts know them by. */
  private Wordings wordings() throws Failure {
    List<QuestionnaireOption.Source> sources = new ArrayList<>();
    for (Path file : questionnaires) {
      sources.add(QuestionnaireOption.read(file));
    }
    if (sources.isEmpty()) {
      sources.add(QuestionnaireOption.fromEnvironment(io));
    }
    List<Questionnaire> known = new ArrayList<>();
    for (QuestionnaireOption.Source source : sources) {
      source.load().questionnaire().ifPresent(known::add);
    }
    return new Wordings(known);
  }

  private static String percent(double rate) {
    return String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  private static String seconds(long ms) {
    return ms < 0 ? "-" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String answers(Report.Wording wording, String between) {
    return wording.answers().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .map(e -> e.getKey() + between + e.getValue())
        .collect(Collectors.joining(between.equals("=") ? ";" : " · "));
  }

  private void text(Report report, Wordings words) {
    PrintStream out = io.out();
    out.println("Transcripts: " + report.sessions() + " sessions from " + files.size()
        + (files.size() == 1 ? " file" : " files") + (report.unreadableCount() == 0 ? ""
        : "; " + report.unreadableCount() + " unreadable lines skipped (" + String.join(", ", report.unreadable())
            + (report.unreadableCount() > report.unreadable().size() ? ", ..." : "") + ")")
        + (report.dropped() == 0 ? "" : "; " + report.dropped() + " answers to wordings beyond the first "
        + Report.MOST_WORDINGS + " left out")
        + (filters().isEmpty() ? "" : "; " + report.leftOut() + " other sessions left out by " + filters()));
    long given = report.verdicts().values().stream().mapToLong(Long::longValue).sum();
    out.println("Verdicts (" + given + "): " + report.verdicts().entrySet().stream()
        .map(e -> e.getKey().word() + " " + e.getValue()).collect(Collectors.joining(", ")));
    long without = report.withoutVerdict().values().stream().mapToLong(Long::longValue).sum();
    out.println("No verdict (" + without + "): " + (without == 0 ? "none" : Visible.line(report.withoutVerdict()
        .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))));
    out.println();
    String row = "%-18s %-16s %7s %7s %7s %7s %8s %8s  %s%n";
    out.printf(row, "question", "wording", "asked", "unsure", "help", "back", "rejected", "median", "answers");
    for (Map.Entry<String, Map<String, Report.Wording>> question : report.questions().entrySet()) {
      boolean first = true;
      for (Map.Entry<String, Report.Wording> wording : question.getValue().entrySet()) {
        Report.Wording w = wording.getValue();
        out.printf(row, first ? Visible.line(question.getKey()) : "", Visible.line(wording.getKey()), w.asked(),
            percent(w.unsureRate()), percent(w.helpRate()), percent(w.backRate()), percent(w.rejectedRate()),
            seconds(w.medianMillis()), Visible.line(answers(w, " ")));
        out.printf("%-18s %s%n", "", words.of(wording.getKey()).map(known -> shorten(known.shown()))
            .orElse("(words in no questionnaire read)"));
        first = false;
      }
    }
    out.println();
    out.println("unsure: a share of the answers given; help, back and rejected: of the times asked;");
    out.println("median: of the answers typed (answers given by id are not timed; - when none was)");
    if (!report.dropOff().isEmpty()) {
      out.println();
      out.println("Drop-off: where sessions ended without a verdict");
      report.dropOff().forEach((question, ends) -> out.printf("  %-18s %s%n", question.isEmpty() ? "(before any)"
          : Visible.line(question), Visible.line(ends.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", ")))));
    }
  }

  private static String shorten(String words) {
    return words.length() <= WORDS_SHOWN ? words : words.substring(0, WORDS_SHOWN - 1) + "…";
  }

  /** The filters given, as typed: {@code --mode pipe, --lang en}; empty without any. */
  private String filters() {
    List<String> given = new ArrayList<>();
    Optional.ofNullable(mode).ifPresent(m -> given.add("--mode " + m));
    Optional.ofNullable(language).ifPresent(l -> given.add("--lang " + l));
    Optional.ofNullable(version).ifPresent(v -> given.add("--questionnaire-version " + v));
    Optional.ofNullable(sha).ifPresent(s -> given.add("--sha " + s));
    return Visible.line(String.join(", ", given));
  }

  private void csv(Report report, Wordings words) {
    CsvTable table = new CsvTable(io.out(), "question", "wording", "language", "versions", "words", "asked",
        "answered", "unsure_rate", "help_rate", "back_rate", "rejected_rate", "median_ms", "answers");
    report.questions().forEach((question, wordings) -> wordings.forEach((hash, w) -> {
      Optional<Wordings.Words> known = words.of(hash);
      table.row(question, hash, known.map(Wordings.Words::language).orElse(""),
          known.map(k -> String.join(" ", k.versions())).orElse(""), known.map(Wordings.Words::text).orElse(""),
          w.asked(), w.answered(), rate(w.unsureRate()), rate(w.helpRate()), rate(w.backRate()),
          rate(w.rejectedRate()), w.medianMillis(), answers(w, "="));
    }));
  }

  private static String rate(double rate) {
    return String.format(Locale.ROOT, "%.4f", rate);
  }

  private void json(Report report, Wordings words) {
    Reports.object(io.out(), json -> {
      json.writeNumberField("sessions", report.sessions());
      json.writeNumberField("left_out", report.leftOut());
      json.writeNumberField("unreadable_lines", report.unreadableCount());
      json.writeNumberField("dropped", report.dropped());
      json.writeArrayFieldStart("unreadable");
      for (String where : report.unreadable()) {
        json.writeString(where);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("verdicts");
      for (Map.Entry<Level, Long> entry : report.verdicts().entrySet()) {
        json.writeNumberField(entry.getKey().word(), entry.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("no_verdict");
      for (Map.Entry<String, Long> entry : report.withoutVerdict().entrySet()) {
        json.writeNumberField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("questions");
      for (Map.Entry<String, Map<String, Report.Wording>> question : report.questions().entrySet()) {
        json.writeStartObject();
        json.writeStringField("question", question.getKey());
        json.writeArrayFieldStart("wordings");
        for (Map.Entry<String, Report.Wording> wording : question.getValue().entrySet()) {
          Report.Wording w = wording.getValue();
          json.writeStartObject();
          json.writeStringField("text", wording.getKey());
          Optional<Wordings.Words> known = words.of(wording.getKey());
          if (known.isPresent()) {
            json.writeStringField("language", known.get().language());
            json.writeArrayFieldStart("versions");
            for (String v : known.get().versions()) {
              json.writeString(v);
            }
            json.writeEndArray();
            json.writeStringField("words", known.get().text());
          }
          json.writeNumberField("asked", w.asked());
          json.writeNumberField("answered", w.answered());
          json.writeObjectFieldStart("answers");
          for (Map.Entry<String, Long> answer : w.answers().entrySet()) {
            json.writeNumberField(answer.getKey(), answer.getValue());
          }
          json.writeEndObject();
          json.writeNumberField("unsure_rate", w.unsureRate());
          json.writeNumberField("help_rate", w.helpRate());
          json.writeNumberField("back_rate", w.backRate());
          json.writeNumberField("rejected_rate", w.rejectedRate());
          json.writeNumberField("median_ms", w.medianMillis());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("drop_off");
      for (Map.Entry<String, Map<String, Long>> entry : report.dropOff().entrySet()) {
        json.writeStartObject();
        json.writeStringField("question", entry.getKey());
        json.writeObjectFieldStart("ends");
        for (Map.Entry<String, Long> end : entry.getValue().entrySet()) {
          json.writeNumberField(end.getKey(), end.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    });
  }
}
