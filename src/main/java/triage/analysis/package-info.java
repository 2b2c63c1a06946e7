/**
 * What follows from walks: path counts and lists, the verdict diff, scenarios.
 *
 * <p><b>Internal:</b> this package may change in any release without notice. Programs that embed
 * triage use {@link triage.api}, its one public API.
 */
package triage.analysis;
