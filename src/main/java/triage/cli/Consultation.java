package triage.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Terminal;
import triage.load.Loaded;
import triage.model.Questionnaire;
import triage.render.Json;
import triage.render.Messages;
import triage.render.QuestionView;
import triage.render.Style;
import triage.render.VerdictJson;
import triage.render.VerdictText;
import triage.render.Wording;
import triage.session.Ending;
import triage.session.PipeSession;
import triage.session.TerminalSession;
import triage.walk.AnswerParser;
import triage.walk.AnswerSheet;
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

  Consultation(Io io, RunOptions options) {
    this.io = io;
    this.options = options;
  }

  int run() throws Failure {
    Loaded loaded = options.questionnaire.load(io);
    Questionnaire questionnaire = loaded.ready();
    Walker walker = new Walker(questionnaire);
    Messages messages = Messages.english();
    Wording wording = new Wording(questionnaire, questionnaire.language(), messages);
    AnswerSheet given = given(walker);
    Ending ending;
    try (InterruptGuard guard = new InterruptGuard(() -> report(Failure.of(Failure.Kind.INTERRUPTED,
        messages.get("interrupted"))))) {
      ending = walk(walker, wording, messages, given);
    }
    if (!(ending instanceof Ending.Finished finished)) {
      throw failure(ending, messages);
    }
    Verdict verdict = finished.verdict();
    if (options.format == OutputFormat.json) {
      try (JsonGenerator json = Json.generator(io.out())) {
        new VerdictJson(wording, loaded.origin()).write(json, verdict, given.unused(verdict.path()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      io.out().println();
    } else {
      io.out().println(new VerdictText(wording, messages, style(), options.plain, width)
          .render(verdict, loaded.origin()));
    }
    return options.exitByLevel ? ExitCode.forLevel(verdict.level()) : ExitCode.OK;
  }

  private AnswerSheet given(Walker walker) throws Failure {
    if (!options.answersGiven()) {
      return AnswerSheet.empty();
    }
    AnswerSheet.Checked checked = AnswerSheet.check(walker, options.answers(io));
    if (checked instanceof AnswerSheet.Unknown unknown) {
      throw Failure.unknownQuestion(unknown.id(), unknown.didYouMean());
    }
    if (checked instanceof AnswerSheet.Invalid invalid) {
      throw Failure.at(Failure.Kind.INVALID_ANSWER, invalid.question(), "`" + invalid.value()
          + "` is not an answer to question `" + invalid.question().id() + "`; it accepts "
          + AnswerParser.describe(invalid.question()));
    }
    return ((AnswerSheet.Accepted) checked).sheet();
  }

  private Ending walk(Walker walker, Wording wording, Messages messages, AnswerSheet given) throws Failure {
    boolean mayAsk = io.stdinIsTerminal() && !options.noInput && !options.answersFromStdin();
    if (options.answersGiven() || options.noInput) {
      AnswerSheet.Reached reached = given.walk(walker);
      if (reached instanceof AnswerSheet.Finished finished) {
        return new Ending.Finished(finished.verdict());
      }
      AnswerSheet.Missing missing = (AnswerSheet.Missing) reached;
      if (!mayAsk) {
        throw Failure.at(Failure.Kind.INCOMPLETE, missing.question(), "question `" + missing.question().id()
            + "` has no answer, so there is no verdict; give one with --answer " + missing.question().id() + "=VALUE");
      }
      return inTerminal(missing.walk(), wording, messages, given);
    }
    return io.stdinIsTerminal()
        ? inTerminal(walker.start(), wording, messages, given)
        : fromPipe(walker, wording, messages);
  }

  private Ending inTerminal(Walk from, Wording wording, Messages messages, AnswerSheet given) {
    try (Terminal terminal = io.terminals().open(options.plain)) {
      width = terminal.getWidth() <= 0 ? PIPE_WIDTH : Math.min(terminal.getWidth(), MAX_WIDTH);
      QuestionView view =
          new QuestionView(wording, messages, style(), options.plain, width, AnswerParser.Strictness.FORGIVING);
      return new TerminalSession(terminal, view, given).walk(from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Ending fromPipe(Walker walker, Wording wording, Messages messages) {
    QuestionView view =
        new QuestionView(wording, messages, Style.none(), options.plain, width, AnswerParser.Strictness.EXACT);
    BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
    boolean prompt = !options.quiet && options.format == OutputFormat.text;
    return new PipeSession(walker, in, prompt ? Optional.of(io.err()) : Optional.empty(), view).walk();
  }

  private Style style() {
    String noColour = io.env("NO_COLOR");
    boolean colour = !options.noColour && !options.plain && (noColour == null || noColour.isEmpty())
        && !"dumb".equals(io.env("TERM")) && io.stdoutIsTerminal() && options.format == OutputFormat.text;
    return colour ? Style.colour() : Style.none();
  }

  private void report(Failure failure) {
    Reports.failure(io, failure, options.format == OutputFormat.json);
  }

  /** Why a session ended without a verdict. */
  private static Failure failure(Ending ending, Messages messages) {
    if (ending instanceof Ending.Quit quit) {
      return Failure.at(Failure.Kind.INCOMPLETE, quit.at(), messages.get("quit"));
    }
    if (ending instanceof Ending.Interrupted) {
      return Failure.of(Failure.Kind.INTERRUPTED, messages.get("interrupted"));
    }
    if (ending instanceof Ending.InputEnded ended) {
      return Failure.at(Failure.Kind.INCOMPLETE, ended.at(), messages.get("ended", ended.at().id()));
    }
    Ending.Rejected rejected = (Ending.Rejected) ending;
    return Failure.at(Failure.Kind.INVALID_ANSWER, rejected.at(), "line " + rejected.line() + ": `"
        + rejected.input().strip() + "` is not an answer to question `" + rejected.at().id() + "`; it accepts "
        + AnswerParser.describe(rejected.at()));
  }
}
