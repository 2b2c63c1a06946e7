package triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import triage.api.Options;
import triage.api.Questionnaire;
import triage.api.Triager;

/**
 * Not a test: a program that embeds triage as a Spark job or a web form would, through
 * {@code triage.api} alone, for the tests that watch what such a program loads
 * ({@code EmbeddingClassesTest}, {@code ShadedJarIT}). Prints one JSON line per answer set
 * (each given as {@code id=value,id=value}), triaged on two threads that share one questionnaire.
 */
public final class EmbeddedRun {

  private EmbeddedRun() {}

  public static void main(String[] args) throws Exception {
    Triager triager = Questionnaire.builtIn().triager(Options.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> verdicts = List.of(args).stream()
          .map(set -> pool.submit(() -> triager.triage(answers(set)).toJson()))
          .toList();
      for (Future<String> verdict : verdicts) {
        System.out.println(verdict.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Map<String, Object> answers(String set) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (String pair : set.split(",")) {
      String[] idValue = pair.split("=", 2);
      answers.put(idValue[0], idValue[1]);
    }
    return answers;
  }
}
