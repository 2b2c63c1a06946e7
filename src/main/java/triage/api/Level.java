package triage.api;

/** How urgent a verdict is, least to most: the order of the constants is the order of urgency. */
public enum Level {
  /** Looking after it yourself is enough for now. */
  SELF_CARE("self-care"),
  /** See a doctor or physiotherapist soon. */
  SEE_PROFESSIONAL("see-professional"),
  /** Be seen today. */
  URGENT("urgent"),
  /** Call the emergency number now. */
  EMERGENCY("emergency");

  private final String word;

  Level(String word) {
    this.word = word;
  }

  /** The word the JSON and the questionnaire file use: {@code self-care}, ..., {@code emergency}. */
  public String word() {
    return word;
  }

  static Level of(triage.model.Level level) {
    return valueOf(level.name());
  }
}
