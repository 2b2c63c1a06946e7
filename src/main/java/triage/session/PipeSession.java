package triage.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import triage.model.Question;
import triage.render.QuestionView;
import triage.walk.AnswerParser;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * A walk fed by a pipe: one answer per line, in the order the questions come. Strict: a line that
 * is not an accepted answer ends the session with no verdict. Prompts, if any, go to stderr so
 * that stdout carries only the verdict.
 */
public final class PipeSession {

  private final Walker walker;
  /** Far longer than any answer: a longer line is refused, never read as one. */
  public static final int LONGEST_LINE = 4096;

  private final BufferedReader in;
  private boolean first = true;
  private final Optional<PrintStream> prompts;
  private final QuestionView view;
  private final SessionEvents events;
  private long lineNumber;

  public PipeSession(Walker walker, BufferedReader in, Optional<PrintStream> prompts, QuestionView view,
      SessionEvents events) {
    this.walker = walker;
    this.in = in;
    this.prompts = prompts;
    this.view = view;
    this.events = events;
  }

  public Ending walk() {
    Walk walk = walker.start();
    prompts.ifPresent(err -> view.beforeStart().ifPresent(err::println));
    while (!walk.finished()) {
      Question question = walk.question();
      Walk asked = walk;
      events.asked(question, view.text(question));
      prompts.ifPresent(err -> {
        err.println(view.show(asked));
        err.print(view.prompt());
        err.flush();
      });
      String line = readLine();
      if (line == null) {
        prompts.ifPresent(PrintStream::println);
        return new Ending.InputEnded(question, lineNumber + 1);
      }
      lineNumber++;
      if (line.length() > LONGEST_LINE) {
        events.rejected();
        prompts.ifPresent(PrintStream::println);
        return new Ending.Rejected(question, lineNumber, line.substring(0, LONGEST_LINE), true);
      }
      Optional<Step> step = AnswerParser.parse(question, line, AnswerParser.Strictness.EXACT, view.words());
      if (step.isEmpty()) {
        events.rejected();
        prompts.ifPresent(PrintStream::println);
        return new Ending.Rejected(question, lineNumber, line, false);
      }
      events.answered(step.get());
      prompts.ifPresent(err -> err.println(step.get().given()));
      walk = walk.answer(step.get());
    }
    return new Ending.Finished(walk.verdict());
  }

  /**
   * What the input holds after the verdict, read to its end: scripts that send more answers than
   * the walk took (a wrong questionnaire, a shifted column) should hear of it. Lines of only
   * spaces do not count. Empty when nothing is left.
   */
  public Optional<Ending.LeftOver> leftOver(Verdict verdict) {
    long first = 0;
    String input = null;
    long more = 0;
    for (String line = readLine(); line != null; line = readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      if (input == null) {
        first = lineNumber;
        input = line.length() > LONGEST_LINE ? line.substring(0, LONGEST_LINE) : line;
      } else {
        more++;
      }
    }
    Question last = verdict.path().get(verdict.path().size() - 1).question();
    return input == null ? Optional.empty() : Optional.of(new Ending.LeftOver(last, first, input, more));
  }

  /**
   * The next line without its line end (\n or \r\n), or null at the end of the input. A line
   * longer than any answer is kept only to one character past the limit (the rest is read and
   * dropped, never held), so that it is refused, never read as an answer; a byte-order mark before
   * the first line is not part of it.
   */
  private String readLine() {
    try {
      StringBuilder line = new StringBuilder();
      int c = in.read();
      if (c == -1) {
        return null;
      }
      for (; c != -1 && c != '\n'; c = in.read()) {
        if (line.length() <= LONGEST_LINE) {
          line.append((char) c);
        }
      }
      if (line.length() > 0 && line.length() <= LONGEST_LINE && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
      }
      if (first && line.length() > 0 && line.charAt(0) == '\uFEFF') {
        line.deleteCharAt(0);
      }
      first = false;
      return line.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
