package triage.cli;

import java.util.Optional;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.render.Messages;
import triage.render.QuestionView;
import triage.render.Shown;
import triage.render.Style;
import triage.render.Wording;
import triage.session.Ending;
import triage.session.PipeSession;
import triage.text.Clip;
import triage.walk.AnswerParser;
import triage.walk.AnswerSheet;

/**
 * Why a run ended without a verdict, as a person reads it in the run's language: each question
 * named by the start of its own words, never by its id, and what it takes said as its prompt says
 * it. Scripts get the same failures with an English message that names the question by id, and
 * the id in {@code question}.
 */
final class RunFailures {

  /** About how many characters of a question's words name it. */
  static final int NAME_LENGTH = 60;

  private final Messages messages;
  private final Wording wording;

  /** Cheap to make: every run has one, and most never fail. */
  RunFailures(Messages messages, Wording wording) {
    this.messages = messages;
    this.wording = wording;
  }

  /** A question as a message names it: the start of its words, in the run's language. */
  String name(Question question) {
    return Clip.atWord(wording.of(question.text()), NAME_LENGTH);
  }

  /** What a question takes, as a person would say it: "yes, no or unsure", "a whole number from 0 to 9". */
  private String takes(Question question) {
    if (question instanceof NumberQuestion number) {
      return messages.get(number.unsure().isPresent() ? "answers.number.unsure" : "answers.number", number.min(),
          number.max());
    }
    // Strict, as answers by id and from pipes are read: what it offers is what is accepted.
    QuestionView exact = new QuestionView(wording, messages, Style.none(), false, Integer.MAX_VALUE,
        AnswerParser.Strictness.EXACT);
    return exact.orList(AnswerParser.shownWords(question, wording.words()));
  }

  /** Why a session ended without a verdict. */
  Failure of(Ending.Unfinished ending) {
    Question at = ending.at();
    if (ending instanceof Ending.Quit) {
      return Failure.at(Failure.Kind.INCOMPLETE, at, Messages.english().get("quit"))
          .tellingPeople(messages.get("quit"));
    }
    if (ending instanceof Ending.Interrupted) {
      return interrupted();
    }
    if (ending instanceof Ending.InputEnded ended) {
      Failure failure = Failure.at(Failure.Kind.INCOMPLETE, at, "Input ended before question `" + at.id()
          + "` was answered, so there is no result.").tellingPeople(messages.get("ended", name(at)));
      return ended.line() > 0 ? failure.atLine(ended.line()) : failure;
    }
    if (ending instanceof Ending.LeftOver left) {
      String input = Shown.input(left.input().strip());
      return Failure.of(Failure.Kind.INVALID_ANSWER, "line " + left.line() + ": " + input
          + " comes after the result" + (left.more() == 0 ? "" : ", with " + left.more() + " more")
          + "; with --strict, lines left over are an error, so there is no result")
          .tellingPeople(messages.get("error.left-over", left.line(), input)).atLine(left.line());
    }
    Ending.Rejected rejected = (Ending.Rejected) ending;
    if (rejected.tooLong()) {
      return Failure.at(Failure.Kind.INVALID_ANSWER, at, "line " + rejected.line() + " is longer than "
          + PipeSession.LONGEST_LINE + " characters, so it is no answer to question `" + at.id() + "`; it accepts "
          + AnswerParser.describe(at)).tellingPeople(messages.get("error.too-long", rejected.line(),
          PipeSession.LONGEST_LINE, name(at), takes(at))).atLine(rejected.line());
    }
    String input = rejected.input().strip();
    return Failure.notAnAnswer("line " + rejected.line() + ": ", at, input)
        .tellingPeople(messages.get("error.line", rejected.line(), notAnAnswer(at, input))).atLine(rejected.line());
  }

  Failure interrupted() {
    return Failure.of(Failure.Kind.INTERRUPTED, Messages.english().get("interrupted"))
        .tellingPeople(messages.get("interrupted"));
  }

  /** The walk reached a question that has no answer, and may not ask it. */
  Failure unanswered(Question question) {
    return Failure.unanswered(question, "; give one with --answer " + question.id() + "=VALUE")
        .tellingPeople(messages.get("error.unanswered", name(question), question.id()));
  }

  /** Why answers by id were not taken: nothing when they were. */
  Optional<Failure> refusing(AnswerSheet.Checked checked) {
    Optional<Failure> refused = Failure.refusing(checked);
    return refused.isEmpty() ? refused : Optional.of(refused.get().tellingPeople(toPerson(checked)));
  }

  private String toPerson(AnswerSheet.Checked checked) {
    if (checked instanceof AnswerSheet.Unknown unknown) {
      return unknown.didYouMean()
          .map(suggestion -> messages.get("error.unknown-question.did-you-mean", Shown.input(unknown.id()), suggestion))
          .orElseGet(() -> messages.get("error.unknown-question", Shown.input(unknown.id())));
    }
    if (checked instanceof AnswerSheet.Invalid invalid) {
      return notAnAnswer(invalid.question(), invalid.value());
    }
    return messages.get("error.answered-twice", name(((AnswerSheet.Repeated) checked).question()));
  }

  private String notAnAnswer(Question question, String value) {
    return messages.get("error.not-an-answer", Shown.input(value), name(question), takes(question));
  }
}
