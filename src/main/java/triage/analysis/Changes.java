package triage.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import triage.model.Advice;
import triage.model.Answer;
import triage.model.AnswerWords;
import triage.model.Answered;
import triage.model.EmergencyNumbers;
import triage.model.Level;
import triage.model.Outcome;
import triage.model.Question;
import triage.model.Questionnaire;
import triage.model.Route;
import triage.model.Skip;
import triage.model.Text;

/**
 * What changed between two versions of a questionnaire as written, by id: words (old and new side
 * by side), and structure (what was added or removed, routes, levels, settings). Which verdicts
 * change is {@link VerdictDiff}'s to say.
 */
public final class Changes {

  /** Words that changed: what they belong to, the language, before and after (empty when absent). */
  public record Rewording(String what, String language, String before, String after) {}

  private final List<Rewording> rewordings = new ArrayList<>();
  private final List<String> structure = new ArrayList<>();
  private final List<String> answerWords = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private Changes() {}

  public static Changes between(Questionnaire before, Questionnaire after) {
    Changes changes = new Changes();
    changes.settings(before, after);
    changes.questions(before, after);
    changes.screens(before, after);
    changes.outcomes(before, after);
    changes.advice(before, after);
    changes.answerWords(before, after);
    changes.warnings(before, after);
    return changes;
  }

  /**
   * What a reviewer should hear about the change itself: content that changed under the same
   * {@code version} (transcripts and reports could no longer tell the two apart), and texts whose
   * default-language words changed while a translation stayed as it was (perhaps stale).
   */
  public List<String> warnings() {
    return warnings;
  }

  private void warnings(Questionnaire before, Questionnaire after) {
    boolean changed = !rewordings.isEmpty() || !answerWords.isEmpty()
        || structure.stream().anyMatch(line -> !line.startsWith("version "));
    if (changed && before.version().equals(after.version())) {
      warnings.add("the content changed but `version` is still " + after.version() + "; raise it, so that"
          + " transcripts and reports can tell the two apart");
    }
    Map<String, Set<String>> reworded = new LinkedHashMap<>();
    rewordings.forEach(r -> reworded.computeIfAbsent(r.what(), w -> new LinkedHashSet<>()).add(r.language()));
    for (Map.Entry<String, Set<String>> entry : reworded.entrySet()) {
      if (!entry.getValue().contains(after.language())) {
        continue;
      }
      for (String language : after.languages()) {
        if (!entry.getValue().contains(language) && rewordings.stream().anyMatch(r -> r.what().equals(entry.getKey())
            && r.language().equals(after.language()) && !r.before().isEmpty() && !r.after().isEmpty())) {
          warnings.add(entry.getKey() + " changed in `" + after.language() + "` but not in `" + language
              + "`: the `" + language + "` words may be stale");
        }
      }
    }
  }

  private void screens(Questionnaire before, Questionnaire after) {
    Map<String, List<String>> was = new LinkedHashMap<>();
    before.screens().forEach(screen -> was.put(screen.id(), screen.questions()));
    Map<String, List<String>> now = new LinkedHashMap<>();
    after.screens().forEach(screen -> now.put(screen.id(), screen.questions()));
    was.forEach((id, questions) -> {
      if (!now.containsKey(id)) {
        structure.add("screen `" + id + "` removed");
      } else if (!now.get(id).equals(questions)) {
        structure.add("screen `" + id + "` shows " + now.get(id) + "; before, " + questions);
      }
    });
    now.keySet().stream().filter(id -> !was.containsKey(id))
        .forEach(id -> structure.add("screen `" + id + "` added, showing " + now.get(id)));
  }

  /**
   * Words that now stand for another answer than before, such as "`not sure` [en]: unsure is now
   * no": what a person or a script types then means something else, so verdicts can change though
   * no route did.
   */
  public List<String> answerWords() {
    return answerWords;
  }

  public List<Rewording> rewordings() {
    return rewordings;
  }

  /** One line per structural change, such as "question `clunk` added". */
  public List<String> structure() {
    return structure;
  }

