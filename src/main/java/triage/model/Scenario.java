package triage.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named expectation about the questionnaire: given these answers (by question id), the verdict
 * has this level and, optionally, this outcome, and advice that must or must not appear (by id, so
 * that rewording never breaks a scenario).
 */
public record Scenario(
    String name,
    Map<String, String> answers,
    Level level,
    Optional<String> outcome,
    List<String> adviceIncluded,
    List<String> adviceExcluded,
    Location at) {

  public Scenario {
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    adviceIncluded = List.copyOf(adviceIncluded);
    adviceExcluded = List.copyOf(adviceExcluded);
  }
}
