import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes random answer sets for the built-in questionnaire (2.1.0) as JSON Lines, for the batch
 * benchmark: every question answered, as a form export holds them, with a follow-up left {@code null}
 * where the answer that opens it was not given.
 * Usage: java src/bench/GenerateAnswers.java COUNT [SEED] > answers.jsonl
 * Answers lean towards "no" as real ones do; about 1 line in 100 is broken (a misspelt id, a value
 * that is not accepted, or not JSON), as stored data sometimes is.
 */
public final class GenerateAnswers {

  /** The yes/no questions in the order asked; a follow-up names the question that opens it. */
  private static final String[][] YES_NO = {{"chest_pain"}, {"sudden_severe"}, {"sweaty_faint"}, {"breathless"},
      {"stroke_signs"}, {"cord_signs"}, {"bladder_bowel"}, {"breath_pain"}, {"clot_risk", "breath_pain"},
      {"effort_pain"}, {"effort_rest", "effort_pain"}, {"cancer_history"}, {"cancer_nerve_signs", "cancer_history"},
      {"chemo_fever", "cancer_history"}, {"fever"}, {"infection_risk"}, {"injury"}, {"new_weakness", "injury"},
      {"weakness"}, {"bone_density"}, {"age_65"}, {"strain_onset", "bone_density"}, {"numbness"}, {"radiating_pain"},
      {"weight_loss"}, {"night_pain"}, {"persistent_pain"}, {"infection_clues", "persistent_pain"},
      {"worse_after_pop"}, {"lost_motion"}, {"breath_pop"}, {"clunk"}};
  private static final String[] TAILORING = {"crack_neck", "twist_to_pop", "stress", "strength"};
  private static final String[] SITTING = {"under_4", "4_to_8", "over_8"};

  public static void main(String[] args) throws IOException {
    long count = Long.parseLong(args[0]);
    Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42);
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      StringBuilder line = new StringBuilder(1024);
      java.util.Map<String, String> given = new java.util.HashMap<>();
      for (long i = 1; i <= count; i++) {
        line.setLength(0);
        given.clear();
        line.append("{\"id\":").append(i);
        for (String[] question : YES_NO) {
          String opener = question.length > 1 ? given.get(question[1]) : null;
          if (question.length > 1 && !"yes".equals(opener) && !"unsure".equals(opener)) {
            line.append(",\"").append(question[0]).append("\":null");
            continue;
          }
          int roll = random.nextInt(1000);
          String answer = roll < 985 ? "no" : roll < 993 ? "unsure" : "yes";
          given.put(question[0], answer);
          line.append(",\"").append(question[0]).append("\":\"").append(answer).append('"');
        }
        line.append(",\"pops_per_day\":").append(random.nextInt(random.nextInt(10) == 0 ? 100 : 12));
        line.append(",\"sitting_hours\":\"").append(SITTING[random.nextInt(SITTING.length)]).append('"');
        for (String question : TAILORING) {
          line.append(",\"").append(question).append("\":\"").append(random.nextBoolean() ? "yes" : "no").append('"');
        }
        line.append('}');
        switch (random.nextInt(300)) {
          case 0 -> line.replace(line.indexOf("numbness"), line.indexOf("numbness") + 8, "numbnes");
          case 1 -> line.replace(line.indexOf("\"no\""), line.indexOf("\"no\"") + 4, "\"nope\"");
          case 2 -> line.setLength(line.length() - 1);
          default -> { }
        }
        out.append(line).append('\n');
      }
    }
  }
}