  private void settings(Questionnaire before, Questionnaire after) {
    if (!before.id().equals(after.id())) {
      structure.add("questionnaire id `" + before.id() + "` is now `" + after.id() + "`");
    }
    if (!before.version().equals(after.version())) {
      structure.add("version " + before.version() + " is now " + after.version());
    }
    Map<String, String> numbersBefore = before.emergencyNumbers().map(EmergencyNumbers::byRegion).orElse(Map.of());
    Map<String, String> numbersAfter = after.emergencyNumbers().map(EmergencyNumbers::byRegion).orElse(Map.of());
    Set<String> regions = new LinkedHashSet<>(numbersBefore.keySet());
    regions.addAll(numbersAfter.keySet());
    for (String region : regions) {
      if (!Objects.equals(numbersBefore.get(region), numbersAfter.get(region))) {
        structure.add("emergency number for " + region + ": " + numbersBefore.getOrDefault(region, "(none)")
            + " is now " + numbersAfter.getOrDefault(region, "(none)"));
      }
    }
    if (!before.start().equals(after.start())) {
      structure.add("the first question `" + before.start() + "` is now `" + after.start() + "`");
    }
    for (Level level : Level.values()) {
      String was = before.escalation(level).map(Outcome::id).orElse("(none)");
      String now = after.escalation(level).map(Outcome::id).orElse("(none)");
      if (!was.equals(now)) {
        structure.add("escalation for " + level.word() + ": `" + was + "` is now `" + now + "`");
      }
    }
    reword("notice `before_start`", before.notices().beforeStart(), after.notices().beforeStart());
    reword("notice `not_a_diagnosis`", before.notices().notADiagnosis(), after.notices().notADiagnosis());
    for (Level level : Level.values()) {
      reword("notice `seek_help_if` for " + level.word(), before.notices().seekHelpIf(level),
          after.notices().seekHelpIf(level));
      reword("notice `seek_help_if_brief` for " + level.word(), before.notices().seekHelpIfBrief(level),
          after.notices().seekHelpIfBrief(level));
    }
  }

  private void questions(Questionnaire before, Questionnaire after) {
    for (Question old : before.questions()) {
      Optional<Question> now = after.question(old.id());
      if (now.isEmpty()) {
        structure.add("question `" + old.id() + "` removed");
        continue;
      }
      Question question = now.get();
      String q = "question `" + old.id() + "`";
      reword(q + " text", old.text(), question.text());
      reword(q + " help", old.help(), question.help());
      if (!old.getClass().equals(question.getClass())) {
        structure.add(q + " changed type");
      }
      if (!old.skip().map(Changes::describe).equals(question.skip().map(Changes::describe))) {
        structure.add(q + ": skip " + old.skip().map(Changes::describe).orElse("(none)") + " is now "
            + question.skip().map(Changes::describe).orElse("(none)"));
      }
      if (!describe(old.openedBy()).equals(describe(question.openedBy()))) {
        structure.add(q + ": opened by " + describe(old.openedBy()) + " is now " + describe(question.openedBy()));
      }
      if (!old.redFlag().equals(question.redFlag())) {
        structure.add(q + ": red flag " + old.redFlag().map(Level::word).orElse("(none)") + " is now "
            + question.redFlag().map(Level::word).orElse("(none)"));
      }
      answers(q, old, question);
    }
    for (Question question : after.questions()) {
      if (before.question(question.id()).isEmpty()) {
        structure.add("question `" + question.id() + "` added");
      }
    }
  }

  private void answers(String q, Question before, Question after) {
    Map<String, Answer> now = byValue(after);
    for (Answer old : before.answers()) {
      Answer answer = now.get(old.value());
      if (answer == null) {
        structure.add(q + ": answer `" + old.value() + "` removed");
        continue;
      }
      reword(q + ": option `" + old.value() + "`", old.label(), answer.label());
      if (!sameRoute(old.route(), answer.route())) {
        structure.add(q + ": `" + old.value() + "` now " + describe(answer.route()) + "; before, it "
            + describe(old.route()));
      }
    }
    Map<String, Answer> was = byValue(before);
    for (Answer answer : after.answers()) {
      if (!was.containsKey(answer.value())) {
        structure.add(q + ": answer `" + answer.value() + "` added, " + describe(answer.route()));
      }
    }
  }

