package triage.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Question;
import triage.model.Questionnaire;

/**
 * The words of every question of the questionnaires a report knows, in every language, by the hash
 * transcripts name a wording by: so that a report of a pilot run with an old and a new version shows
 * the words of both, and says which version shows them.
 */
public final class Wordings {

  /** One wording: its language, its words, and the versions of the questionnaire that show it. */
  public record Words(String language, String text, List<String> versions) {

    public Words {
      versions = List.copyOf(versions);
    }

    /** As a report shows them: {@code en (1.0.0, 1.1.0): Chest pain?}. */
    public String shown() {
      return language + " (" + String.join(", ", versions) + "): " + text;
    }
  }

  private final Map<String, Words> byHash = new HashMap<>();

  public Wordings(List<Questionnaire> questionnaires) {
    Map<String, List<String>> versions = new HashMap<>();
    for (Questionnaire questionnaire : questionnaires) {
      for (Question question : questionnaire.questions()) {
        question.text().byLanguage().forEach((language, text) -> {
          String hash = Transcript.hash(text);
          List<String> seen = versions.computeIfAbsent(hash, h -> new ArrayList<>());
          if (!seen.contains(questionnaire.version())) {
            seen.add(questionnaire.version());
          }
          byHash.put(hash, new Words(language, text, seen));
        });
      }
    }
  }

  /** The words a transcript's wording hash stands for, if a questionnaire known here has them. */
  public Optional<Words> of(String hash) {
    return Optional.ofNullable(byHash.get(hash));
  }

  /** Every wording known, as {@link Words#shown()}, by its hash. */
  public Map<String, String> shown() {
    Map<String, String> shown = new HashMap<>();
    byHash.forEach((hash, words) -> shown.put(hash, words.shown()));
    return shown;
  }
}
