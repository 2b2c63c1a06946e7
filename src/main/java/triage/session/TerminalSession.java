package triage.session;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp;
import triage.model.ChoiceQuestion;
import triage.model.Level;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Screen;
import triage.model.YesNoQuestion;
import triage.render.QuestionView;
import triage.walk.AnswerParser;
import triage.walk.AnswerSheet;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walk;

/**
 * A walk with a person at a terminal, through a JLine line reader: forgiving answers, tab
 * completion, {@code ?}/{@code help}, {@code back}, {@code quit}, and a re-ask with a hint when an
 * answer is not taken. Yes/no questions the questionnaire puts on one screen are answered together
 * ({@code 1 3}, {@code 2?}, {@code none}), each still a question of its own. Before the verdict the
 * person sees their answers and may change any of them; after it, {@code back} and {@code change}
 * still work until they press Enter. Questions answered in advance (by id) are not asked. No
 * history is kept: answers about health stay off the disk.
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

  /** A prompt answered: the walk and the kept answers just before it, for {@code back}. */
  private record Before(Walk walk, Map<String, Step> kept) {}

  private final Opener opener;
  private final Optional<PrintStream> screen;
  private final IntFunction<QuestionView> views;
  private final Optional<Function<QuestionView, Function<Verdict, String>>> verdicts;
  private final Questionnaire questionnaire;
  private final boolean plain;
  private final AnswerSheet given;
  private final SessionEvents events;
  private final List<String> completions = new ArrayList<>();
  /** Answers the person gave that the walk has not reached yet (from a screen, or kept over a change). */
  private final Map<String, Step> kept = new LinkedHashMap<>();
  /** Questions whose answer the transcript already has, so that a kept answer is recorded once. */
  private final Set<String> recorded = new HashSet<>();
  private final List<Before> prompts = new ArrayList<>();
  /** After going back: the answers given before, shown with the questions they answered. */
  private Map<String, Step> before = Map.of();
  private volatile QuestionView view;
  /** What is on the screen, as words for a view: laid out again when the terminal is resized. */
  private volatile Function<QuestionView, String> onScreen = v -> "";
  private int columns;

  /**
   * {@code screen} is the terminal's own output for the time before the terminal is open (empty
   * when standard output is not the terminal); {@code views} gives the view for a terminal that
   * many columns wide (0: not known yet); {@code verdicts}, when the verdict is to be shown here as
   * text, gives its words for a view; {@code given} holds the answers given in advance.
   */
  public TerminalSession(Opener opener, Optional<PrintStream> screen, IntFunction<QuestionView> views,
      Optional<Function<QuestionView, Function<Verdict, String>>> verdicts, Questionnaire questionnaire,
      boolean plain, AnswerSheet given, SessionEvents events) {
    this.opener = opener;
    this.screen = screen;
    this.views = views;
    this.verdicts = verdicts;
    this.questionnaire = questionnaire;
    this.plain = plain;
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
    walk = advance(walk);
    boolean shown = false;
    if (screen.isPresent() && !walk.finished()) {
      view = views.apply(0);
      screen.get().println(view.intro());
      onScreen = show(walk, together(walk));
      screen.get().println(onScreen.apply(view));
      screen.get().flush();
      shown = true;
    }
    LineReader reader = ready(opening);
    try (Terminal terminal = reader.getTerminal()) {
      columns = Math.max(0, terminal.getColumns());
      view = views.apply(columns);
      PrintWriter out = terminal.writer();
      if (!shown) {
        out.println(view.intro());
      }
      return walk(walk, !shown, reader, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Ending walk(Walk walk, boolean showQuestion, LineReader reader, PrintWriter out) {
    String single = null; // a question to ask on its own (one being changed), even if it is on a screen
    boolean reviewed = false;
    while (true) {
      walk = advance(walk);
      if (walk.finished()) {
        Verdict verdict = walk.verdict();
        if (verdicts.isEmpty()) {
          return new Ending.Finished(verdict);
        }
        Question last = walk.steps().get(walk.steps().size() - 1).question();
        if (!reviewed && verdict.level() != Level.EMERGENCY) {
          List<Step> steps = walk.steps();
          display(out, v -> v.review(steps, this::givenInAdvance));
          String line;
          try {
            line = reader.readLine(view.prompt());
          } catch (UserInterruptException e) {
            return new Ending.Interrupted(last);
          } catch (EndOfFileException e) {
            line = ""; // the answers are all in: show the verdict they give
          }
          String typed = line.strip().toLowerCase(Locale.ROOT);
          if (typed.isEmpty()) {
            reviewed = true;
          } else if (view.isQuit(typed)) {
            return new Ending.Quit(last);
          } else if (view.isBack(typed)) {
            walk = back(walk, out);
          } else {
            Optional<Walk> changed = change(walk, typed, out);
            if (changed.isPresent()) {
              walk = changed.get();
              single = walk.question().id();
            } else {
              out.println(view.reviewHint(walk.steps().size()));
            }
          }
          continue;
        }
        display(out, v -> verdicts.get().apply(v).apply(verdict) + "\n" + v.after());
        String line;
        try {
          line = reader.readLine(view.prompt());
        } catch (UserInterruptException | EndOfFileException e) {
          return new Ending.Finished(verdict, true); // it is on the screen: it was given
        }
        String typed = line.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || view.isQuit(typed)) {
          return new Ending.Finished(verdict, true);
        }
        if (view.isBack(typed)) {
          walk = back(walk, out);
          reviewed = false;
        } else if (view.isChange(typed)) {
          reviewed = false;
        } else {
          Optional<Walk> changed = change(walk, typed, out);
          if (changed.isPresent()) {
            walk = changed.get();
            single = walk.question().id();
            reviewed = false;
          } else {
            out.println(view.afterHint());
          }
        }
        continue;
      }
      Question question = walk.question();
      List<Question> together = question.id().equals(single) ? List.of(question) : together(walk);
      single = null;
      if (showQuestion) {
        display(out, show(walk, together));
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
      if (view.isBack(typed)) {
        if (prompts.isEmpty()) {
          out.println(view.backAtFirst());
        } else {
          walk = back(walk, out);
          showQuestion = true;
        }
      } else if (view.isQuit(typed)) {
        return new Ending.Quit(question);
      } else if (together.size() > 1) {
        Optional<Walk> answered = onScreen(walk, together, line, out);
        showQuestion = answered.isPresent();
        walk = answered.orElse(walk);
      } else if (view.isHelp(typed)) {
        out.println(view.help(question));
        events.help();
      } else {
        Optional<Step> step = AnswerParser.parse(question, line, AnswerParser.Strictness.FORGIVING, view.words());
        if (step.isPresent()) {
          prompts.add(new Before(walk, new LinkedHashMap<>(kept)));
          events.answered(step.get());
          if (question instanceof ChoiceQuestion) {
            out.println(view.chosen(step.get()));
          }
          walk = walk.answer(step.get());
          showQuestion = true;
        } else {
          events.rejected();
          out.println(view.hint(question, line));
        }
      }
    }
  }

  /** Reads what was typed on a screen of several questions; the walk past the first, if it was taken. */
  private Optional<Walk> onScreen(Walk walk, List<Question> together, String line, PrintWriter out) {
    ScreenInput input = ScreenInput.read(line, together.size(), view.noneWords());
    if (input instanceof ScreenInput.HelpFor help) {
      out.println(view.help(together.get(help.number() - 1)));
      events.help();
      return Optional.empty();
    }
    if (!(input instanceof ScreenInput.Answers answers)) {
      if (line.strip().equals("?") || view.isHelp(line.strip().toLowerCase(Locale.ROOT))) {
        out.println(view.screenHelp());
        events.help();
      } else {
        events.rejected();
        out.println(view.screenHint(together.size()));
      }
      return Optional.empty();
    }
    prompts.add(new Before(walk, new LinkedHashMap<>(kept)));
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < together.size(); i++) {
      Question question = together.get(i);
      steps.add(AnswerParser.parse(question, answers.values().get(i), AnswerParser.Strictness.EXACT,
          triage.model.AnswerWords.ENGLISH).orElseThrow());
    }
    out.println(view.taken(steps));
    events.answered(steps.get(0));
    recorded.add(steps.get(0).question().id());
    for (Step step : steps.subList(1, steps.size())) {
      kept.put(step.question().id(), step);
      recorded.remove(step.question().id());
    }
    return Optional.of(walk.answer(steps.get(0)));
  }

  /**
   * The questions to ask together from here: the walk's question and those of its screen that
   * follow it while every answer is no (none given in advance or already answered), when there are
   * two or more; else the question alone. Plain mode asks one at a time.
   */
  private List<Question> together(Walk walk) {
    Optional<Screen> screen = questionnaire.screenOf(walk.question().id());
    if (plain || screen.isEmpty()) {
      return List.of(walk.question());
    }
    List<Question> together = new ArrayList<>();
    Walk ahead = walk;
    while (!ahead.finished() && screen.equals(questionnaire.screenOf(ahead.question().id()))) {
      Question question = ahead.question();
      Optional<Step> known = given.answerAt(ahead).or(() -> Optional.ofNullable(kept.get(question.id())));
      if (known.isEmpty()) {
        together.add(question);
      }
      ahead = ahead.answer(known.orElseGet(() -> AnswerParser.parse(question, YesNoQuestion.NO,
          AnswerParser.Strictness.EXACT, triage.model.AnswerWords.ENGLISH).orElseThrow()));
    }
    return together.size() > 1 ? together : List.of(walk.question());
  }

  /**
   * The words for the walk's current question, or for its screen, as a view lays them out; takes
   * its words for completion, and tells the transcript it was asked.
   */
  private Function<QuestionView, String> show(Walk walk, List<Question> together) {
    Question question = walk.question();
    completions.clear();
    Function<QuestionView, String> text;
    Map<String, Step> earlier = before;
    before = Map.of();
    if (together.size() > 1) {
      Screen on = questionnaire.screenOf(question.id()).orElseThrow();
      int more = Math.max(0, walk.atMostRemaining() - together.size());
      List<Step> previously = together.stream().map(q -> earlier.get(q.id())).toList();
      text = previously.contains(null) ? v -> v.screen(on, together, walk.number(), more)
          : v -> v.screen(on, together, walk.number(), more) + "\n" + v.previously(v.takenWords(previously));
      completions.addAll(view.noneWords().subList(0, 1));
    } else {
      Step previously = earlier.get(question.id());
      text = previously == null ? v -> v.show(walk) : v -> v.show(walk) + "\n" + v.previously(v.answered(previously));
      completions.addAll(view.completions(question));
    }
    events.asked(question, view.text(question));
    return text;
  }

  /** Puts a screenful on the terminal, kept as words for a view so that a resize can lay it out again. */
  private void display(PrintWriter out, Function<QuestionView, String> text) {
    onScreen = text;
    out.println(text.apply(view));
    out.flush();
  }

  /** Back to before the last prompt answered; the answers kept then are kept again. */
  private Walk back(Walk walk, PrintWriter out) {
    if (prompts.isEmpty()) {
      out.println(view.backAtFirst());
      return walk;
    }
    events.back();
    Map<String, Step> answered = new LinkedHashMap<>(kept);
    walk.steps().forEach(step -> answered.put(step.question().id(), step));
    before = answered;
    Before last = prompts.remove(prompts.size() - 1);
    kept.clear();
    kept.putAll(last.kept());
    return last.walk();
  }

  /**
   * For {@code typed}, the number of an answer on the list, the walk back at that question, the
   * answers after it kept for when the walk reaches them again; empty if {@code typed} is not such
   * a number, or names an answer given in advance (said so).
   */
  private Optional<Walk> change(Walk walk, String typed, PrintWriter out) {
    List<Step> steps = walk.steps();
    if (!typed.matches("[0-9]{1,3}")) {
      return Optional.empty();
    }
    int number = Integer.parseInt(typed);
    if (number < 1 || number > steps.size()) {
      return Optional.empty();
    }
    if (givenInAdvance(steps.get(number - 1))) {
      out.println(view.givenFixed(number));
      return Optional.empty();
    }
    events.back();
    Walk back = walk;
    while (back.steps().size() > number - 1) {
      back = back.back();
    }
    int keep = number - 1;
    prompts.removeIf(before -> before.walk().steps().size() > keep);
    kept.clear();
    for (Step step : steps.subList(number, steps.size())) {
      kept.put(step.question().id(), step);
    }
    return Optional.of(back);
  }

  private boolean givenInAdvance(Step step) {
    return given.answers(step.question().id());
  }

  /** The walk moved on through every answer it already has: given in advance, or kept from the person. */
  private Walk advance(Walk walk) {
    while (!walk.finished()) {
      Question question = walk.question();
      Optional<Step> step = given.answerAt(walk);
      if (step.isEmpty()) {
        step = Optional.ofNullable(kept.remove(question.id()));
        if (step.isPresent() && recorded.add(question.id())) {
          events.asked(question, view == null ? "" : view.text(question));
          events.answered(step.get());
        }
      }
      if (step.isEmpty()) {
        break;
      }
      walk = walk.answer(step.get());
    }
    return walk;
  }

  private LineReader reader(Terminal terminal) throws IOException {
    LineReaderImpl reader = new LineReaderImpl(terminal, "triage") {
      @Override
      protected void handleSignal(Terminal.Signal signal) {
        super.handleSignal(signal);
        if (signal == Terminal.Signal.WINCH) {
          resized(this, terminal);
        }
      }
    };
    reader.setCompleter(completer());
    reader.setParser(new WholeLine());
    reader.setVariable(LineReader.DISABLE_HISTORY, true);
    reader.setVariable(LineReader.HISTORY_FILE, null);
    reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
    reader.setOpt(LineReader.Option.CASE_INSENSITIVE);
    reader.setOpt(LineReader.Option.AUTO_LIST);
    return reader;
  }

  /**
   * The terminal changed size: the screenful on it is laid out again for the new width, on a
   * cleared screen, above the line being typed.
   */
  private void resized(LineReaderImpl reader, Terminal terminal) {
    int width = Math.max(0, terminal.getColumns());
    if (view == null || width == columns) {
      return;
    }
    columns = width;
    view = views.apply(width);
    String clear = terminal.getStringCapability(InfoCmp.Capability.clear_screen);
    reader.printAbove((clear == null ? "" : Curses.tputs(clear)) + onScreen.apply(view));
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

  private Completer completer() {
    return (reader, line, candidates) -> {
      for (String word : completions) {
        candidates.add(new Candidate(word));
      }
    };
  }
}
