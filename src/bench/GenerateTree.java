import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a large questionnaire for the clinician benchmarks, in blocks of five questions whose
 * branches join again (so paths multiply, as in real trees), with a red flag every block.
 * Usage: java src/bench/GenerateTree.java QUESTIONS [base|reworded|rerouted] [SEED] > tree.yaml
 * "reworded" changes every question's words and nothing else; "rerouted" changes five routes.
 */
public final class GenerateTree {

  public static void main(String[] args) throws IOException {
    int questions = Integer.parseInt(args[0]) / 5 * 5;
    String variant = args.length > 1 ? args[1] : "base";
    Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
    Set<Integer> rerouted = new TreeSet<>();
    while (variant.equals("rerouted") && rerouted.size() < 5) {
      rerouted.add(random.nextInt(questions / 5));
    }
    String words = variant.equals("reworded") ? "In other words, is it true that" : "Is it so that";
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("id: generated\nversion: 1.0.0\nstart: q0\n");
      out.write("notices:\n  not_a_diagnosis: Not a diagnosis.\n  seek_help_if: Seek help if it gets worse.\n");
      out.write("escalation:\n  see-professional: see_pro\n  urgent: urgent\n");
      out.write("questions:\n");
      for (int block = 0; block < questions / 5; block++) {
        int q = block * 5;
        String next = q + 5 < questions ? "q" + (q + 5) : "self_care";
        boolean changed = rerouted.contains(block);
        question(out, q, "yes-no", words, block == 0 ? "emergency" : "urgent");
        out.write("    answers:\n");
        out.write("      yes: {next: " + (block == 0 ? "emergency" : "urgent") + "}\n");
        out.write("      no: {next: q" + (q + 1) + "}\n");
        out.write("      unsure: {next: q" + (q + 1) + ", raise: " + (block == 0 ? "urgent" : "see-professional") + "}\n");
        question(out, q + 1, "choice", words, null);
        out.write("    options:\n");
        out.write("      - {value: a, text: Mostly, next: q" + (q + 2) + "}\n");
        out.write("      - {value: b, text: Sometimes, next: q" + (q + 3) + "}\n");
        out.write("      - {value: c, text: Never, next: q" + (q + 4) + ", advice: [move]}\n");
        question(out, q + 2, "yes-no", words, null);
        out.write("    answers:\n");
        out.write("      yes: {next: q" + (q + 4) + (changed ? "" : ", raise: see-professional") + "}\n");
        out.write("      no: {next: q" + (q + 3) + "}\n");
        question(out, q + 3, "number", words, null);
        out.write("    min: 0\n    max: 100\n    ranges:\n");
        out.write("      - {min: 0, max: " + (changed ? 14 : 9) + ", next: q" + (q + 4) + "}\n");
        out.write("      - {min: " + (changed ? 15 : 10) + ", max: 100, next: q" + (q + 4) + ", raise: see-professional}\n");
        out.write("    unsure: {next: q" + (q + 4) + ", raise: see-professional}\n");
        question(out, q + 4, "yes-no", words, "see-professional");
        out.write("    answers:\n");
        out.write("      yes: {next: " + next + ", raise: see-professional}\n");
        out.write("      no: {next: " + next + "}\n");
        out.write("      unsure: {next: " + next + ", raise: see-professional}\n");
      }
      out.write("outcomes:\n");
      out.write("  - {id: emergency, level: emergency, title: Call now, advice: [call]}\n");
      out.write("  - {id: urgent, level: urgent, title: Today, advice: [today]}\n");
      out.write("  - {id: see_pro, level: see-professional, title: Soon, advice: [soon]}\n");
      out.write("  - {id: self_care, level: self-care, title: Move gently, advice: [move]}\n");
      out.write("advice:\n");
      for (String advice : new String[] {"call", "today", "soon", "move"}) {
        out.write("  - {id: " + advice + ", text: Advice " + advice + "., source: generated}\n");
      }
    }
  }

  private static void question(BufferedWriter out, int q, String type, String words, String redFlag)
      throws IOException {
    out.write("  - id: q" + q + "\n    type: " + type + "\n");
    out.write("    text: " + words + " number " + q + " holds?\n");
    if (redFlag != null) {
      out.write("    red_flag: " + redFlag + "\n    help: Help for " + q + ".\n");
    }
    out.write("    source: generated\n");
  }
}
