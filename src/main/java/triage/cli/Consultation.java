package triage.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import triage.fhir.Resources;
import triage.fhir.ResponseExport;
import triage.load.Loaded;
import triage.model.Questionnaire;
import triage.cli.FormatOption.Format;
import triage.render.Json;
import triage.render.Messages;
import triage.render.Shown;
import triage.render.QuestionView;
import triage.render.SavedText;
import triage.render.Style;
import triage.render.VerdictJson;
import triage.render.VerdictText;
import triage.render.Wording;
import triage.session.Ending;
import triage.session.PipeSession;
import triage.session.SessionEvents;
import triage.session.TerminalSession;
import triage.transcript.Recording;
import triage.transcript.Transcript;
import triage.transcript.TranscriptFile;
import triage.walk.AnswerParser;
import triage.walk.AnswerSheet;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * One run of the questionnaire. Answers given by id are used first; what they leave open is asked
 * in a terminal when stdin is one, and is otherwise an error. With no answers by id, a terminal
 * gets the questions one by one and a pipe gives one answer per line (and no terminal is ever
 * built for it: JLine probes the terminal and costs 100 ms or more).
 */
final class Consultation {

  private static final int MAX_WIDTH = 100;
  private static final int PIPE_WIDTH = 80;

  private final Io io;
  private final RunOptions options;
  private int width = PIPE_WIDTH;
  /** The tool's words in the run's language, set as soon as it is known: nothing is said before that. */
  private Messages messages;
  /** Why a run ended without a verdict, in those words; set with them. */
  private RunFailures failures;

  Consultation(Io io, RunOptions options) {
    this.io = io;
    this.options = options;
  }

