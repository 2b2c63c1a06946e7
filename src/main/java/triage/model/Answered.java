package triage.model;

import java.util.List;

/**
 * Some answers to one question, named by value: what opens a follow-up question, or what keeps a
 * piece of advice from being given.
 */
public record Answered(String question, List<String> answers, Location at) {

  public Answered {
    answers = List.copyOf(answers);
  }
}
