package triage.session;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 */
public final class TerminalSession {

  private final Terminal terminal;
  private final QuestionView view;
  private final AnswerSheet given;
  private final SessionEvents events;
  private final List<String> completions = new ArrayList<>();

  /** {@code given} holds the answers given in advance; those questions are not asked. */
  public TerminalSession(Terminal terminal, QuestionView view, AnswerSheet given, SessionEvents events) {
    this.terminal = terminal;
    this.view = view;
    this.given = given;
    this.events = events;
  }

  /** Walks on from {@code walk} with the person until a verdict, or until they stop. */
  public Ending walk(Walk walk) {
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("triage")
        .completer(completer())
        .variable(LineReader.DISABLE_HISTORY, true)
        .variable(LineReader.HISTORY_FILE, null)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.CASE_INSENSITIVE, true)
        .option(LineReader.Option.AUTO_LIST, true)
        .build();
    PrintWriter out = terminal.writer();
    out.println(view.intro());
    boolean showQuestion = true;
    while (true) {
      walk = answerInAdvance(walk);
      if (walk.finished()) {
        break;
      }
      Question question = walk.question();
      if (showQuestion) {
        out.println(view.show(walk));
        setCompletions(question);
        events.asked(question, view.text(question));
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
    return new Ending.Finished(walk.verdict());
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

  private void setCompletions(Question question) {
    completions.clear();
    completions.addAll(view.completions(question));
  }

  private Completer completer() {
    return (reader, line, candidates) -> {
      for (String word : completions) {
        candidates.add(new Candidate(word));
      }
    };
  }
}
