package triage.model;

/** Which questionnaire ran: the file as given (or {@code built-in}) and the sha256 of its bytes. */
public record Origin(String source, String sha256) {

  public static final String BUILT_IN = "built-in";
}
