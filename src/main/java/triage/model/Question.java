package triage.model;

import java.util.List;
import java.util.Optional;

/** One question of a questionnaire: a stable id, the words shown, and its accepted answers. */
public sealed interface Question permits YesNoQuestion, ChoiceQuestion, NumberQuestion {

  String id();

  Text text();

  Optional<Text> help();

  /** Names of the source articles the question rests on. */
  List<String> sources();

  /** For a red flag, the level a {@code yes} means; such a question must accept {@code unsure}. */
  Optional<Level> redFlag();

  /** The accepted answers, in the order they are offered. */
  List<Answer> answers();

  /** When the question is not asked, if ever: once the level raised so far is high enough. */
  Optional<Skip> skip();

  /**
   * For a follow-up, the answers that open it (it is asked only after one of them); empty for a
   * question every walk may meet.
   */
  List<Answered> openedBy();

  default boolean isFollowUp() {
    return !openedBy().isEmpty();
  }

  Location at();
}
