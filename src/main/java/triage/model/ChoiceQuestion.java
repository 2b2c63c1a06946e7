package triage.model;

import java.util.List;
import java.util.Optional;

/** A question answered by picking one of the listed options. */
public record ChoiceQuestion(
    String id,
    Text text,
    Optional<Text> help,
    List<String> sources,
    Optional<Level> redFlag,
    List<Answer> answers,
    Optional<Skip> skip,
    List<Answered> openedBy,
    Location at)
    implements Question {

  public ChoiceQuestion {
    sources = List.copyOf(sources);
    answers = List.copyOf(answers);
    openedBy = List.copyOf(openedBy);
  }
}
