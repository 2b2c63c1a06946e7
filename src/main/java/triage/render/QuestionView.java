package triage.render;

import java.util.ArrayList;
import java.util.List;
import triage.model.Answer;
import triage.model.ChoiceQuestion;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.walk.AnswerParser;
import triage.walk.Walk;

/**
 * How a question is put to a person: progress, the question, the answers it takes, and the hint
 * when an answer is not taken. Shared by the terminal and by prompts on a pipe.
 */
public final class QuestionView {

  private final Wording wording;
  private final Messages messages;
  private final Style style;
  private final boolean plain;
  private final int width;
  private final AnswerParser.Strictness strictness;

  /**
   * {@code strictness} says what the answers will be read with, so that the question only ever
   * offers what will be accepted.
   */
  public QuestionView(
      Wording wording, Messages messages, Style style, boolean plain, int width, AnswerParser.Strictness strictness) {
    this.wording = wording;
    this.messages = messages;
    this.style = style;
    this.plain = plain;
    this.width = width;
    this.strictness = strictness;
  }

  private boolean forgiving() {
    return strictness == AnswerParser.Strictness.FORGIVING;
  }

  public String intro() {
    return messages.get(plain ? "intro.plain" : "intro");
  }

  /** The lines shown before asking the walk's current question. */
  public String show(Walk walk) {
    Question question = walk.question();
    int more = walk.atMostRemaining() - 1;
    String progress = more == 0
        ? messages.get(plain ? "progress.last.plain" : "progress.last", walk.number())
        : messages.get(plain ? "progress.plain" : "progress", walk.number(), more);
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(style.dim(progress));
    lines.add(style.bold(Wrap.block(wording.of(question.text()), width, "", "")));
    if (question instanceof ChoiceQuestion) {
      int n = 1;
      for (Answer answer : question.answers()) {
        String label = wording.of(answer.label());
        lines.add(forgiving()
            ? Wrap.block(label, width, "  " + n++ + ") ", "     ")
            : Wrap.block(label, width, "  " + answer.value() + ": ", "    "));
      }
    }
    lines.add(plain ? howToAnswer(question) : "  " + style.dim(answerLine(question)));
    return String.join("\n", lines);
  }

  public String prompt() {
    return messages.get(plain ? "prompt.plain" : "prompt");
  }

  /** Said when an input is not one of the answers, before asking again. */
  public String hint(Question question) {
    return howToAnswer(question);
  }

  public String backAtFirst() {
    return messages.get("back.first");
  }

  public String help(Question question) {
    return question.help()
        .map(help -> Wrap.block(wording.of(help), width, "", ""))
        .orElseGet(() -> messages.get(question.answers().stream().anyMatch(a -> a.value().equals("unsure"))
            ? "help.none.unsure" : "help.none"));
  }

  private String answerLine(Question question) {
    String help = forgiving() ? "   " + messages.get("answers.help") : "";
    if (question instanceof NumberQuestion number) {
      return messages.get(number.unsure().isPresent() ? "answers.number.unsure" : "answers.number",
          number.min(), number.max()) + help;
    }
    if (question instanceof ChoiceQuestion && forgiving()) {
      return messages.get("answers.choice", question.answers().size()) + help;
    }
    return String.join(" / ", AnswerParser.words(question)) + help;
  }

  private String howToAnswer(Question question) {
    if (question instanceof NumberQuestion number) {
      return messages.get(number.unsure().isPresent() ? "hint.number.unsure" : "hint.number",
          number.min(), number.max());
    }
    if (question instanceof ChoiceQuestion && forgiving()) {
      return messages.get("hint.choice", question.answers().size());
    }
    return messages.get("hint.one-of", orList(AnswerParser.words(question)));
  }

  /** "yes, no or unsure". */
  public String orList(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return messages.get("list.or", String.join(", ", words.subList(0, words.size() - 1)),
        words.get(words.size() - 1));
  }
}
