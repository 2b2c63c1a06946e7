package triage.fhir;

import java.util.Locale;
import triage.model.Questionnaire;

/** The URLs and item ids the FHIR export defines, in one place, so that export and import agree. */
public final class FhirNames {

  /** The code system of {@code yes}, {@code no} and {@code unsure}. */
  public static final String ANSWERS = "urn:triage:answers";
  /** The code system of the four levels. */
  public static final String LEVELS = "urn:triage:levels";
  /** The linkId of the read-only item that shows the verdict's level. */
  public static final String LEVEL_ITEM = "triage:level";
  /** Items the export adds (the level, outcomes, advice, notices) have linkIds starting so; no question id can. */
  public static final String OWN_PREFIX = "triage:";
  /** The ending of the linkId of a number question's companion "not sure" item. */
  public static final String UNSURE_SUFFIX = ":unsure";

  static final String SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/";
  static final String ENABLE_WHEN_EXPRESSION = SDC + "sdc-questionnaire-enableWhenExpression";
  static final String CALCULATED_EXPRESSION = SDC + "sdc-questionnaire-calculatedExpression";
  static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
  static final String TRANSLATION = CORE + "translation";
  static final String MIN_VALUE = CORE + "minValue";
  static final String MAX_VALUE = CORE + "maxValue";
  static final String ITEM_CONTROL = CORE + "questionnaire-itemControl";
  static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";

  private FhirNames() {}

  /** The canonical URL of a questionnaire's export. */
  public static String url(Questionnaire questionnaire) {
    return "urn:triage:questionnaire:" + questionnaire.id();
  }

  /** The canonical URL and version a response names its questionnaire by. */
  public static String versioned(Questionnaire questionnaire) {
    return url(questionnaire) + "|" + questionnaire.version();
  }

  /** The code system of a choice question's options. */
  static String options(Questionnaire questionnaire, String questionId) {
    return "urn:triage:options:" + questionnaire.id() + ":" + questionId;
  }

  /** The code system of a questionnaire's outcomes. */
  static String outcomes(Questionnaire questionnaire) {
    return "urn:triage:outcomes:" + questionnaire.id();
  }

  /** The linkId of the "not sure" item beside a number question that accepts unsure. */
  public static String unsure(String questionId) {
    return questionId + UNSURE_SUFFIX;
  }

  /** A FHIR {@code id} ({@code [A-Za-z0-9\-.]{1,64}}) from a questionnaire id. */
  static String resourceId(String id) {
    String cleaned = id.replaceAll("[^A-Za-z0-9.-]", "-");
    return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
  }

  /** A computer-friendly {@code name} ({@code [A-Z][A-Za-z0-9_]*}) from a questionnaire id. */
  static String name(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return name.length() == 0 || !Character.isLetter(name.charAt(0)) ? "Q" + name : name.toString();
  }
}