  private static Map<String, Answer> byValue(Question question) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    question.answers().forEach(answer -> answers.putIfAbsent(answer.value(), answer));
    return answers;
  }

  private static boolean sameRoute(Route before, Route after) {
    return before.next().equals(after.next()) && before.raise().equals(after.raise())
        && before.advice().equals(after.advice());
  }

  private static String describe(Route route) {
    return "goes to `" + route.next() + "`" + route.raise().map(level -> ", raising to " + level.word()).orElse("")
        + (route.advice().isEmpty() ? "" : ", adding advice " + route.advice());
  }

  private void answerWords(Questionnaire before, Questionnaire after) {
    for (String language : before.languages()) {
      if (!after.languages().contains(language)) {
        continue;
      }
      Map<String, String> was = meanings(before.words(language));
      meanings(after.words(language)).forEach((word, value) -> {
        String old = was.get(word);
        if (old != null && !old.equals(value)) {
          answerWords.add("`" + word + "` [" + language + "]: " + old + " is now " + value);
        }
      });
    }
  }

  /** Every word and abbreviation of a language, with the answer it stands for. */
  private static Map<String, String> meanings(AnswerWords words) {
    Map<String, String> meanings = new LinkedHashMap<>();
    words.words().forEach((value, list) -> list.forEach(word -> meanings.put(word, value)));
    meanings.putAll(words.abbreviations());
    return meanings;
  }

  private void outcomes(Questionnaire before, Questionnaire after) {
    compare(before.outcomes(), after.outcomes(), Outcome::id, "outcome", (old, now) -> {
      String o = "outcome `" + old.id() + "`";
      reword(o + " title", old.title(), now.title());
      if (old.level() != now.level()) {
        structure.add(o + ": level " + old.level().word() + " is now " + now.level().word());
      }
      if (!old.advice().equals(now.advice())) {
        structure.add(o + ": advice " + old.advice() + " is now " + now.advice());
      }
    });
  }

  private void advice(Questionnaire before, Questionnaire after) {
    compare(before.advice(), after.advice(), Advice::id, "advice", (old, now) -> {
      reword("advice `" + old.id() + "`", old.text(), now.text());
      if (!old.levels().equals(now.levels())) {
        structure.add("advice `" + old.id() + "`: levels " + words(old.levels()) + " is now " + words(now.levels()));
      }
      if (!describe(old.unless()).equals(describe(now.unless()))) {
        structure.add("advice `" + old.id() + "`: unless " + describe(old.unless()) + " is now "
            + describe(now.unless()));
      }
    });
  }

  private static String describe(Skip skip) {
    return "from " + skip.when().word() + " to `" + skip.next() + "`";
  }

  /** Answers by question, as written: "bone_density: yes, unsure; injury: yes", or "(none)". */
  private static String describe(List<Answered> answered) {
    return answered.isEmpty() ? "(none)" : answered.stream()
        .map(a -> a.question() + ": " + String.join(", ", a.answers())).collect(Collectors.joining("; "));
  }

  private static String words(List<Level> levels) {
    return levels.isEmpty() ? "(all)" : levels.stream().map(Level::word).collect(Collectors.joining(", "));
  }

  /** Items matched by id: removed, added, and for those in both, {@code both}. */
  private <T> void compare(List<T> before, List<T> after, Function<T, String> id, String kind,
      BiConsumer<T, T> both) {
    Map<String, T> now = new LinkedHashMap<>();
    after.forEach(item -> now.putIfAbsent(id.apply(item), item));
    Map<String, T> was = new LinkedHashMap<>();
    before.forEach(item -> was.putIfAbsent(id.apply(item), item));
    was.forEach((key, old) -> {
      if (now.containsKey(key)) {
        both.accept(old, now.get(key));
      } else {
        structure.add(kind + " `" + key + "` removed");
      }
    });
    now.keySet().stream().filter(key -> !was.containsKey(key)).forEach(key -> structure.add(kind + " `" + key + "` added"));
  }

  private void reword(String what, Optional<Text> before, Optional<Text> after) {
    reword(what, before.orElse(null), after.orElse(null));
  }

  private void reword(String what, Text before, Text after) {
    if (Objects.equals(before, after)) {
      return;
    }
    Set<String> languages = new LinkedHashSet<>();
    if (before != null) {
      languages.addAll(before.byLanguage().keySet());
    }
    if (after != null) {
      languages.addAll(after.byLanguage().keySet());
    }
    for (String language : languages) {
      String was = before != null && before.has(language) ? before.byLanguage().get(language) : "";
      String now = after != null && after.has(language) ? after.byLanguage().get(language) : "";
      if (!Objects.equals(was, now)) {
        rewordings.add(new Rewording(what, language, was, now));
      }
    }
  }
}
