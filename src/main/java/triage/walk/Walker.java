package triage.walk;

import triage.model.Questionnaire;
import triage.model.RouteGraph;

/**
 * Walks one questionnaire: holds what every walk of it shares (the graph, the longest remaining
 * path from each question), so that starting a walk costs nothing. The questionnaire must have
 * loaded without errors.
 */
public final class Walker {

  private final Questionnaire questionnaire;
  private final RouteGraph graph;
  private final int[] longestFrom;

  public Walker(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.graph = new RouteGraph(questionnaire);
    this.longestFrom = graph.longestFrom();
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public RouteGraph graph() {
    return graph;
  }

  public Walk start() {
    return Walk.first(this, graph.start());
  }

  int longestFrom(int question) {
    return longestFrom[question];
  }
}
