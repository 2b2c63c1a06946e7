package triage.render;

import java.util.List;
import java.util.stream.Collectors;
import triage.model.Advice;
import triage.model.Origin;
import triage.walk.Reason;
import triage.walk.Step;
import triage.walk.Verdict;

/**
 * A verdict as cells of a CSV row, one per chosen field: ids and values, lists joined by spaces
 * (advice ids; the path as {@code question=answer}; reasons as {@code question=answer:level}), and
 * words for people only in the fields that are words ({@code title}, the notices).
 */
public final class VerdictCsv {

  private final Wording wording;
  private final Origin origin;
  private final List<VerdictField> fields;

  public VerdictCsv(Wording wording, Origin origin, List<VerdictField> fields) {
    this.wording = wording;
    this.origin = origin;
    this.fields = List.copyOf(fields);
  }

  /** The column names, one per field. */
  public List<String> header() {
    return fields.stream().map(VerdictField::word).toList();
  }

  /** The cells of one verdict, in the order of {@link #header()}, added to {@code row}. */
  public void cells(List<Object> row, Verdict verdict, List<String> unused, List<String> assumedUnsure) {
    for (VerdictField field : fields) {
      row.add(switch (field) {
        case LEVEL -> verdict.level().word();
        case OUTCOME -> verdict.outcome().id();
        case TITLE -> wording.of(verdict.outcome().title());
        case ADVICE -> verdict.advice().stream().map(Advice::id).collect(Collectors.joining(" "));
        case REASONS -> verdict.reasons().stream().map(VerdictCsv::reason).collect(Collectors.joining(" "));
        case PATH -> verdict.path().stream().map(Step::shown).collect(Collectors.joining(" "));
        case UNUSED -> String.join(" ", unused);
        case ASSUMED_UNSURE -> String.join(" ", assumedUnsure);
        case NOT_A_DIAGNOSIS -> wording.of(wording.questionnaire().notices().notADiagnosis());
        case SEEK_HELP_IF -> wording.questionnaire().notices().seekHelpIf(verdict.level()).map(wording::of).orElse("");
        case EMERGENCY_NUMBER -> wording.emergencyNumber().orElse("");
        case LANGUAGE -> wording.language();
        case QUESTIONNAIRE -> wording.questionnaire().id() + " " + wording.questionnaire().version() + " "
            + origin.sha256();
        default -> throw new IllegalStateException("a verdict field with no cell: " + field);
      });
    }
  }

  private static String reason(Reason reason) {
    return reason.step().shown() + ":" + reason.level().word();
  }
}
