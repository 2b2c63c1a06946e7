package triage.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import triage.Trees;

/**
 * Typed answers, as JSON, tables and the API give them, each taken only for its kind of question:
 * the one place that decides what {@code 3.0}, {@code true} and {@code null} mean.
 */
class AnswerSheetTest {

  private final Walker walker = new Walker(Trees.valid(Trees.SMALL));

  private AnswerSheet.Checked checked(Consumer<AnswerSheet.Builder> answers) {
    AnswerSheet.Builder builder = new AnswerSheet.Builder(walker, List.of("clinic"));
    answers.accept(builder);
    return builder.build();
  }

  /** The path as {@code id=answer}, walking with gaps taken as unsure. */
  private String path(Consumer<AnswerSheet.Builder> answers) {
    AnswerSheet sheet = ((AnswerSheet.Accepted) checked(answers)).sheet();
    AnswerSheet.Finished finished = (AnswerSheet.Finished) sheet.walkAssumingUnsure(walker);
    return String.join(" ", finished.verdict().path().stream().map(Step::shown).toList())
        + " assumed " + finished.assumedUnsure();
  }

  @Test
  void wholeDecimalsAnswerANumberQuestionAndNothingElse() {
    assertEquals("chest=no numb=no pops=3 sitting=few assumed []", path(b -> {
      b.add("chest", "no");
      b.addBoolean("numb", false);
      b.addNumber("pops", "3.0");
      b.add("sitting", "few");
    }));
    assertEquals("chest=no numb=no pops=300 sitting=few assumed []", path(b -> {
      b.add("chest", "no");
      b.add("numb", "no");
      b.addNumber("pops", "3e2");
      b.add("sitting", "few");
    }));
    AnswerSheet.Invalid half = (AnswerSheet.Invalid) checked(b -> b.addNumber("pops", "3.5"));
    assertEquals("pops 3.5", half.question().id() + " " + half.value());
    AnswerSheet.Invalid huge = (AnswerSheet.Invalid) checked(b -> b.addNumber("pops", "1e30"));
    assertEquals("1e30", huge.value());
    assertEquals("1", ((AnswerSheet.Invalid) checked(b -> b.addNumber("chest", "1"))).value());
  }

  @Test
  void trueAndFalseAnswerAYesNoQuestionOnly() {
    assertEquals("chest=yes assumed []", path(b -> b.addBoolean("chest", true)));
    AnswerSheet.Invalid number = (AnswerSheet.Invalid) checked(b -> b.addBoolean("pops", true));
    assertEquals("pops true", number.question().id() + " " + number.value());
    AnswerSheet.Invalid choice = (AnswerSheet.Invalid) checked(b -> b.addBoolean("sitting", false));
    assertEquals("sitting false", choice.question().id() + " " + choice.value());
  }

  @Test
  void nothingLeavesAQuestionUnansweredButItsNameIsStillChecked() {
    assertEquals("chest=unsure numb=yes assumed [chest]", path(b -> {
      b.addNothing("chest");
      b.add("numb", "yes");
    }));
    assertEquals(new AnswerSheet.Unknown("clinik", Optional.of("clinic")), checked(b -> b.addNothing("clinik")));
    AnswerSheet.Repeated twice = (AnswerSheet.Repeated) checked(b -> {
      b.addNothing("chest");
      b.add("chest", "yes");
    });
    assertEquals("chest", twice.question().id());
  }

  @Test
  void aTablesCellIsReadByTheKindOfItsQuestion() {
    assertEquals("chest=unsure numb=yes assumed [chest]", path(b -> {
      b.addCell("chest", "  ");
      b.addCell("numb", "TRUE");
    }));
    assertEquals("chest=no numb=no pops=12 sitting=many assumed []", path(b -> {
      b.addCell("chest", "False");
      b.addCell("numb", "no");
      b.addCell("pops", " 12.0 ");
      b.addCell("sitting", "many");
    }));
    assertEquals("true", ((AnswerSheet.Invalid) checked(b -> b.addCell("sitting", "true"))).value());
  }
}
