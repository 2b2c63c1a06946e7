package triage.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import triage.model.Answer;
import triage.model.Answered;
import triage.model.ChoiceQuestion;
import triage.model.Level;
import triage.model.Location;
import triage.model.NumberQuestion;
import triage.model.Problem;
import triage.model.Question;
import triage.model.Route;
import triage.model.Skip;
import triage.model.Text;
import triage.model.YesNoQuestion;
import triage.text.Suggestion;

/**
 * Reads one question of a questionnaire file: its type, words, red flag, and the answers with
 * their routes (yes-no answers, a choice's options, a number's ranges and {@code unsure}), each
 * problem at its line and column.
 */
final class QuestionReader {

  static final Set<String> QUESTION_KEYS = Set.of("id", "type", "text", "help", "source", "red_flag", "answers",
      "options", "min", "max", "ranges", "unsure", "skip", "opened_by");
  static final Set<String> SKIP_KEYS = Set.of("when", "next");
  static final Set<String> ROUTE_KEYS = Set.of("next", "raise", "advice");
  static final Set<String> OPTION_KEYS = Set.of("value", "text", "next", "raise", "advice");
  static final Set<String> RANGE_KEYS = Set.of("min", "max", "next", "raise", "advice");
  static final List<String> TYPES = List.of("yes-no", "choice", "number");
  /** Keys that answer sets use for themselves, never question ids. */
  static final Set<String> RESERVED = Set.of("id");

  private final String file;
  private final List<Problem> problems;
  private final String language;

  private final Set<String> unread;

  QuestionReader(String file, List<Problem> problems, String language, Set<String> unread) {
    this.file = file;
    this.problems = problems;
    this.language = language;
    this.unread = unread;
  }

