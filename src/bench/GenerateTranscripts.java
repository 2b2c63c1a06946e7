import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes transcripts like those `triage --record` appends, for the report benchmark: the built-in
 * questions, two wordings of `numbness` piloted side by side, answers leaning to "no", some help
 * and back, about 1 session in 20 ending without a verdict.
 * Usage: java src/bench/GenerateTranscripts.java SESSIONS [SEED] > transcripts.jsonl
 */
public final class GenerateTranscripts {

  private static final String[] QUESTIONS = {"bladder_bowel", "chest_pain", "numbness", "weakness", "radiating_pain",
      "injury", "fever", "bone_density", "weight_loss", "cancer_history", "persistent_pain", "worse_after_pop",
      "lost_motion", "breath_pop", "clunk", "pops_per_day", "sitting_hours", "crack_neck", "twist_to_pop", "stress",
      "strength"};
  private static final String[] ENDS = {"quit", "interrupted", "input-ended"};

  public static void main(String[] args) throws IOException {
    long sessions = Long.parseLong(args[0]);
    Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 11);
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      StringBuilder line = new StringBuilder(4096);
      for (long s = 0; s < sessions; s++) {
        line.setLength(0);
        line.append("{\"transcript\":1,\"started\":\"2026-11-21T10:").append(String.format("%02d", s % 60))
            .append(":00Z\",\"questionnaire\":{\"id\":\"upper-back-pop\",\"version\":\"1.0.0\",\"sha256\":\"")
            .append("25cbb80f69fe712e43b0b4053fb5c91207da429026349e8ec6fb9974cf744c26\"},\"language\":\"")
            .append(random.nextInt(4) == 0 ? "es" : "en").append("\",\"mode\":\"terminal\",\"asked\":[");
        int stop = random.nextInt(20) == 0 ? random.nextInt(QUESTIONS.length) : QUESTIONS.length;
        for (int q = 0; q < stop; q++) {
          String question = QUESTIONS[q];
          String text = question.equals("numbness") && random.nextBoolean() ? "b" + q : "a" + q;
          String answer = question.equals("pops_per_day") ? Integer.toString(random.nextInt(15))
              : question.equals("sitting_hours") ? new String[] {"under_4", "4_to_8", "over_8"}[random.nextInt(3)]
              : random.nextInt(100) < 90 ? "no" : random.nextInt(2) == 0 ? "unsure" : "yes";
          if (q > 0) {
            line.append(',');
          }
          line.append("{\"question\":\"").append(question).append("\",\"text\":\"")
              .append(String.format("%016x", (long) text.hashCode() * 2654435761L))
              .append("\",\"answer\":\"").append(answer).append("\",\"ms\":").append(800 + random.nextInt(9000))
              .append(",\"help\":").append(random.nextInt(25) == 0 ? 1 : 0)
              .append(",\"back\":").append(random.nextInt(50) == 0 ? 1 : 0)
              .append(",\"rejected\":").append(random.nextInt(40) == 0 ? 1 : 0).append('}');
        }
        line.append(']');
        if (stop < QUESTIONS.length) {
          line.append(",\"end\":\"").append(ENDS[random.nextInt(ENDS.length)]).append("\",\"at\":\"")
              .append(QUESTIONS[stop]).append("\"}");
        } else {
          line.append(",\"end\":\"verdict\",\"level\":\"self-care\",\"outcome\":\"self_care\"}");
        }
        out.append(line).append('\n');
      }
    }
  }
}
