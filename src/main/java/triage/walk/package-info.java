/**
 * The one step rule ({@code StepRule}), the walker, and answers by question id.
 *
 * <p><b>Internal:</b> this package may change in any release without notice. Programs that embed
 * triage use {@link triage.api}, its one public API.
 */
package triage.walk;
