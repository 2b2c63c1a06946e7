package triage.fhir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.Answered;
import triage.model.ChoiceQuestion;
import triage.model.Level;
import triage.model.NumberQuestion;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.RouteGraph;
import triage.model.Text;
import triage.model.YesNoQuestion;
import triage.render.Messages;
import triage.render.Wording;
import triage.walk.StepRule;

/**
 * A questionnaire as a FHIR R4 {@code Questionnaire}: one item per question (linkId = its id), shown
 * exactly when our walker would ask it ({@code enableWhen}, or an SDC {@code enableWhenExpression}
 * where the level raised so far routes the walk), then the level as an SDC
 * {@code calculatedExpression} and the outcome's title and advice shown for the verdict reached.
 */
public final class QuestionnaireExport {

  private final Questionnaire questionnaire;
  private final Reach reach;
  private final RouteGraph graph;
  private final String language;
  private final Map<String, Wording> wordings = new LinkedHashMap<>(); // by language

  /** The words of a verdict: those of the outcome at node {@code outcome}, at {@code level}. */
  private record Words(int outcome, Level level) {}

  /** An export whose texts name {@code emergencyNumber} (or "your local emergency number"). */
  public QuestionnaireExport(Questionnaire questionnaire, Optional<String> emergencyNumber) {
    this.questionnaire = questionnaire;
    StepRule rule = new StepRule(questionnaire);
    this.reach = new Reach(rule);
    this.graph = rule.graph();
    this.language = questionnaire.language();
    for (String each : questionnaire.languages()) {
      wordings.put(each, new Wording(questionnaire, each, emergencyNumber, Messages.of(each)));
    }
  }

  /** The {@code Questionnaire} resource, as a JSON tree. */
  public Map<String, Object> questionnaire() {
    Map<String, Object> root = JsonTree.object();
    root.put("resourceType", "Questionnaire");
    root.put("id", FhirNames.resourceId(questionnaire.id()));
    root.put("language", language);
    root.put("url", FhirNames.url(questionnaire));
    root.put("version", questionnaire.version());
    root.put("name", FhirNames.name(questionnaire.id()));
    questionnaire.title().ifPresent(title -> text(root, "title", title));
    root.put("status", "draft");
    List<Object> items = new ArrayList<>();
    items.add(display(FhirNames.OWN_PREFIX + "notice", questionnaire.notices().notADiagnosis()));
    for (Question question : questionnaire.questions()) {
      items.addAll(question(question));
    }
    Map<String, Object> level = item(FhirNames.LEVEL_ITEM, "string", Text.of(language, "Level"));
    level.put("readOnly", true);
    extend(level, FhirNames.CALCULATED_EXPRESSION, "valueExpression", expression(reach.verdictLevel()));
    items.add(level);
    items.addAll(verdictTexts());
    root.put("item", items);
    return root;
  }

  private List<Map<String, Object>> question(Question question) {
    int node = graph.node(question.id()).orElseThrow();
    Map<String, Object> item = item(question.id(), question instanceof NumberQuestion ? "integer" : "choice",
        question.text());
    List<Map<String, Object>> items = new ArrayList<>(List.of(item));
    Optional<Map<String, Object>> unsure = Optional.empty();
    if (question instanceof NumberQuestion number) {
      if (number.min() >= Integer.MIN_VALUE && number.max() <= Integer.MAX_VALUE) {
        extend(item, FhirNames.MIN_VALUE, "valueInteger", (int) number.min());
        extend(item, FhirNames.MAX_VALUE, "valueInteger", (int) number.max());
      }
      if (number.unsure().isPresent()) {
        Map<String, Object> notSure = item(FhirNames.unsure(question.id()), "boolean", words(YesNoQuestion.UNSURE));
        items.add(notSure);
        unsure = Optional.of(notSure);
      }
    } else {
      control(item, "radio-button");
      List<Object> options = new ArrayList<>();
      for (Answer answer : question.answers()) {
        options.add(JsonTree.object("valueCoding", coding(question, answer)));
      }
      item.put("answerOption", options);
    }
    // A number a person is not sure of is answered by its companion item instead.
    item.put("required", unsure.isEmpty());
    for (Map<String, Object> each : items) {
      enable(node, each);
    }
    question.help().ifPresent(help -> {
      Map<String, Object> shown = display(FhirNames.OWN_PREFIX + "help:" + question.id(), help);
      control(shown, "help");
      item.put("item", List.of(shown));
    });
    return items;
  }

