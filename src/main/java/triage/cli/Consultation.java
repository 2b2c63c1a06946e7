package triage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Terminal;
import triage.load.Loaded;
import triage.model.Questionnaire;
import triage.render.Messages;
import triage.render.QuestionView;
import triage.render.Style;
import triage.render.VerdictText;
import triage.render.Wording;
import triage.session.Ending;
import triage.session.PipeSession;
import triage.session.TerminalSession;
import triage.walk.AnswerParser;
import triage.walk.Walker;

/**
 * One run of the questionnaire: with a person in a terminal when stdin is one, otherwise from a
 * pipe (where no terminal is ever built: JLine probes the terminal and costs 100 ms or more).
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
    Ending ending;
    try (InterruptGuard guard = new InterruptGuard(() -> {
      io.err().println("triage: " + messages.get("interrupted"));
      io.err().flush();
    })) {
      ending = io.stdinIsTerminal() ? inTerminal(walker, wording, messages) : fromPipe(walker, wording, messages);
    }
    if (ending instanceof Ending.Finished finished) {
      io.out().println(new VerdictText(wording, messages, style(), options.plain, width)
          .render(finished.verdict(), loaded.origin()));
    }
    return end(ending, messages);
  }

  private Ending inTerminal(Walker walker, Wording wording, Messages messages) {
    try (Terminal terminal = io.terminals().open(options.plain)) {
      width = terminal.getWidth() <= 0 ? PIPE_WIDTH : Math.min(terminal.getWidth(), MAX_WIDTH);
      QuestionView view =
          new QuestionView(wording, messages, style(), options.plain, width, AnswerParser.Strictness.FORGIVING);
      return new TerminalSession(walker, terminal, view).walk();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Ending fromPipe(Walker walker, Wording wording, Messages messages) {
    QuestionView view =
        new QuestionView(wording, messages, Style.none(), options.plain, width, AnswerParser.Strictness.EXACT);
    BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
    return new PipeSession(walker, in, options.quiet ? Optional.empty() : Optional.of(io.err()), view).walk();
  }

  private Style style() {
    return colour() ? Style.colour() : Style.none();
  }

  private boolean colour() {
    String noColour = io.env("NO_COLOR");
    return !options.noColour && !options.plain && (noColour == null || noColour.isEmpty())
        && !"dumb".equals(io.env("TERM")) && io.stdoutIsTerminal();
  }

  /** The exit code of a session: 0 with a verdict, else the failure that explains why not. */
  private static int end(Ending ending, Messages messages) throws Failure {
    if (ending instanceof Ending.Finished) {
      return ExitCode.OK;
    }
    if (ending instanceof Ending.Quit) {
      throw Failure.of(Failure.Kind.INCOMPLETE, messages.get("quit"));
    }
    if (ending instanceof Ending.Interrupted) {
      throw Failure.of(Failure.Kind.INTERRUPTED, messages.get("interrupted"));
    }
    if (ending instanceof Ending.InputEnded ended) {
      throw Failure.at(Failure.Kind.INCOMPLETE, ended.at().id(), messages.get("ended", ended.at().id()));
    }
    Ending.Rejected rejected = (Ending.Rejected) ending;
    throw Failure.at(Failure.Kind.INVALID_ANSWER, rejected.at().id(), "line " + rejected.line() + ": `"
        + rejected.input().strip() + "` is not an answer to question `" + rejected.at().id() + "`; it accepts "
        + AnswerParser.describe(rejected.at()));
  }
}
