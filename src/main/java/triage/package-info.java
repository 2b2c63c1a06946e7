/**
 * The edge: {@code Main}, where failures become messages and exit codes, and the build's start-up training.
 *
 * <p><b>Internal:</b> this package may change in any release without notice. Programs that embed
 * triage use {@link triage.api}, its one public API.
 */
package triage;