  int run() throws Failure {
    Loaded loaded = options.questionnaire.load(io);
    Questionnaire questionnaire = loaded.ready();
    String language = options.language.choose(questionnaire, io, options.format.is(Format.text));
    Walker walker = new Walker(questionnaire, language);
    messages = Messages.of(language);
    Wording wording = new Wording(questionnaire, language,
        options.emergencyNumber.choose(questionnaire, io, options.language), messages);
    failures = new RunFailures(messages, wording);
    AnswerSheet given = given(walker);
    Optional<SaveFile> save = Optional.ofNullable(options.save).map(SaveFile::new);
    for (SaveFile file : save.stream().toList()) {
      file.check(); // before anything is asked, as for --record
    }
    Optional<Recording> recording = recording(loaded, language);
    SessionEvents events = recording.map(Recording::events).orElse(SessionEvents.NONE);
    Ending ending;
    try (InterruptGuard guard = new InterruptGuard(() -> {
      recording.ifPresent(r -> r.ended(Transcript.End.INTERRUPTED, ""));
      report(failures.interrupted());
    })) {
      ending = walk(walker, wording, messages, given, events, loaded);
    } catch (Failure failure) {
      if (failure.kind() == Failure.Kind.INCOMPLETE && failure.questionId().isPresent()) {
        recording.ifPresent(r -> warnIfLost(r.ended(Transcript.End.MISSING, failure.questionId().get())));
      }
      throw failure;
    }
    if (ending instanceof Ending.Unfinished unfinished) {
      recording.ifPresent(r -> warnIfLost(r.ended(end(unfinished), unfinished.at().id())));
      throw failures.of(unfinished);
    }
    Ending.Finished finished = (Ending.Finished) ending;
    Verdict verdict = finished.verdict();
    if (finished.shown()) {
      // The terminal session has put the verdict on the screen itself.
    } else if (options.format.is(Format.fhir_r4)) {
      try {
        Resources.writePretty(io.out(), new ResponseExport(questionnaire, wording).response(verdict, Optional.empty()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      io.out().println();
    } else if (options.format.is(Format.json)) {
      try (JsonGenerator json = Json.generator(io.out())) {
        new VerdictJson(wording, loaded.origin()).write(json, verdict, given.unused(verdict.path()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      io.out().println();
    } else {
      io.out().println(new VerdictText(wording, messages, style(), options.plain, width)
          .render(verdict, loaded.origin(), options.verbose));
    }
    for (SaveFile file : save.stream().toList()) {
      file.write(new SavedText(wording, messages).render(verdict, loaded.origin(), Instant.now()));
      io.err().println(messages.get("save.written", options.save));
    }
    // Recorded as given only once it is written: a verdict that never reached anyone was not given.
    io.out().flush();
    boolean written = !io.out().checkError();
    recording.ifPresent(r -> warnIfLost(written ? r.finished(verdict) : r.ended(Transcript.End.UNWRITTEN,
        verdict.outcome().id())));
    return options.exitByLevel ? ExitCode.forLevel(verdict.level()) : ExitCode.OK;
  }

  /** The transcript of this session, when --record asks for one; its file must be writable before anything is asked. */
  private Optional<Recording> recording(Loaded loaded, String language) throws Failure {
    if (options.record == null) {
      return Optional.empty();
    }
    TranscriptFile file = new TranscriptFile(options.record);
    try {
      file.prepare();
    } catch (IOException e) {
      throw Failure.of(Failure.Kind.UNREADABLE_FILE,
          words -> words.get("record.cannot", options.record, SaveFile.reason(options.record, e, words)));
    }
    boolean prompting = io.stdinIsTerminal() && !options.noInput;
    String mode = prompting ? "terminal" : options.answersGiven() || options.noInput ? Transcript.MODE_ANSWERS : "pipe";
    return Optional.of(new Recording(new Transcript(loaded.ready(), loaded.origin(), language, mode,
        Instant.now(), System::nanoTime), file));
  }

  private void warnIfLost(Optional<IOException> failure) {
    failure.ifPresent(e -> io.err().println("triage: " + messages.get("record.lost", options.record, e.getMessage())));
  }

  private static Transcript.End end(Ending.Unfinished ending) {
    if (ending instanceof Ending.Quit) {
      return Transcript.End.QUIT;
    }
    if (ending instanceof Ending.Interrupted) {
      return Transcript.End.INTERRUPTED;
    }
    if (ending instanceof Ending.InputEnded) {
      return Transcript.End.INPUT_ENDED;
    }
    return Transcript.End.REJECTED;
  }

  private AnswerSheet given(Walker walker) throws Failure {
    if (!options.answersGiven()) {
      return AnswerSheet.empty();
    }
    AnswerSheet.Checked checked = AnswerSheet.check(walker, options.answers(io, walker.questionnaire()));
    Optional<Failure> refused = failures.refusing(checked);
    if (refused.isPresent()) {
      throw refused.get();
    }
    return ((AnswerSheet.Accepted) checked).sheet();
  }

  private Ending walk(Walker walker, Wording wording, Messages messages, AnswerSheet given, SessionEvents events,
      Loaded loaded) throws Failure {
    boolean mayAsk = io.stdinIsTerminal() && !options.noInput && !options.answersFromStdin();
    if (options.answersGiven() || options.noInput) {
      AnswerSheet.Reached reached = given.walk(walker);
      if (reached instanceof AnswerSheet.Finished finished) {
        for (Step step : finished.verdict().path()) { // nobody was asked: the answers given are the record
          events.asked(step.question(), wording.of(step.question().text()));
          events.answered(step);
        }
        return new Ending.Finished(finished.verdict());
      }
      AnswerSheet.Missing missing = (AnswerSheet.Missing) reached;
      if (!mayAsk) {
        throw failures.unanswered(missing.question());
      }
      return inTerminal(missing.walk(), wording, messages, given, events, loaded);
    }
    return io.stdinIsTerminal()
        ? inTerminal(walker.start(), wording, messages, given, events, loaded)
        : fromPipe(walker, wording, messages, events);
  }

  private Ending inTerminal(Walk from, Wording wording, Messages messages, AnswerSheet given, SessionEvents events,
      Loaded loaded) {
    // Until the terminal is open, the first question is laid out for the width the terminal gives
    // when asked directly, else $COLUMNS, else 80.
    int guess = io.terminals().columns();
    int first = guess > 0 ? guess : columns(io.env("COLUMNS"));
    Style style = style();
    Optional<java.util.function.Function<QuestionView, java.util.function.Function<Verdict, String>>> verdicts =
        options.format.is(Format.text)
            ? Optional.of(view -> verdict -> new VerdictText(wording, messages, style, options.plain, view.width())
                .render(verdict, loaded.origin(), options.verbose))
            : Optional.empty();
    TerminalSession session = new TerminalSession(() -> io.terminals().open(options.plain),
        io.stdoutIsTerminal() ? Optional.of(io.out()) : Optional.empty(),
        columns -> new QuestionView(wording, messages, style, options.plain, width(columns > 0 ? columns : first),
            AnswerParser.Strictness.FORGIVING),
        verdicts, loaded.ready(), options.plain, given, events);
    Ending ending = session.walk(from);
    width = width(session.columns());
    return ending;
  }

  /** The width to lay text out for on a terminal this many columns wide (0: not known). */
  private static int width(int columns) {
    return columns <= 0 ? PIPE_WIDTH : Math.min(columns, MAX_WIDTH);
  }

  private static int columns(String columns) {
    return columns != null && columns.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(columns) : 0;
  }

  private Ending fromPipe(Walker walker, Wording wording, Messages messages, SessionEvents events) {
    QuestionView view =
        new QuestionView(wording, messages, Style.none(), options.plain, width, AnswerParser.Strictness.EXACT);
    BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
    boolean prompt = !options.quiet && options.format.is(Format.text);
    PipeSession session = new PipeSession(walker, in, prompt ? Optional.of(io.err()) : Optional.empty(), view, events);
    Ending ending = session.walk();
    if (!(ending instanceof Ending.Finished finished)) {
      return ending;
    }
    Optional<Ending.LeftOver> leftOver = session.leftOver(finished.verdict());
    if (leftOver.isPresent() && options.strict) {
      return leftOver.get();
    }
    leftOver.ifPresent(left -> io.err().println("triage: " + (left.more() == 0
        ? messages.get("pipe.left-over", left.line(), Shown.input(left.input().strip()))
        : messages.get("pipe.left-over.more", left.line(), left.more(), Shown.input(left.input().strip())))));
    return ending;
  }

  private Style style() {
    String noColour = io.env("NO_COLOR");
    boolean colour = !options.noColour && !options.plain && (noColour == null || noColour.isEmpty())
        && !"dumb".equals(io.env("TERM")) && io.stdoutIsTerminal() && options.format.is(Format.text);
    return colour ? Style.colour() : Style.none();
  }

  private void report(Failure failure) {
    Reports.failure(io, failure, !options.format.is(Format.text), messages);
  }
}
