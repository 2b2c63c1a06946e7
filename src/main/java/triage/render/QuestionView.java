package triage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import triage.model.Answer;
import triage.model.ChoiceQuestion;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.text.Wrap;
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

  /**
   * What is said before the first question: the questionnaire's line for anyone who should stop and
   * call for help right now (if it has one), then how to answer.
   */
  public String intro() {
    String howTo = messages.get(plain ? "intro.plain" : "intro");
    return beforeStart().map(notice -> notice + "\n" + howTo).orElse(howTo);
  }

  /** The questionnaire's line for anyone who should stop and call for help right now, if it has one. */
  public Optional<String> beforeStart() {
    return wording.questionnaire().notices().beforeStart()
        .map(notice -> style.bold(Wrap.block(wording.of(notice), width, "", "")));
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

  /** The exact words of the question as shown (before wrapping). */
  public String text(Question question) {
    return wording.of(question.text());
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
    return String.join(" / ", shownWords(question)) + help;
  }

  private String howToAnswer(Question question) {
    if (question instanceof NumberQuestion number) {
      return messages.get(number.unsure().isPresent() ? "hint.number.unsure" : "hint.number",
          number.min(), number.max());
    }
    if (question instanceof ChoiceQuestion && forgiving()) {
      return messages.get("hint.choice", question.answers().size());
    }
    return messages.get("hint.one-of", orList(shownWords(question)));
  }

  /** The words this question takes, as shown: exact values for scripts, the language's words for people. */
  private List<String> shownWords(Question question) {
    return AnswerParser.shownWords(question, wording.words());
  }

  /** The words this question takes, for completion. */
  public List<String> completions(Question question) {
    List<String> words = new ArrayList<>(shownWords(question));
    words.addAll(List.of(messages.get("command.help").split(",")[0], messages.get("command.back").split(",")[0],
        messages.get("command.quit").split(",")[0]));
    return words;
  }

  /** The language's answer words, to read answers with. */
  public triage.model.AnswerWords words() {
    return wording.words();
  }

  public boolean isHelp(String typed) {
    return typed.equals("?") || typed.equals("help") || command("command.help", typed);
  }

  public boolean isBack(String typed) {
    return typed.equals("back") || command("command.back", typed);
  }

  public boolean isQuit(String typed) {
    return typed.equals("quit") || command("command.quit", typed);
  }

  private boolean command(String key, String typed) {
    return List.of(messages.get(key).split(",")).contains(typed);
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
