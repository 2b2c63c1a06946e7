package triage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import triage.Trees;
import triage.model.Answer;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.walk.Step;
import triage.walk.Verdict;
import triage.walk.Walk;
import triage.walk.Walker;

/**
 * The double walk against brute force: every assignment of answers to every question of either
 * version, each version walked on its own, grouped by what the two walks asked and were answered.
 */
class VerdictDiffTest {

  private static final int NUMBER_TOP = 30; // the small tree's number question is tried from 0 to here

  /** How the oracle sees one version's end: "level outcome", or "refused q". */
  private static String end(Walker walker, Map<String, String> assignment, TreeMap<String, String> asked) {
    Walk walk = walker.start();
    while (!walk.finished()) {
      Question question = walk.question();
      String value = assignment.get(question.id());
      Optional<Step> step = walker.parseExact(question, value);
      asked.put(question.id(), classOf(question, value));
      if (step.isEmpty()) {
        return "refused " + question.id();
      }
      walk = walk.answer(step.get());
    }
    Verdict verdict = walk.verdict();
    return verdict.level().word() + " " + verdict.outcome().id();
  }

  /** A number's answer class is the range it falls in (per version); other answers are their value. */
  private static String classOf(Question question, String value) {
    if (question instanceof NumberQuestion number && !value.equals("unsure")) {
      long n = Long.parseLong(value);
      return "#" + number.ranges().stream().filter(r -> r.contains(n)).findFirst().map(r -> r.min()).orElse(-1L);
    }
    return value;
  }

  private static List<String> values(Questionnaire a, Questionnaire b, String id) {
    Set<String> values = new LinkedHashSet<>();
    for (Questionnaire q : List.of(a, b)) {
      q.question(id).ifPresent(question -> {
        if (question instanceof NumberQuestion) {
          for (int n = 0; n <= NUMBER_TOP; n++) {
            values.add(Integer.toString(n));
          }
        }
        question.answers().stream().map(Answer::value).filter(v -> !v.contains("-")).forEach(values::add);
      });
    }
    return new ArrayList<>(values);
  }