  /** When the item is shown: {@code enableWhen} where answers alone lead to it, else FHIRPath. */
  private void enable(int node, Map<String, Object> item) {
    if (reach.isStart(node)) {
      return;
    }
    if (reach.byAnswersAlone(node) && reach.ways(node).stream().allMatch(this::coded)) {
      List<Object> when = new ArrayList<>();
      for (Reach.Way way : reach.ways(node)) {
        Question from = graph.question(way.from());
        Map<String, Object> condition = JsonTree.object();
        if (from instanceof NumberQuestion) {
          condition.put("question", FhirNames.unsure(from.id()));
          condition.put("operator", "=");
          condition.put("answerBoolean", true);
        } else {
          condition.put("question", from.id());
          condition.put("operator", "=");
          condition.put("answerCoding", coding(from, from.answers().get(way.answer())));
        }
        when.add(condition);
      }
      item.put("enableWhen", when);
      if (when.size() > 1) {
        item.put("enableBehavior", "any");
      }
      return;
    }
    extend(item, FhirNames.ENABLE_WHEN_EXPRESSION, "valueExpression", expression(reach.reached(node)));
  }

  /** Whether an answer can be named in {@code enableWhen}: a coded answer, or a number's "not sure". */
  private boolean coded(Reach.Way way) {
    return !(graph.question(way.from()) instanceof NumberQuestion number)
        || number.unsure().isPresent() && way.answer() == number.ranges().size();
  }

  /**
   * The outcome's title and advice, shown for the verdict reached (by outcome and level, as advice
   * depends on the level), then advice that answers add, shown after any of them at a level it is
   * given at; all without the answers it is never given after.
   */
  private List<Object> verdictTexts() {
    Map<Words, List<Object>> shownWhen = new LinkedHashMap<>();
    for (Map.Entry<Reach.End, EnumSet<Level>> end : reach.ends().entrySet()) {
      shownWhen.computeIfAbsent(new Words(end.getKey().words(), end.getKey().level()), k -> new ArrayList<>())
          .add(reach.taken(end.getKey().way(), end.getValue()));
    }
    List<Object> items = new ArrayList<>();
    for (Map.Entry<Words, List<Object>> shown : shownWhen.entrySet()) {
      Outcome outcome = graph.outcome(shown.getKey().outcome());
      Level level = shown.getKey().level();
      String when = Reach.or(shown.getValue());
      String prefix = FhirNames.OWN_PREFIX + "outcome:" + outcome.id() + ":" + level.word();
      items.add(shownIf(display(prefix, outcome.title()), when));
      for (String id : outcome.advice()) {
        questionnaire.advice(id).filter(advice -> advice.givenAt(level)).ifPresent(advice ->
            items.add(shownIf(display(prefix + ":" + id, advice.text()), withoutUnless(when, advice))));
      }
    }
    for (Advice advice : questionnaire.advice()) {
      List<Object> addedBy = new ArrayList<>();
      for (int q = 0; q < graph.questionCount(); q++) {
        List<Answer> answers = graph.question(q).answers();
        for (int a = 0; a < answers.size(); a++) {
          if (answers.get(a).route().advice().contains(advice.id())) {
            addedBy.add(reach.answered(q, a));
          }
        }
      }
      List<Object> levels = reach.ends().entrySet().stream()
          .filter(end -> advice.givenAt(end.getKey().level())
              && !graph.outcome(end.getKey().words()).advice().contains(advice.id()))
          .map(end -> reach.taken(end.getKey().way(), end.getValue())).toList();
      if (!addedBy.isEmpty() && !levels.isEmpty()) {
        items.add(shownIf(display(FhirNames.OWN_PREFIX + "advice:" + advice.id(), advice.text()),
            withoutUnless(Reach.or(addedBy) + " and " + Reach.or(levels), advice)));
      }
    }
    return items;
  }

