package triage.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire as its authors wrote it: questions, outcomes, advice, and the settings around them.
 * Ids are kept as written; {@code triage.check.StructureCheck} proves they resolve before anything
 * walks the tree.
 */
public final class Questionnaire {

  private final String id;
  private final String version;
  private final Optional<Text> title;
  private final String language;
  private final Optional<String> emergencyNumber;
  private final Notices notices;
  private final String start;
  private final Location startAt;
  private final List<Question> questions;
  private final List<Outcome> outcomes;
  private final List<Advice> advice;
  private final List<Escalation> escalations;
  private final Map<String, Question> questionsById = new HashMap<>();
  private final Map<String, Outcome> outcomesById = new HashMap<>();
  private final Map<String, Advice> adviceById = new HashMap<>();
  private volatile RouteGraph graph;

  public Questionnaire(
      String id,
      String version,
      Optional<Text> title,
      String language,
      Optional<String> emergencyNumber,
      Notices notices,
      String start,
      Location startAt,
      List<Question> questions,
      List<Outcome> outcomes,
      List<Advice> advice,
      List<Escalation> escalations) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.language = language;
    this.emergencyNumber = emergencyNumber;
    this.notices = notices;
    this.start = start;
    this.startAt = startAt;
    this.questions = List.copyOf(questions);
    this.outcomes = List.copyOf(outcomes);
    this.advice = List.copyOf(advice);
    this.escalations = List.copyOf(escalations);
    // The first of duplicate ids wins here; StructureCheck reports the others.
    questions.forEach(q -> questionsById.putIfAbsent(q.id(), q));
    outcomes.forEach(o -> outcomesById.putIfAbsent(o.id(), o));
    advice.forEach(a -> adviceById.putIfAbsent(a.id(), a));
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public Optional<Text> title() {
    return title;
  }

  /** The default language: every text has it, and other languages fall back to it. */
  public String language() {
    return language;
  }

  public Optional<String> emergencyNumber() {
    return emergencyNumber;
  }

  public Notices notices() {
    return notices;
  }

  /** The id of the first question. */
  public String start() {
    return start;
  }

  public Location startAt() {
    return startAt;
  }

  public List<Question> questions() {
    return questions;
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  public List<Advice> advice() {
    return advice;
  }

  public List<Escalation> escalations() {
    return escalations;
  }

  public Optional<Question> question(String id) {
    return Optional.ofNullable(questionsById.get(id));
  }

  public Optional<Outcome> outcome(String id) {
    return Optional.ofNullable(outcomesById.get(id));
  }

  public Optional<Advice> advice(String id) {
    return Optional.ofNullable(adviceById.get(id));
  }

  /** The questionnaire as a graph of routes, worked out once: every check and every walk shares it. */
  public RouteGraph graph() {
    RouteGraph built = graph;
    if (built == null) {
      built = new RouteGraph(this);
      graph = built;
    }
    return built;
  }

  /** The outcome for verdicts raised to {@code level}, if the file names one. */
  public Optional<Outcome> escalation(Level level) {
    for (Escalation escalation : escalations) {
      if (escalation.level() == level) {
        return outcome(escalation.outcome());
      }
    }
    return Optional.empty();
  }
}
