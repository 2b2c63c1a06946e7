package triage.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire as its authors wrote it: questions, outcomes, advice, and the settings around them.
 * Ids are kept as written; {@code triage.load.StructureCheck} proves they resolve before anything
 * walks the tree.
 */
public final class Questionnaire {

  private final String id;
  private final String version;
  private final Optional<Text> title;
  private final String language;
  private final Optional<EmergencyNumbers> emergencyNumbers;
  private final List<Source> sources;
  private final Readability readability;
  private final Notices notices;
  private final String start;
  private final Location startAt;
  private final List<Question> questions;
  private final List<Outcome> outcomes;
  private final List<Advice> advice;
  private final List<Escalation> escalations;
  private final Map<String, AnswerWords> languages;
  private final List<Screen> screens;
  private final Map<String, Screen> screensByQuestion = new HashMap<>();
  private final Map<String, Question> questionsById = new HashMap<>();
  private final Map<String, Outcome> outcomesById = new HashMap<>();
  private final Map<String, Advice> adviceById = new HashMap<>();
  private volatile RouteGraph graph;

  public Questionnaire(
      String id,
      String version,
      Optional<Text> title,
      String language,
      Optional<EmergencyNumbers> emergencyNumbers,
      List<Source> sources,
      Readability readability,
      Notices notices,
      String start,
      Location startAt,
      List<Question> questions,
      List<Outcome> outcomes,
      List<Advice> advice,
      List<Escalation> escalations,
      Map<String, AnswerWords> languages,
      List<Screen> screens) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.language = language;
    this.emergencyNumbers = emergencyNumbers;
    this.sources = List.copyOf(sources);
    this.readability = readability;
    this.notices = notices;
    this.start = start;
    this.startAt = startAt;
    this.questions = List.copyOf(questions);
    this.outcomes = List.copyOf(outcomes);
    this.advice = List.copyOf(advice);
    this.escalations = List.copyOf(escalations);
    this.screens = List.copyOf(screens);
    screens.forEach(screen -> screen.questions().forEach(q -> screensByQuestion.putIfAbsent(q, screen)));
    Map<String, AnswerWords> known = new LinkedHashMap<>(languages);
    if (known.isEmpty()) {
      known.put(language, AnswerWords.ENGLISH); // undeclared: the default, then any language a text has
      for (TextSite site : texts()) {
        site.text().byLanguage().keySet().forEach(code -> known.putIfAbsent(code, AnswerWords.ENGLISH));
      }
    }
    this.languages = Collections.unmodifiableMap(known);
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

  /** The emergency numbers by country, if the file gives any. */
  public Optional<EmergencyNumbers> emergencyNumbers() {
    return emergencyNumbers;
  }

  /** The documents items may cite, as the file declares them (empty when it declares none). */
  public List<Source> sources() {
    return sources;
  }

  public Readability readability() {
    return readability;
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

  /**
   * The languages the questionnaire is written in, the default first: those it declares, or else
   * every language any of its texts has.
   */
  public List<String> languages() {
    return List.copyOf(languages.keySet());
  }

  /** Every text shown to people, with what it belongs to, its kind and where it stands. */
  public List<TextSite> texts() {
    List<TextSite> texts = new ArrayList<>();
    Location at = notices.at();
    title.ifPresent(text -> texts.add(new TextSite("the title", TextSite.Kind.TITLE, text, at)));
    notices.beforeStart().ifPresent(text ->
        texts.add(new TextSite("notice `before_start`", TextSite.Kind.NOTICE, text, at)));
    texts.add(new TextSite("notice `not_a_diagnosis`", TextSite.Kind.NOTICE, notices.notADiagnosis(), at));
    byLevel(texts, "seek_help_if", notices.seekHelpIf(), at);
    byLevel(texts, "seek_help_if_brief", notices.seekHelpIfBrief(), at);
    for (Question question : questions) {
      String q = "question `" + question.id() + "`";
      texts.add(new TextSite(q + " text", TextSite.Kind.QUESTION, question.text(), question.at()));
      question.help().ifPresent(help -> texts.add(new TextSite(q + " help", TextSite.Kind.HELP, help, question.at())));
      if (question instanceof ChoiceQuestion) {
        for (Answer answer : question.answers()) {
          texts.add(new TextSite(q + " option `" + answer.value() + "`", TextSite.Kind.OPTION, answer.label(),
              answer.at()));
        }
      }
    }
    for (Screen screen : screens) {
      texts.add(new TextSite("screen `" + screen.id() + "` text", TextSite.Kind.QUESTION, screen.text(), screen.at()));
    }
    for (Outcome outcome : outcomes) {
      texts.add(new TextSite("outcome `" + outcome.id() + "` title", TextSite.Kind.TITLE, outcome.title(),
          outcome.at()));
    }
    for (Advice item : advice) {
      texts.add(new TextSite("advice `" + item.id() + "`", TextSite.Kind.ADVICE, item.text(), item.at()));
    }
    return texts;
  }

  /** A notice given per level, each text once however many levels share it. */
  private static void byLevel(List<TextSite> texts, String key, Map<Level, Text> byLevel, Location at) {
    Map<Text, List<String>> levels = new IdentityHashMap<>();
    byLevel.forEach((level, text) -> levels.computeIfAbsent(text, t -> new ArrayList<>()).add(level.word()));
    byLevel.values().stream().distinct().filter(levels::containsKey).forEach(text ->
        texts.add(new TextSite("notice `" + key + "` for " + String.join(", ", levels.remove(text)),
            TextSite.Kind.NOTICE, text, at)));
  }

  /** The screens that show several questions at once, as the file gives them (empty when none). */
  public List<Screen> screens() {
    return screens;
  }

  /** The screen a question is shown on with others, if it is on one. */
  public Optional<Screen> screenOf(String questionId) {
    return Optional.ofNullable(screensByQuestion.get(questionId));
  }

  /** The answer words of a language (English words when the file gives none). */
  public AnswerWords words(String language) {
    return languages.getOrDefault(language, AnswerWords.ENGLISH);
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
