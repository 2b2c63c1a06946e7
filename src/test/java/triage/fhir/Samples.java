package triage.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import triage.BuiltIn;
import triage.RandomQuestionnaires;
import triage.Trees;
import triage.load.QuestionnaireLoader;
import triage.model.Answer;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.YesNoQuestion;
import triage.walk.AnswerSheet;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * The questionnaires the FHIR tests export (the built-in one, the small test tree, and random ones
 * from the property test's generator, each with its own id so that their URLs differ), and walks of
 * them: the generator's answer sets, and for the built-in one random walks that mostly answer
 * {@code no}, so that they go deep and meet its skips.
 */
final class Samples {

  static final long SEED = 20261130;

  /** A questionnaire and answer sets for it, each in the order asked. */
  record Sample(String name, Questionnaire questionnaire, List<Map<String, String>> answerSets) {}

  private Samples() {}

  static List<Sample> all(int randomQuestionnaires, int walksEach) {
    Random random = new Random(SEED);
    List<Sample> samples = new ArrayList<>();
    Questionnaire builtIn = BuiltIn.load().ready();
    samples.add(new Sample("built-in", builtIn, walks(builtIn, random, walksEach * 10)));
    Questionnaire small = Trees.valid(Trees.SMALL);
    samples.add(new Sample("small", small, walks(small, random, walksEach)));
    for (int n = 0; n < randomQuestionnaires; n++) {
      RandomQuestionnaires.Generated generated = RandomQuestionnaires.generate(random, walksEach);
      String yaml = generated.yaml().replaceFirst("(?m)^id: test$", "id: generated-" + n);
      Questionnaire questionnaire = QuestionnaireLoader.load("generated-" + n + ".yaml", yaml).ready();
      List<Map<String, String>> sets = new ArrayList<>();
      for (RandomQuestionnaires.AnswerSet set : generated.answerSets()) {
        Map<String, String> answers = new LinkedHashMap<>();
        set.answers().forEach(answer -> answers.put(answer.getKey(), answer.getValue()));
        sets.add(answers);
      }
      samples.add(new Sample("generated-" + n, questionnaire, sets));
    }
    return samples;
  }

  /** The verdict our walker gives for these answers (which must give one). */
  static Verdict verdict(Questionnaire questionnaire, Map<String, String> answers) {
    Walker walker = new Walker(questionnaire);
    AnswerSheet.Checked checked = AnswerSheet.check(walker, answers);
    if (!(checked instanceof AnswerSheet.Accepted accepted)
        || !(accepted.sheet().walk(walker) instanceof AnswerSheet.Finished finished)) {
      throw new AssertionError("no verdict for " + answers + ": " + checked);
    }
    return finished.verdict();
  }

  /**
   * The answers of the walk that answers as {@code chosen} says and every other question no (a
   * choice its first option, a number its lowest).
   */
  static Map<String, String> walk(Questionnaire questionnaire, Map<String, String> chosen) {
    Map<String, String> answers = new LinkedHashMap<>();
    Walk walk = new Walker(questionnaire).start();
    while (!walk.finished()) {
      Question question = walk.question();
      String usual = question instanceof YesNoQuestion ? YesNoQuestion.NO
          : question instanceof NumberQuestion number ? Long.toString(number.min()) : question.answers().get(0).value();
      String given = chosen.getOrDefault(question.id(), usual);
      Answer answer = question instanceof NumberQuestion number && !given.equals(YesNoQuestion.UNSURE)
          ? number.answerFor(Long.parseLong(given)).orElseThrow()
          : question.answers().stream().filter(a -> a.value().equals(given)).findFirst().orElseThrow();
      answers.put(question.id(), given);
      walk = walk.answer(answer, given);
    }
    return answers;
  }

  private static List<Map<String, String>> walks(Questionnaire questionnaire, Random random, int count) {
    List<Map<String, String>> sets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, String> answers = new LinkedHashMap<>();
      Walk walk = new Walker(questionnaire).start();
      while (!walk.finished()) {
        Question question = walk.question();
        List<Answer> offered = question.answers();
        Answer answer = offered.get(random.nextInt(offered.size()));
        if (question instanceof YesNoQuestion && random.nextInt(10) < 8) {
          answer = offered.stream().filter(a -> a.value().equals(YesNoQuestion.NO)).findFirst().orElse(answer);
        }
        String given = answer.value();
        if (question instanceof NumberQuestion number) {
          int index = offered.indexOf(answer);
          if (index < number.ranges().size()) {
            NumberQuestion.Range range = number.ranges().get(index);
            given = Long.toString(range.min() + random.nextInt((int) Math.min(range.max() - range.min() + 1, 1000)));
          }
        }
        answers.put(question.id(), given);
        walk = walk.answer(answer, given);
      }
      sets.add(answers);
    }
    return sets;
  }
}