  Optional<Question> read(Node node) {
    Optional<Fields> found = Fields.of(file, Fields.name("question", node, "id"), node, QUESTION_KEYS, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields q = found.get();
    Optional<String> id = q.id("id");
    if (id.filter(RESERVED::contains).isPresent()) {
      problems.add(Problem.error(q.at("id"), "id", q.what() + ": `" + id.get() + "` is kept for the answer set's own"
          + " id in batch lines and answers files, so a question cannot have it; choose another id"));
    }
    String type = q.string("type").orElse("");
    if (!q.has("type")) {
      q.missing("type");
    } else if (!TYPES.contains(type)) {
      problems.add(Problem.error(q.at("type"), "type", q.what() + ": `type` must be one of yes-no, choice, number"
          + ", not `" + type + "`" + Suggestion.didYouMean(type, TYPES)));
    }
    Text text = q.text("text", language, true).orElse(Text.of(language, ""));
    Optional<Text> help = q.text("help", language, false);
    List<String> sources = q.strings("source");
    Optional<Level> redFlag = q.level("red_flag");
    List<String> notForType = switch (type) {
      case "yes-no" -> List.of("options", "min", "max", "ranges", "unsure");
      case "choice" -> List.of("answers", "min", "max", "ranges", "unsure");
      case "number" -> List.of("answers", "options");
      default -> List.of();
    };
    for (String key : notForType) {
      if (q.has(key)) {
        problems.add(Problem.error(q.keyAt(key), "unknown-key",
            q.what() + ": `" + key + "` does not belong to a " + type + " question"));
      }
    }
    Location at = q.at();
    String qid = id.orElse("");
    Optional<Skip> skip = skip(q);
    List<Answered> openedBy = q.answered("opened_by");
    return switch (type) {
      case "yes-no" -> Optional.of(new YesNoQuestion(qid, text, help, sources, redFlag, yesNoAnswers(q), skip,
          openedBy, at));
      case "choice" -> Optional.of(new ChoiceQuestion(qid, text, help, sources, redFlag, options(q), skip, openedBy,
          at));
      case "number" -> Optional.of(number(q, qid, text, help, sources, redFlag, skip, openedBy, at));
      default -> {
        id.ifPresent(unread::add); // of an unknown type: nothing about its answers or routes can be said
        yield Optional.empty();
      }
    };
  }

  /** {@code skip: {when: LEVEL, next: ID}}: not asked once the level raised so far is LEVEL or higher. */
  private Optional<Skip> skip(Fields q) {
    return q.node("skip").flatMap(node -> Fields.of(file, q.what() + ": `skip`", node, SKIP_KEYS, problems))
        .flatMap(s -> {
          Optional<Level> when = s.level("when");
          Optional<String> next = s.id("next");
          if (!s.has("when")) {
            s.missing("when");
          }
          return when.isPresent() && next.isPresent()
              ? Optional.of(new Skip(when.get(), next.get(), s.at("next")))
              : Optional.empty();
        });
  }

  /**
   * A number question. A `min` or `max` that is missing or unreadable (already reported) is taken
   * from the ranges, so that no error about the ranges follows from it.
   */
  private NumberQuestion number(Fields q, String id, Text text, Optional<Text> help, List<String> sources,
      Optional<Level> redFlag, Optional<Skip> skip, List<Answered> openedBy, Location at) {
    Optional<Long> min = q.whole("min");
    Optional<Long> max = q.whole("max");
    for (String key : List.of("min", "max")) {
      if (!q.has(key)) {
        q.missing(key);
      }
    }
    List<NumberQuestion.Range> ranges = ranges(q);
    long lowest = ranges.stream().mapToLong(NumberQuestion.Range::min).min().orElse(0);
    long highest = ranges.stream().mapToLong(NumberQuestion.Range::max).max().orElse(0);
    return new NumberQuestion(id, text, help, sources, redFlag, min.orElse(lowest), max.orElse(highest), ranges,
        unsure(q), skip, openedBy, at);
  }

  private List<Answer> yesNoAnswers(Fields q) {
    List<Answer> answers = new ArrayList<>();
    Optional<Node> node = q.node("answers");
    if (node.isEmpty()) {
      q.missing("answers");
      return answers;
    }
    Optional<Fields> found = Fields.of(file, q.what() + ": `answers`", node.get(),
        Set.copyOf(YesNoQuestion.VALUES), problems);
    if (found.isEmpty()) {
      return answers;
    }
    Fields a = found.get();
    for (String value : YesNoQuestion.VALUES) {
      if (a.has(value)) {
        Optional<Fields> routeFields =
            Fields.of(file, q.what() + ": answer `" + value + "`", a.node(value).get(), ROUTE_KEYS, problems);
        routeFields.ifPresent(r -> answers.add(new Answer(value, Text.of(language, value), route(r), a.keyAt(value))));
      } else if (!value.equals(YesNoQuestion.UNSURE)) {
        problems.add(Problem.error(a.at(), "missing", q.what() + ": answer `" + value + "` is missing"));
      }
    }
    return answers;
  }

  private List<Answer> options(Fields q) {
    List<Answer> answers = new ArrayList<>();
    List<Node> items = q.list("options", true);
    for (Node item : items) {
      Fields.of(file, q.what() + ": " + Fields.name("option", item, "value"), item, OPTION_KEYS, problems).ifPresent(o -> {
        Optional<String> value = o.id("value");
        Optional<Text> label = o.text("text", language, true);
        Route route = route(o);
        if (value.isPresent() && label.isPresent()) {
          answers.add(new Answer(value.get(), label.get(), route, o.at()));
        }
      });
    }
    if (q.has("options") && items.size() < 2) {
      problems.add(Problem.error(q.at("options"), "missing", q.what() + ": a choice needs at least two options"));
    }
    return answers;
  }

  private List<NumberQuestion.Range> ranges(Fields q) {
    List<NumberQuestion.Range> ranges = new ArrayList<>();
    for (Node item : q.list("ranges", true)) {
      Fields.of(file, q.what() + ": a range", item, RANGE_KEYS, problems).ifPresent(r -> {
        Optional<Long> min = r.whole("min");
        Optional<Long> max = r.whole("max");
        if (!r.has("min")) {
          r.missing("min");
        }
        if (!r.has("max")) {
          r.missing("max");
        }
        Route route = route(r);
        if (min.isPresent() && max.isPresent()) {
          String value = NumberQuestion.Range.value(min.get(), max.get());
          ranges.add(new NumberQuestion.Range(min.get(), max.get(),
              new Answer(value, Text.of(language, value), route, r.at())));
        }
      });
    }
    return ranges;
  }

  /** A number question's {@code unsure:} route, if it has one. */
  private Optional<Answer> unsure(Fields q) {
    return q.node("unsure").flatMap(node ->
        Fields.of(file, q.what() + ": `unsure`", node, ROUTE_KEYS, problems)
            .map(r -> new Answer(YesNoQuestion.UNSURE, Text.of(language, YesNoQuestion.UNSURE), route(r),
                q.keyAt("unsure"))));
  }

  private Route route(Fields r) {
    String next = r.id("next").orElse("");
    return new Route(next, r.level("raise"), r.strings("advice"), r.has("next") ? r.at("next") : r.at());
  }
}