  private String withoutUnless(String when, Advice advice) {
    List<Object> after = new ArrayList<>();
    for (Answered answered : advice.unless()) {
      graph.node(answered.question()).filter(graph::isQuestion).ifPresent(q -> {
        List<Answer> answers = graph.question(q).answers();
        for (int a = 0; a < answers.size(); a++) {
          if (answered.answers().contains(answers.get(a).value())) {
            after.add(reach.answered(q, a));
          }
        }
      });
    }
    return after.isEmpty() ? when : "(" + when + ") and " + Reach.or(after) + ".not()";
  }

  private static Map<String, Object> shownIf(Map<String, Object> item, String when) {
    extend(item, FhirNames.ENABLE_WHEN_EXPRESSION, "valueExpression", expression(when));
    return item;
  }

  private Map<String, Object> coding(Question question, Answer answer) {
    Map<String, Object> coding = JsonTree.object();
    boolean choice = question instanceof ChoiceQuestion;
    coding.put("system", choice ? FhirNames.options(questionnaire, question.id()) : FhirNames.ANSWERS);
    coding.put("code", answer.value());
    text(coding, "display", choice ? answer.label() : words(answer.value()));
    return coding;
  }

  /** The word shown for yes, no or unsure, in every language of the questionnaire. */
  private Text words(String value) {
    Map<String, String> byLanguage = new LinkedHashMap<>();
    for (String each : questionnaire.languages()) {
      byLanguage.put(each, questionnaire.words(each).shown(value));
    }
    return new Text(byLanguage);
  }

  private Map<String, Object> item(String linkId, String type, Text text) {
    Map<String, Object> item = JsonTree.object();
    item.put("linkId", linkId);
    text(item, "text", text);
    item.put("type", type);
    return item;
  }

  private Map<String, Object> display(String linkId, Text text) {
    return item(linkId, "display", text);
  }

  /** A text in the default language, with FHIR's translation extension for every other language it has. */
  private void text(Map<String, Object> element, String field, Text text) {
    element.put(field, wordings.get(language).of(text));
    List<Object> translations = new ArrayList<>();
    for (String other : questionnaire.languages()) {
      if (!other.equals(language) && text.has(other)) {
        translations.add(JsonTree.object("url", FhirNames.TRANSLATION, "extension", List.of(
            JsonTree.object("url", "lang", "valueCode", other),
            JsonTree.object("url", "content", "valueString", wordings.get(other).of(text)))));
      }
    }
    if (!translations.isEmpty()) {
      element.put("_" + field, JsonTree.object("extension", translations));
    }
  }

  /** How a renderer shows the item: radio buttons for answers, a help button for help. */
  private static void control(Map<String, Object> item, String code) {
    extend(item, FhirNames.ITEM_CONTROL, "valueCodeableConcept",
        JsonTree.object("coding", List.of(JsonTree.object("system", FhirNames.ITEM_CONTROL_SYSTEM, "code", code))));
  }

  private static Map<String, Object> expression(String fhirPath) {
    Map<String, Object> expression = JsonTree.object();
    expression.put("language", "text/fhirpath");
    expression.put("expression", fhirPath);
    return expression;
  }

  @SuppressWarnings("unchecked")
  private static void extend(Map<String, Object> element, String url, String valueField, Object value) {
    Map<String, Object> extension = JsonTree.object();
    extension.put("url", url);
    extension.put(valueField, value);
    ((List<Object>) element.computeIfAbsent("extension", k -> new ArrayList<>())).add(extension);
  }
}
