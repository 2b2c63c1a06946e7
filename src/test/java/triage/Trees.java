package triage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import triage.load.Loaded;
import triage.load.QuestionnaireLoader;
import triage.model.Questionnaire;

/** Small questionnaires for tests, written as YAML so each test reads as "given this tree". */
public final class Trees {

  private Trees() {}

  /** The settings every questionnaire needs, followed by {@code body}. */
  public static String withHeader(String body) {
    return """
        id: test
        version: 1.0.0
        notices:
          not_a_diagnosis: Not a diagnosis.
          seek_help_if: Seek help if it gets worse.
        escalation:
          see-professional: see_pro
          urgent: urgent
        """ + body;
  }

  /** {@link #SMALL} with {@code from} replaced by {@code to}; a test whose {@code from} is not there fails. */
  public static String small(String from, String to) {
    String changed = SMALL.replace(from, to);
    if (changed.equals(SMALL)) {
      throw new AssertionError("test setup: `" + from + "` is not in the small tree");
    }
    return changed;
  }

  /** {@link #SMALL} written to {@code small.yaml} in {@code dir}, for runs that take a file. */
  public static Path writeSmall(Path dir) throws IOException {
    return Files.writeString(dir.resolve("small.yaml"), SMALL);
  }

  /** Outcomes and advice for {@link #withHeader} trees: one outcome per level. */
  public static final String OUTCOMES = """
      outcomes:
        - {id: emergency, level: emergency, title: Call now, advice: [call]}
        - {id: urgent, level: urgent, title: Today, advice: [today]}
        - {id: see_pro, level: see-professional, title: Soon, advice: [soon]}
        - {id: self_care, level: self-care, title: Move gently, advice: [move]}
      advice:
        - {id: call, text: Call for help.}
        - {id: today, text: See a doctor today.}
        - {id: soon, text: Book a visit.}
        - {id: move, text: Move gently.}
        - {id: breaks, text: Take breaks.}
      """;

  public static Loaded load(String yaml) {
    return QuestionnaireLoader.load("q.yaml", yaml);
  }

  public static Questionnaire valid(String yaml) {
    Loaded loaded = load(yaml);
    if (loaded.hasErrors()) {
      throw new AssertionError("expected a valid questionnaire, got:\n" + String.join("\n",
          loaded.problems().stream().map(triage.model.Problem::format).toList()));
    }
    return loaded.ready();
  }

  /** Scenarios for {@link #SMALL}: one that passes, one whose expected level is wrong (it is see-professional). */
  public static final String SCENARIOS = """
      defaults: {chest: no, numb: no, pops: 0, sitting: few}
      scenarios:
        - name: numbness is urgent
          answers: {numb: yes}
          level: urgent
        - name: wrongly expected
          answers: {pops: 12}
          level: self-care
          advice_includes: [breaks]
      """;

  /** The sha256 of {@link #SMALL}'s UTF-8 bytes, worked out with {@code sha256sum}, not with the code under test. */
  public static final String SMALL_SHA256 = "29deb8fc5c802027f86fdf483ebafcbdfebe2c3ef67a32e424bd834da6ba87f3";

  /**
   * Two red flags and a number: {@code chest} (emergency), {@code numb} (urgent), {@code pops}
   * (10 or more raises to see-professional), then {@code sitting} (tailoring).
   */
  public static final String SMALL = withHeader("""
      questions:
        - id: chest
          type: yes-no
          red_flag: emergency
          text: Chest pain?
          help: Pain that spreads into the chest.
          answers:
            yes: {next: emergency}
            no: {next: numb}
            unsure: {next: numb, raise: urgent}
        - id: numb
          type: yes-no
          red_flag: urgent
          text: Numbness?
          answers:
            yes: {next: urgent}
            no: {next: pops}
            unsure: {next: pops, raise: see-professional}
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
      """ + OUTCOMES);
}
