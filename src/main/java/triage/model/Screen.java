package triage.model;

import java.util.List;

/**
 * Yes/no questions that a person at a terminal may answer on one screen ("Do any of these apply?"),
 * each still a question of its own: its id, answer, help, {@code unsure}, transcript entry and
 * place in every walk are unchanged. Pipes and answers by id ask them one at a time.
 */
public record Screen(String id, Text text, List<String> questions, Location at) {

  public Screen {
    questions = List.copyOf(questions);
  }
}
