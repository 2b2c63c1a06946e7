package triage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import triage.model.EmergencyNumbers;
import triage.model.Problem;
import triage.model.Questionnaire;
import triage.model.TextSite;
import triage.text.ReadingGrade;
import triage.text.Suggestion;

/**
 * What the words themselves must get right: every {@code {placeholder}} is one the tool fills in
 * (an error otherwise: the person would read the braces), a text that names the emergency number has
 * a number to name, and English texts read no harder than the grades the file allows (a warning).
 */
final class Texts {

  /** The placeholders the tool fills in. */
  static final List<String> PLACEHOLDERS = List.of("emergency_number");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

  /** Below this many words a grade says little (a one-word question can score 8), so none is given. */
  static final int FEWEST_WORDS = 8;
  private static final String ENGLISH = "en";

  private Texts() {}

  static List<Problem> problems(Questionnaire questionnaire) {
    List<Problem> problems = new ArrayList<>();
    boolean namesNumber = false;
    for (TextSite site : questionnaire.texts()) {
      for (Map.Entry<String, String> words : site.text().byLanguage().entrySet()) {
        Matcher placeholder = PLACEHOLDER.matcher(words.getValue());
        while (placeholder.find()) {
          String name = placeholder.group(1);
          if (PLACEHOLDERS.contains(name)) {
            namesNumber = true;
          } else {
            problems.add(Problem.error(site.at(), "placeholder", site.what() + " [" + words.getKey() + "] has `{"
                + name + "}`, which the tool does not fill in" + Suggestion.closest(name, PLACEHOLDERS)
                .map(known -> "; did you mean `{" + known + "}`?").orElse("; the placeholders are "
                + String.join(", ", PLACEHOLDERS.stream().map(p -> "`{" + p + "}`").toList()))));
          }
        }
      }
      readability(questionnaire, site).ifPresent(problems::add);
    }
    boolean hasDefault = questionnaire.emergencyNumbers()
        .map(numbers -> numbers.byRegion().containsKey(EmergencyNumbers.DEFAULT)).orElse(false);
    if (namesNumber && !hasDefault) {
      problems.add(Problem.error(questionnaire.emergencyNumbers().map(EmergencyNumbers::at)
          .orElse(questionnaire.notices().at()), "emergency-number", "texts name `{emergency_number}`, but"
          + " `emergency_numbers` has no `default`: add one (such as default: \"112\") so that a verdict always"
          + " names a real number wherever the person is"));
    }
    return problems;
  }

  /** A warning when the English words read above the grade the file allows for their kind. */
  private static Optional<Problem> readability(Questionnaire questionnaire, TextSite site) {
    if (!site.text().has(ENGLISH)) {
      return Optional.empty();
    }
    boolean question = site.kind() == TextSite.Kind.QUESTION || site.kind() == TextSite.Kind.OPTION;
    Optional<Double> highest = question ? questionnaire.readability().questions()
        : questionnaire.readability().advice();
    if (highest.isEmpty()) {
      return Optional.empty();
    }
    String words = site.text().in(ENGLISH);
    if (words.strip().split("\\s+").length < FEWEST_WORDS) {
      return Optional.empty();
    }
    double grade = ReadingGrade.of(words);
    if (grade <= highest.get()) {
      return Optional.empty();
    }
    return Optional.of(Problem.warning(site.at(), "readability", site.what() + " reads at grade "
        + String.format(Locale.ROOT, "%.1f", grade) + " (Flesch-Kincaid), above the " + number(highest.get())
        + " this file allows for " + (question ? "questions" : "help, advice and notices")
        + "; shorter sentences and plainer words help"));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
