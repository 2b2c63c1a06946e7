package triage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import triage.model.Answer;
import triage.model.ChoiceQuestion;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.Screen;
import triage.text.Wrap;
import triage.walk.AnswerParser;
import triage.walk.Step;
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

  /** The columns text is laid out for. */
  public int width() {
    return width;
  }

  private boolean forgiving() {
    return strictness == AnswerParser.Strictness.FORGIVING;
  }

  /**
   * What is said before the first question: the questionnaire's line for anyone who should stop and
   * call for help right now (if it has one), then how to answer.
   */
  public String intro() {
    String howTo = Wrap.block(messages.get(plain ? "intro.plain" : "intro"), width, "", "");
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
    lines.add(style.dim(Wrap.block(progress, width, "", "")));
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

  /**
   * Said when an input is not one of the answers, before asking again: what the question takes,
   * with a did-you-mean for a near miss ({@code yse}) and the real commands for what looks like one
   * ({@code exit}, {@code go back}).
   */
  public String hint(Question question, String typed) {
    String word = typed.strip().toLowerCase(java.util.Locale.ROOT);
    if (looksLikeCommand(word)) {
      return messages.get("hint.commands");
    }
    List<String> known = new ArrayList<>(shownWords(question));
    if (question instanceof ChoiceQuestion) {
      question.answers().forEach(answer -> known.add(wording.of(answer.label()).toLowerCase(java.util.Locale.ROOT)));
    }
    return triage.text.Suggestion.closest(word, known)
        .map(near -> messages.get("hint.did-you-mean", near) + " " + howToAnswer(question))
        .orElse(howToAnswer(question));
  }

  private boolean looksLikeCommand(String word) {
    return command("command.like", word);
  }

  /** What a choice was taken as, so that {@code 3} typed for "3 hours" shows it meant option 3. */
  public String chosen(Step step) {
    int number = step.question().answers().indexOf(step.answer()) + 1;
    return "  " + style.dim(messages.get("choice.taken", number, wording.of(step.answer().label())));
  }

  /**
   * Several yes/no questions on one screen, numbered from 1: the screen's text, each question's
   * words, and how to answer. {@code first} is the walk's number of the first of them.
   */
  public String screen(Screen screen, List<Question> questions, int first, int more) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(style.dim(Wrap.block(messages.get(plain ? "progress.plain" : "screen.progress", first,
        first + questions.size() - 1, more), width, "", "")));
    lines.add(style.bold(Wrap.block(wording.of(screen.text()), width, "", "")));
    int n = 1;
    for (Question question : questions) {
      String number = "  " + n++ + ") ";
      lines.add(Wrap.block(wording.of(question.text()), width, number, " ".repeat(number.length())));
    }
    lines.add(plain ? messages.get("screen.how.plain") : "  " + style.dim(Wrap.block(messages.get("screen.how"),
        width - 2, "", "  ")));
    return String.join("\n", lines);
  }

  /** What was answered here before going back, shown under the question again. */
  public String previously(String answered) {
    return "  " + style.dim(messages.get("previously", answered.strip()));
  }

  /** An answer in the person's words: "no", "More than 8 hours", "12". */
  public String answered(Step step) {
    return wording.answer(step);
  }

  /** Said when an input on a screen is not taken. */
  public String screenHint(int count) {
    return Wrap.block(messages.get("screen.hint", count), width, "", "");
  }

  /** How a screen is answered, for {@code ?} alone. */
  public String screenHelp() {
    return Wrap.block(messages.get("screen.help"), width, "", "");
  }

  /** The words that mean "none of these" on a screen. */
  public List<String> noneWords() {
    return List.of(messages.get("screen.none").split(","));
  }

  /** What a screen's answers were taken as: "Taken: 1 yes, 3 not sure" (the rest no). */
  public String taken(List<Step> steps) {
    return "  " + style.dim(messages.get("screen.taken", takenWords(steps)));
  }

  /** What a screen's answers were taken as, in words: "1 yes, 3 not sure", or "none of these". */
  public String takenWords(List<Step> steps) {
    List<String> said = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      String value = steps.get(i).answer().value();
      if (!value.equals(triage.model.YesNoQuestion.NO)) {
        said.add(messages.get(value.equals(triage.model.YesNoQuestion.YES) ? "screen.taken.yes" : "screen.taken.unsure",
            i + 1));
      }
    }
    return said.isEmpty() ? messages.get("screen.taken.none") : String.join(", ", said);
  }

  /**
   * The answers given so far, numbered, one line each (the question cut to fit), for a person to
   * check and change before the verdict; {@code given} says which came by id.
   */
  public String review(List<Step> steps, java.util.function.Predicate<Step> given) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(style.bold(messages.get("review.title")));
    int digits = Integer.toString(steps.size()).length();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      String answer = wording.answer(step) + (given.test(step) ? " " + messages.get("review.given") : "");
      String number = String.format("  %" + digits + "d) ", i + 1);
      int room = Math.max(10, width - number.length() - triage.text.Width.of(answer) - 2);
      lines.add(number + Wrap.cut(wording.of(step.question().text()), room) + ": " + style.bold(answer));
    }
    lines.add(plain ? messages.get("review.how.plain") : "  " + style.dim(Wrap.block(messages.get("review.how"),
        width - 2, "", "  ")));
    return String.join("\n", lines);
  }

  public String reviewHint(int count) {
    return messages.get("review.hint", count);
  }

  public String givenFixed(int number) {
    return messages.get("review.given.fixed", number);
  }

  /** What follows a verdict at a terminal: Enter ends; back and change still work. */
  public String after() {
    return "  " + style.dim(Wrap.block(messages.get("after.how"), width - 2, "", "  "));
  }

  public String afterHint() {
    return messages.get("after.hint");
  }

  public boolean isChange(String typed) {
    return command("command.change", typed);
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

  /** The words this question takes as they read on the screen (an option's own words), for completion. */
  public List<String> completions(Question question) {
    List<String> words = new ArrayList<>();
    if (question instanceof ChoiceQuestion && forgiving()) {
      question.answers().forEach(answer -> words.add(wording.of(answer.label())));
    } else {
      words.addAll(shownWords(question));
    }
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
