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

  Location at();
}
