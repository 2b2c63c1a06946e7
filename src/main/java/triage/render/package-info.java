/**
 * Words for people and programs: questions, verdicts, JSON, CSV, graphs.
 *
 * <p><b>Internal:</b> this package may change in any release without notice. Programs that embed
 * triage use {@link triage.api}, its one public API.
 */
package triage.render;
