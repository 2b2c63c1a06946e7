package triage.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import triage.model.Origin;
import triage.text.Wrap;
import triage.walk.Step;
import triage.walk.Verdict;

/**
 * A person's answers and result as short plain text, to print or show a professional
 * ({@code --save}): the date, each question asked with the answer given, and the verdict in full,
 * with which questionnaire gave it. No colour, 80 columns.
 */
public final class SavedText {

  private static final int WIDTH = 80;

  private final Wording wording;
  private final Messages messages;

  public SavedText(Wording wording, Messages messages) {
    this.wording = wording;
    this.messages = messages;
  }

  public String render(Verdict verdict, Origin origin, Instant when) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("save.title"));
    lines.add(when.atOffset(ZoneOffset.UTC).toLocalDate().toString());
    lines.add("");
    lines.add(messages.get("save.answers"));
    int n = 1;
    for (Step step : verdict.path()) {
      String number = String.format("  %2d. ", n++);
      lines.add(Wrap.block(wording.of(step.question().text()) + " " + wording.answer(step), WIDTH, number,
          " ".repeat(number.length())));
    }
    lines.add(new VerdictText(wording, messages, Style.none(), false, WIDTH).render(verdict, origin, true));
    return String.join("\n", lines) + "\n";
  }
}
