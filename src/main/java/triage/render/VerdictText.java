package triage.render;

import java.util.ArrayList;
import java.util.List;
import triage.model.Advice;
import triage.model.Level;
import triage.model.Origin;
import triage.text.Wrap;
import triage.walk.Reason;
import triage.walk.Verdict;

/**
 * A verdict as a person reads it: the level in words (and colour), the title, what to do, why, that
 * it is not a diagnosis, for self-care when to seek help after all, and which questionnaire ran.
 */
public final class VerdictText {

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

  public String render(Verdict verdict, Origin origin) {
    List<String> lines = new ArrayList<>();
    Level level = verdict.level();
    String levelWords = messages.get("level." + level.word());
    String title = wording.of(verdict.outcome().title());
    lines.add("");
    if (plain) {
      lines.add(Wrap.block(messages.get("verdict.plain", levelWords, title), width, "", ""));
    } else {
      lines.add(style.level(level, " " + levelWords + " ") + " " + style.bold(title));
    }
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
    lines.add("");
    lines.add(style.dim(messages.get("verdict.questionnaire", wording.questionnaire().id(),
        wording.questionnaire().version(),
        origin.source().equals(Origin.BUILT_IN) ? messages.get("verdict.builtIn") : origin.source(), origin.sha256())));
    return String.join("\n", lines);
  }
}
