/**
 * The questionnaire as written: questions, answers, routes, outcomes, advice, levels; the route graph.
 *
 * <p><b>Internal:</b> this package may change in any release without notice. Programs that embed
 * triage use {@link triage.api}, its one public API.
 */
package triage.model;
