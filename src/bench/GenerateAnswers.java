import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes random answer sets for the built-in questionnaire as JSON Lines, for the batch benchmark.
 * Usage: java src/bench/GenerateAnswers.java COUNT [SEED] > answers.jsonl
 * Answers lean towards "no" as real ones do; about 1 line in 100 is broken (a misspelt id, a value
 * that is not accepted, or not JSON), as stored data sometimes is.
 */
public final class GenerateAnswers {

  private static final String[] RED_FLAGS = {"bladder_bowel", "chest_pain", "numbness", "weakness",
      "radiating_pain", "injury", "fever", "bone_density", "weight_loss", "cancer_history", "persistent_pain",
      "worse_after_pop", "lost_motion", "breath_pop", "clunk"};
  private static final String[] TAILORING = {"crack_neck", "twist_to_pop", "stress", "strength"};
  private static final String[] SITTING = {"under_4", "4_to_8", "over_8"};

  public static void main(String[] args) throws IOException {
    long count = Long.parseLong(args[0]);
    Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42);
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      StringBuilder line = new StringBuilder(1024);
      for (long i = 1; i <= count; i++) {
        line.setLength(0);
        line.append("{\"id\":").append(i);
        for (String flag : RED_FLAGS) {
          int roll = random.nextInt(1000);
          String answer = roll < 985 ? "no" : roll < 993 ? "unsure" : "yes";
          line.append(",\"").append(flag).append("\":\"").append(answer).append('"');
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