  /** {total distinct joint paths, changed ones} by brute force. */
  private static long[] bruteForce(Questionnaire a, Questionnaire b) {
    Set<String> ids = new LinkedHashSet<>();
    a.questions().forEach(q -> ids.add(q.id()));
    b.questions().forEach(q -> ids.add(q.id()));
    List<String> order = new ArrayList<>(ids);
    Map<String, List<String>> choices = new HashMap<>();
    order.forEach(id -> choices.put(id, values(a, b, id)));
    Walker wa = new Walker(a);
    Walker wb = new Walker(b);
    Map<String, Boolean> paths = new HashMap<>(); // joint path -> changed
    int[] index = new int[order.size()];
    while (true) {
      Map<String, String> assignment = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        assignment.put(order.get(i), choices.get(order.get(i)).get(index[i]));
      }
      TreeMap<String, String> askedA = new TreeMap<>();
      TreeMap<String, String> askedB = new TreeMap<>();
      String endA = end(wa, assignment, askedA);
      String endB = end(wb, assignment, askedB);
      String joint = askedA + "|" + askedB;
      paths.put(joint, !endA.equals(endB));
      int i = 0;
      while (i < order.size() && ++index[i] == choices.get(order.get(i)).size()) {
        index[i++] = 0;
      }
      if (i == order.size()) {
        break;
      }
    }
    return new long[] {paths.size(), paths.values().stream().filter(changed -> changed).count()};
  }

  private static void agreesWithBruteForce(String before, String after) {
    Questionnaire a = Trees.valid(before);
    Questionnaire b = Trees.valid(after);
    VerdictDiff.Result result = VerdictDiff.compare(new Walker(a), new Walker(b), 1000);
    long[] expected = bruteForce(a, b);
    assertEquals(expected[0], result.combinations().exact(), "combinations");
    assertEquals(expected[1], result.changed().exact(), "changed combinations");
    assertEquals(expected[1], result.decisions().stream().mapToLong(d -> d.count().exact()).sum(),
        "the decisions listed under the limit cover every changed combination, each once");
  }

  @Test
  void aTreeComparedWithItselfChangesNothing() {
    agreesWithBruteForce(Trees.SMALL, Trees.SMALL);
    VerdictDiff.Result result = VerdictDiff.compare(new Walker(Trees.valid(Trees.SMALL)),
        new Walker(Trees.valid(Trees.SMALL)), 10);
    assertTrue(result.changed().isZero());
    assertEquals(Paths.total(Paths.count(new Walker(Trees.valid(Trees.SMALL)))).exact(), result.combinations().exact(),
        "the combinations of a tree with itself are its paths");
  }

  @Test
  void rewordingChangesNoVerdict() {
    String reworded = Trees.SMALL.replace("Chest pain?", "Any pain in the chest?").replace("Take breaks.", "Rest often.");
    agreesWithBruteForce(Trees.SMALL, reworded);
  }

  @Test
  void aChangedRouteChangesExactlyTheCombinationsThroughIt() {
    String rerouted = Trees.SMALL.replace("unsure: {next: pops, raise: see-professional}", "unsure: {next: pops}");
    agreesWithBruteForce(Trees.SMALL, rerouted);
    VerdictDiff.Result result = VerdictDiff.compare(new Walker(Trees.valid(Trees.SMALL)),
        new Walker(Trees.valid(rerouted)), 10);
    assertEquals(2, result.changed().exact());
    assertEquals(1, result.decisions().size(), "one decision: both sitting answers after it change alike");
    VerdictDiff.Decision decision = result.decisions().get(0);
    assertEquals(List.of("chest=no", "numb=unsure", "pops=0-9"), decision.answers());
    assertTrue(decision.rest());
    assertEquals(2, decision.count().exact());
    assertTrue(decision.lessUrgent());
    assertEquals("numb=unsure, pops=0-9, with the 1 other answer no, whatever is answered after", decision.shortened());
    assertEquals("see-professional (see_pro)", decision.change().before().describe());
    assertEquals("self-care (self_care)", decision.change().after().describe());
  }

  @Test
  void changedNumberRangesAreSplitWhereEitherVersionSplits() {
    String moved = Trees.SMALL.replace("{min: 0, max: 9, next: sitting}", "{min: 0, max: 14, next: sitting}")
        .replace("{min: 10, max: 1000, next: sitting", "{min: 15, max: 1000, next: sitting");
    agreesWithBruteForce(Trees.SMALL, moved);
  }

  @Test
  void questionsAskedInAnotherOrderAreMatchedById() {
    String swapped = Trees.withHeader("""
        questions:
          - id: numb
            type: yes-no
            red_flag: urgent
            text: Numbness?
            answers:
              yes: {next: urgent}
              no: {next: chest}
              unsure: {next: chest, raise: see-professional}
          - id: chest
            type: yes-no
            red_flag: emergency
            text: Chest pain?
            answers:
              yes: {next: emergency}
              no: {next: pops}
              unsure: {next: pops, raise: urgent}
          - id: pops
            type: number
            text: Pops a day?
            min: 0
            max: 1000
            ranges:
              - {min: 0, max: 9, next: sitting}
              - {min: 10, max: 1000, next: sitting, raise: see-professional}
          - id: sitting
            type: choice
            text: Hours sitting?
            options:
              - {value: few, text: Under 4 hours, next: self_care}
              - {value: many, text: 4 hours or more, next: self_care, advice: [breaks]}
        """ + Trees.OUTCOMES);
    agreesWithBruteForce(Trees.SMALL, swapped);
  }

  @Test
  void anAddedAndARemovedQuestion() {
    String added = Trees.SMALL.replace("no: {next: pops}\n", "no: {next: extra}\n").replace("  - id: pops\n",
        "  - id: extra\n    type: yes-no\n    text: Extra?\n    answers:\n      yes: {next: urgent}\n"
            + "      no: {next: pops}\n  - id: pops\n");
    agreesWithBruteForce(Trees.SMALL, added);
    agreesWithBruteForce(added, Trees.SMALL);
  }

  /** A chain of {@code count} yes/no red flags (yes: urgent), after {@code first} when it is given. */
  private static String chain(int count, String first) {
    StringBuilder yaml = new StringBuilder("questions:\n");
    if (!first.isEmpty()) {
      yaml.append("  - id: ").append(first).append("\n    type: yes-no\n    text: New?\n    answers:\n")
          .append("      yes: {next: urgent}\n      no: {next: q0}\n      unsure: {next: q0}\n");
    }
    for (int i = 0; i < count; i++) {
      String next = i + 1 < count ? "q" + (i + 1) : "self_care";
      yaml.append("  - id: q").append(i).append("\n    type: yes-no\n    text: Q").append(i).append("?\n")
          .append("    answers:\n      yes: {next: ").append(next).append(", raise: see-professional}\n")
          .append("      no: {next: ").append(next).append("}\n      unsure: {next: ").append(next).append("}\n");
    }
    return Trees.withHeader(yaml + Trees.OUTCOMES);
  }

  @Test
  void aQuestionAddedFirstIsAskedFirstSoTheOldAnswersNeverPileUp() {
    // Were the old version walked to its end first, each of its 30 answers would wait for the new
    // one: 3^30 states. Asking the new question first keeps the two in step.
    VerdictDiff.Result result = VerdictDiff.compare(new Walker(Trees.valid(chain(30, ""))),
        new Walker(Trees.valid(chain(30, "added"))), 3);
    assertEquals(617_673_396_283_947L, result.combinations().exact(), "3^31");
    assertEquals(205_891_132_094_649L, result.changed().exact(), "every `added=yes` (3^30) is urgent now");
    agreesWithBruteForce(chain(3, ""), chain(3, "added"));
  }

  @Test
  void anAnswerOnlyOneVersionAcceptsIsAChange() {
    String noUnsure = Trees.SMALL.replace("      unsure: {next: pops, raise: see-professional}\n", "")
        .replace("    red_flag: urgent\n", "");
    VerdictDiff.Result result = VerdictDiff.compare(new Walker(Trees.valid(Trees.SMALL)),
        new Walker(Trees.valid(noUnsure)), 10);
    assertEquals(2, result.changed().exact(), "after chest=no and after chest=unsure");
    assertEquals(List.of("chest=no", "numb=unsure"), result.decisions().get(0).answers());
    assertEquals("no verdict: `unsure` is not an answer to `numb` there",
        result.decisions().get(0).change().after().describe());
  }
}
