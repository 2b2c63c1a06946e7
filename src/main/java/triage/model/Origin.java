package triage.model;

/** Which questionnaire ran: the file as given (or {@code built-in}) and the sha256 of its bytes. */
public record Origin(String source, String sha256) {

  public static final String BUILT_IN = "built-in";

  /** Where the build puts the built-in questionnaire on the class path (pom.xml): the repo's questions.yaml. */
  public static final String BUILT_IN_RESOURCE = "/triage/questions.yaml";
}
