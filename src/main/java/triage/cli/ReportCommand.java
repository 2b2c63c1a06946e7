package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import triage.model.Level;
import triage.model.Question;
import triage.render.CsvTable;
import triage.transcript.Report;
import triage.text.Visible;
import triage.transcript.Transcript;

/** {@code triage report FILE...}: what many recorded sessions say about each question and its wordings. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Report on pilot transcripts: how each wording did.",
    description = "Read transcripts (from --record) and report, for each question and each wording of it, how often"
        + " it was asked, the answers, the unsure, help and back rates and the median time; where sessions ended"
        + " without a verdict; and the verdicts by level. Wordings are named by the hash of their words; those"
        + " the questionnaire (--questions, else the built-in one) has are shown with their words.")
public final class ReportCommand implements Callable<Integer> {

  private static final int WORDS_SHOWN = 48;

  private final Io io;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transcript files (JSON Lines).")
  List<Path> files;

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.text, FormatOption.Format.json, FormatOption.Format.csv);

  public ReportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure, IOException {
    Report report = new Report();
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
    Map<String, String> words = wordsByHash();
    switch (format.chosen()) {
      case json -> json(report, words);
      case csv -> csv(report, words);
      default -> text(report, words);
    }
    return ExitCode.OK;
  }

  /** The words of every text the questionnaire can show, by the hash transcripts know them by. */
  private Map<String, String> wordsByHash() throws Failure {
    Map<String, String> words = new HashMap<>();
    questionnaire.source(io).load().questionnaire().ifPresent(q -> {
      for (Question question : q.questions()) {
        question.text().byLanguage().forEach((language, text) ->
            words.put(Transcript.hash(text), language + ": " + text));
      }
    });
    return words;
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

  private void text(Report report, Map<String, String> words) {
    PrintStream out = io.out();
    out.println("Transcripts: " + report.sessions() + " sessions from " + files.size()
        + (files.size() == 1 ? " file" : " files") + (report.unreadableCount() == 0 ? ""
        : "; " + report.unreadableCount() + " unreadable lines skipped (" + String.join(", ", report.unreadable())
            + (report.unreadableCount() > report.unreadable().size() ? ", ..." : "") + ")")
        + (report.dropped() == 0 ? "" : "; " + report.dropped() + " answers to wordings beyond the first "
        + Report.MOST_WORDINGS + " left out"));
    long given = report.verdicts().values().stream().mapToLong(Long::longValue).sum();
    out.println("Verdicts (" + given + "): " + report.verdicts().entrySet().stream()
        .map(e -> e.getKey().word() + " " + e.getValue()).collect(Collectors.joining(", ")));
    long without = report.withoutVerdict().values().stream().mapToLong(Long::longValue).sum();
    out.println("No verdict (" + without + "): " + (without == 0 ? "none" : Visible.line(report.withoutVerdict()
        .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))));
    out.println();
    String row = "%-18s %-16s %7s %7s %7s %7s %8s  %s%n";
    out.printf(row, "question", "wording", "asked", "unsure", "help", "back", "median", "answers");
    for (Map.Entry<String, Map<String, Report.Wording>> question : report.questions().entrySet()) {
      boolean first = true;
      for (Map.Entry<String, Report.Wording> wording : question.getValue().entrySet()) {
        Report.Wording w = wording.getValue();
        out.printf(row, first ? Visible.line(question.getKey()) : "", Visible.line(wording.getKey()), w.asked(),
            percent(w.unsureRate()), percent(w.helpRate()), percent(w.backRate()), seconds(w.medianMillis()),
            Visible.line(answers(w, " ")));
        String known = words.get(wording.getKey());
        out.printf("%-18s %s%n", "", known == null ? "(words not in this questionnaire)" : shorten(known));
        first = false;
      }
    }
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

  private void csv(Report report, Map<String, String> words) {
    CsvTable table = new CsvTable(io.out(), "question", "wording", "words", "asked", "unsure_rate", "help_rate",
        "back_rate", "rejected_rate", "median_ms", "answers");
    report.questions().forEach((question, wordings) -> wordings.forEach((hash, w) -> table.row(question, hash,
        words.getOrDefault(hash, ""), w.asked(), rate(w.unsureRate()), rate(w.helpRate()), rate(w.backRate()),
        rate(w.rejectedRate()), w.medianMillis(), answers(w, "="))));
  }

  private static String rate(double rate) {
    return String.format(Locale.ROOT, "%.4f", rate);
  }

  private void json(Report report, Map<String, String> words) {
    Reports.object(io.out(), json -> {
      json.writeNumberField("sessions", report.sessions());
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
          if (words.containsKey(wording.getKey())) {
            json.writeStringField("words", words.get(wording.getKey()));
          }
          json.writeNumberField("asked", w.asked());
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
