package triage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.Trees;
import triage.load.QuestionnaireLoader;
import triage.model.Problem;

/**
 * One mistake, one error: what follows from it (a default that leaks, a question that looks
 * missing, every question unreachable) is not said, since it would not be true.
 */
class FollowOnTest {

  private static List<String> problems(String yaml) {
    return Validator.validate(Trees.load(yaml)).stream().map(Problem::format)
        .filter(p -> !p.endsWith("[source]") && !p.endsWith("[help]")).toList();
  }

  private static List<String> builtIn(String from, String to) {
    String yaml = new String(BuiltIn.bytes(), StandardCharsets.UTF_8);
    String changed = yaml.replaceFirst(from, to);
    if (changed.equals(yaml)) {
      throw new AssertionError("test setup: `" + from + "` is not in the built-in questionnaire");
    }
    return Validator.validate(QuestionnaireLoader.load("q.yaml", changed)).stream().map(Problem::format).toList();
  }

  @Test
  void aMissingLevelIsTheErrorAndNoLevelIsMadeUpForIt() {
    assertEquals(List.of("q.yaml:44:5: error: outcome `see_pro`: `level` is missing [missing]"),
        problems(Trees.small("{id: see_pro, level: see-professional,", "{id: see_pro,")));
    assertEquals(List.of("q.yaml:1202:5: error: outcome `see_professional`: `level` is missing [missing]"),
        builtIn("(  - id: see_professional\n)    level: see-professional\n", "$1"));
  }

  @Test
  void anUnknownTypeIsOneErrorWithADidYouMeanAndTheQuestionStillExists() {
    assertEquals(List.of("q.yaml:36:11: error: question `sitting`: `type` must be one of yes-no, choice, number, not"
        + " `multiple-choice`; did you mean `choice`? [type]"),
        problems(Trees.small("type: choice", "type: multiple-choice")));
    assertEquals(List.of("q.yaml:1088:11: error: question `sitting_hours`: `type` must be one of yes-no, choice,"
        + " number, not `multiple-choice`; did you mean `choice`? [type]"),
        builtIn("type: choice", "type: multiple-choice"));
  }

  @Test
  void anUnknownStartIsOneErrorAndNoQuestionIsSaidToBeUnreachable() {
    assertEquals(List.of("q.yaml:1:8: error: `start` names `chset`, which is not a question; did you mean `chest`?"
        + " [reference]"),
        problems("start: chset\n" + Trees.SMALL));
    assertEquals(List.of("q.yaml:41:8: error: `start` names `thunderclp`, which is not a question [reference]"),
        builtIn("\nlanguage: en\n", "\nlanguage: en\nstart: thunderclp\n"));
  }
}
