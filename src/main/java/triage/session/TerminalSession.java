package triage.session;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import triage.model.Question;
import triage.render.QuestionView;
import triage.walk.AnswerParser;
import triage.walk.AnswerSheet;
import triage.walk.Step;
import triage.walk.Walk;

/**
 * A walk with a person at a terminal, through a JLine line reader: forgiving answers, tab
 * completion, {@code ?}/{@code help}, {@code back}, {@code quit}, and a re-ask with a hint when an
 * answer is not taken. Questions answered in advance (by id) are not asked, and {@code back} steps
 * over them. No history is kept: answers about health stay off the disk.
 *
 * <p>Opening the terminal and building the line reader take JLine a noticeable moment, so they
 * happen on another thread while the first question is already on the screen (written to the
 * screen directly, when standard output is the terminal); the prompt follows once they are ready.
 */
public final class TerminalSession {

  /** Opens the terminal; called once, on another thread. */
  @FunctionalInterface
  public interface Opener {
    Terminal open() throws IOException;
  }

  private final Opener opener;
  private final Optional<PrintStream> screen;
  private final IntFunction<QuestionView> views;
  private final AnswerSheet given;
  private final SessionEvents events;
  private final List<String> completions = new ArrayList<>();
  private int columns;

  /**
   * {@code screen} is the terminal's own output for the time before the terminal is open (empty
   * when standard output is not the terminal); {@code views} gives the view for a terminal that
   * many columns wide (0: not known yet); {@code given} holds the answers given in advance.
   */
  public TerminalSession(Opener opener, Optional<PrintStream> screen, IntFunction<QuestionView> views,
      AnswerSheet given, SessionEvents events) {
    this.opener = opener;
    this.screen = screen;
    this.views = views;
    this.given = given;
    this.events = events;
  }

  /** The width of the terminal in columns, once the walk has opened it (0 if it does not say). */
  public int columns() {
    return columns;
  }

  /** Walks on from {@code walk} with the person until a verdict, or until they stop. */
  public Ending walk(Walk walk) {
    FutureTask<LineReader> opening = new FutureTask<>(() -> reader(opener.open()));
    Thread thread = new Thread(opening, "open the terminal");
    thread.setDaemon(true);
    thread.start();
    walk = answerInAdvance(walk);
    boolean shown = false;
    if (screen.isPresent() && !walk.finished()) {
      QuestionView view = views.apply(0);
      screen.get().println(view.intro());
      show(view, walk, screen.get());
      screen.get().flush();
      shown = true;
    }
    LineReader reader = ready(opening);
    try (Terminal terminal = reader.getTerminal()) {
      columns = Math.max(0, terminal.getColumns());
      QuestionView view = views.apply(columns);
      PrintWriter out = terminal.writer();
      if (!shown) {
        out.println(view.intro());
      }
      return walk(walk, !shown, reader, view, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Ending walk(Walk walk, boolean showQuestion, LineReader reader, QuestionView view, PrintWriter out) {
    while (true) {
      walk = answerInAdvance(walk);
      if (walk.finished()) {
        return new Ending.Finished(walk.verdict());
      }
      Question question = walk.question();
      if (showQuestion) {
        show(view, walk, out);
      }
      showQuestion = false;
      out.flush();
      String line;
      try {
        line = reader.readLine(view.prompt());
      } catch (UserInterruptException e) {
        return new Ending.Interrupted(question);
      } catch (EndOfFileException e) {
        return new Ending.InputEnded(question);
      }
      String typed = line.strip().toLowerCase(Locale.ROOT);
      if (view.isHelp(typed)) {
        out.println(view.help(question));
        events.help();
      } else if (view.isBack(typed)) {
        Optional<Walk> before = beforeLastAsked(walk);
        if (before.isPresent()) {
          events.back();
          walk = before.get();
          showQuestion = true;
        } else {
          out.println(view.backAtFirst());
        }
      } else if (view.isQuit(typed)) {
        return new Ending.Quit(question);
      } else {
        Optional<Step> step = AnswerParser.parse(question, line, AnswerParser.Strictness.FORGIVING, view.words());
        if (step.isPresent()) {
          events.answered(step.get());
          walk = walk.answer(step.get());
          showQuestion = true;
        } else {
          events.rejected();
          out.println(view.hint(question));
        }
      }
    }
  }

  /** Shows the question the walk is at, and takes its answers for completion. */
  private void show(QuestionView view, Walk walk, Appendable out) {
    Question question = walk.question();
    try {
      out.append(view.show(walk)).append(System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    completions.clear();
    completions.addAll(view.completions(question));
    events.asked(question, view.text(question));
  }

  private LineReader reader(Terminal terminal) {
    return LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("triage")
        .completer(completer())
        .variable(LineReader.DISABLE_HISTORY, true)
        .variable(LineReader.HISTORY_FILE, null)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.CASE_INSENSITIVE, true)
        .option(LineReader.Option.AUTO_LIST, true)
        .build();
  }

  /** The line reader, once the other thread has it ready. */
  private static LineReader ready(FutureTask<LineReader> opening) {
    try {
      return opening.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while opening the terminal", e);
    }
  }

  private Walk answerInAdvance(Walk walk) {
    while (!walk.finished()) {
      Optional<Step> step = given.answerAt(walk);
      if (step.isEmpty()) {
        break;
      }
      walk = walk.answer(step.get());
    }
    return walk;
  }

  /** The walk before the last question the person answered here (answers given in advance stay). */
  private Optional<Walk> beforeLastAsked(Walk walk) {
    while (walk.canGoBack()) {
      Walk before = walk.back();
      if (given.answerAt(before).isEmpty()) {
        return Optional.of(before);
      }
      walk = before;
    }
    return Optional.empty();
  }

  private Completer completer() {
    return (reader, line, candidates) -> {
      for (String word : completions) {
        candidates.add(new Candidate(word));
      }
    };
  }
}
