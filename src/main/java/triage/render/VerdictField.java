package triage.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A field of a verdict as JSON writes it, in the order a full verdict has them; batch can choose which. */
public enum VerdictField {
  LEVEL(false),
  OUTCOME(false),
  TITLE(true),
  ADVICE(false),
  REASONS(false),
  PATH(false),
  UNUSED(false),
  ASSUMED_UNSURE(false),
  NOT_A_DIAGNOSIS(true),
  SEEK_HELP_IF(true),
  EMERGENCY_NUMBER(false),
  LANGUAGE(false),
  QUESTIONNAIRE(false);

  /** Every field, in order: a verdict as {@code run --format json} writes it. */
  public static final List<VerdictField> ALL = List.of(values());

  /** The fields {@code --compact} writes unless others are chosen: all but the texts. */
  public static final List<VerdictField> COMPACT = Arrays.stream(values()).filter(f -> !f.text).toList();

  private final boolean text;
  private final String word;

  VerdictField(boolean text) {
    this.text = text;
    this.word = name().toLowerCase(Locale.ROOT);
  }

  /** The field's name in JSON, and as {@code --fields} takes it. */
  public String word() {
    return word;
  }

  /** Whether it is words for people (a title, a notice), which {@code --compact} leaves out. */
  public boolean isText() {
    return text;
  }

  public static Optional<VerdictField> named(String word) {
    return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
  }
}
