package triage.model;

import java.util.Optional;

/**
 * The highest Flesch-Kincaid grade a questionnaire allows its English texts before {@code validate}
 * warns: question texts and options against {@code questions}; help, advice, notices and titles
 * against {@code advice}.
 */
public record Readability(Optional<Double> questions, Optional<Double> advice, Location at) {

  public static Readability none(Location at) {
    return new Readability(Optional.empty(), Optional.empty(), at);
  }
}
