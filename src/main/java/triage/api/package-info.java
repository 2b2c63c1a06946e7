/**
 * The walker as a library: the one public, supported API of triage. Everything outside this
 * package is internal and may change in any release.
 *
 * <p>Load a {@link triage.api.Questionnaire} once (the built-in one, a file or a string), then
 * triage as many answer sets as you like, from as many threads as you like:
 *
 * <pre>{@code
 * Questionnaire questionnaire = Questionnaire.builtIn();
 * Verdict verdict = questionnaire.triage(Map.of("chest_pain", false, "numbness", "yes"));
 * verdict.level();   // Level.URGENT
 * verdict.toJson();  // the line `triage batch` writes for these answers
 * }</pre>
 *
 * <p>A {@link triage.api.Triager} fixes the language, the emergency number and what a question
 * left unanswered means ({@link triage.api.Options}). Every type here is immutable, loading is
 * the only step that reads anything, and no class of the terminal (JLine) or of the command line
 * (picocli) is loaded on the way.
 */
package triage.api;
