package triage.model;

import java.util.List;
import java.util.Optional;

/** A question answered yes or no, and, where the file allows it, unsure. */
public record YesNoQuestion(
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

  public static final String YES = "yes";
  public static final String NO = "no";
  public static final String UNSURE = "unsure";
  public static final List<String> VALUES = List.of(YES, NO, UNSURE);

  public YesNoQuestion {
    sources = List.copyOf(sources);
    answers = List.copyOf(answers);
    openedBy = List.copyOf(openedBy);
  }
}
