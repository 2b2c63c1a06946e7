package triage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Level;
import triage.model.Origin;
import triage.model.Text;
import triage.text.Width;
import triage.text.Wrap;
import triage.walk.Reason;
import triage.walk.Verdict;

/**
 * A verdict as a person reads it: the level in words (and colour), the title, what to do, why, that
 * it is not a diagnosis, and when to get help sooner; then, as the last lines on the screen, a
 * summary that fits the bottom third of a 24-row terminal: the level and title, the first thing to
 * do, and when to get help sooner. An emergency is framed in words, so that it is unmistakable
 * without colour. Which questionnaire ran is shown only when asked for ({@code verbose}).
 */
public final class VerdictText {

  /** The summary's parts take at most this many lines each, so that the whole fits in eight. */
  private static final int PART_LINES = 2;

  private final Wording wording;
  private final Messages messages;
  private final Style style;
  private final boolean plain;
  private final int width;

  public VerdictText(Wording wording, Messages messages, Style style, boolean plain, int width) {
    this.wording = wording;
    this.messages = messages;
    this.style = style;
    this.plain = plain;
    this.width = width;
  }

  public String render(Verdict verdict, Origin origin, boolean verbose) {
    List<String> lines = new ArrayList<>();
    Level level = verdict.level();
    lines.add("");
    lines.addAll(banner(verdict));
    if (!verdict.advice().isEmpty()) {
      lines.add("");
      lines.add(style.bold(messages.get("verdict.advice")));
      for (Advice advice : verdict.advice()) {
        lines.add(Wrap.block(wording.of(advice.text()), width, "  - ", "    "));
      }
    }
    lines.add("");
    lines.add(style.bold(messages.get("verdict.reasons")));
    if (verdict.reasons().isEmpty()) {
      lines.add(Wrap.block(messages.get("verdict.no-reasons"), width, "  - ", "    "));
    }
    for (Reason reason : verdict.reasons()) {
      String question = wording.of(reason.step().question().text());
      String answer = wording.answer(reason.step());
      lines.add(Wrap.block(messages.get("verdict.reason", question, answer), width, "  - ", "    "));
    }
    lines.add("");
    lines.add(Wrap.block(wording.of(wording.questionnaire().notices().notADiagnosis()), width, "", ""));
    wording.questionnaire().notices().seekHelpIf(level).ifPresent(safetyNet -> {
      lines.add("");
      lines.add(style.bold(messages.get("verdict.seek-help-if")));
      lines.add(Wrap.block(wording.of(safetyNet), width, "  ", "  "));
    });
    if (verbose) {
      lines.add("");
      lines.add(style.dim(messages.get("verdict.questionnaire", wording.questionnaire().id(),
          wording.questionnaire().version(),
          origin.source().equals(Origin.BUILT_IN) ? messages.get("verdict.builtIn") : origin.source(),
          origin.sha256())));
    }
    lines.add("");
    lines.addAll(summary(verdict));
    return String.join("\n", lines);
  }

  /**
   * The verdict's last lines: a rule, the level and title, the first thing to do and (below
   * emergency) when to get help sooner; six lines at most, leaving room for the prompt that follows.
   */
  public List<String> summary(Verdict verdict) {
    List<String> lines = new ArrayList<>();
    lines.add(style.dim("-".repeat(Math.min(width, 60))));
    lines.addAll(banner(verdict));
    first(verdict).ifPresent(advice -> lines.addAll(part("summary.first", advice.text())));
    Level level = verdict.level();
    wording.questionnaire().notices().seekHelpIfBrief(level)
        .or(() -> wording.questionnaire().notices().seekHelpIf(level))
        .ifPresent(net -> lines.addAll(part("summary.sooner", net)));
    return lines;
  }

  /**
   * The first thing to do: advice that came with an answer that set the verdict's level (such as
   * "get checked within hours" after not being sure about an emergency sign), else the verdict's
   * first piece of advice.
   */
  private static Optional<Advice> first(Verdict verdict) {
    for (Reason reason : verdict.reasons()) {
      if (reason.level() == verdict.level()) {
        List<String> came = reason.step().answer().route().advice();
        for (Advice advice : verdict.advice()) {
          if (came.contains(advice.id())) {
            return Optional.of(advice);
          }
        }
      }
    }
    return verdict.advice().stream().findFirst();
  }

  /** A summary part, wrapped, and cut to {@link #PART_LINES} lines (the whole text is above it). */
  private List<String> part(String key, Text text) {
    List<String> wrapped = Wrap.lines(messages.get(key, wording.of(text)), width, "", "  ");
    if (wrapped.size() <= PART_LINES) {
      return wrapped;
    }
    List<String> kept = new ArrayList<>(wrapped.subList(0, PART_LINES - 1));
    StringBuilder rest = new StringBuilder();
    for (String line : wrapped.subList(PART_LINES - 1, wrapped.size())) {
      rest.append(line.strip()).append(' ');
    }
    kept.add("  " + Wrap.cut(rest.toString(), width - 2));
    return kept;
  }

  /**
   * The level in words with the title; an emergency framed in words between two rules, so that it
   * stands out with no colour at all (NO_COLOR, TERM=dumb) and on a screen reader it is one line.
   */
  private List<String> banner(Verdict verdict) {
    Level level = verdict.level();
    String levelWords = messages.get("level." + level.word());
    String title = wording.of(verdict.outcome().title());
    if (plain) {
      return List.of(Wrap.block(messages.get("verdict.plain", levelWords, title), width, "", ""));
    }
    if (level != Level.EMERGENCY) {
      return List.of(style.level(level, " " + levelWords + " ") + " " + style.bold(title));
    }
    List<String> words = Wrap.lines(levelWords + ": " + title, width - 6, "", "");
    int inner = words.stream().mapToInt(Width::of).max().orElse(0);
    String rule = "=".repeat(inner + 6);
    List<String> framed = new ArrayList<>();
    framed.add(style.level(level, rule));
    for (String line : words) {
      framed.add(style.level(level, "!! " + line + " ".repeat(inner - Width.of(line)) + " !!"));
    }
    framed.add(style.level(level, rule));
    return framed;
  }
}
