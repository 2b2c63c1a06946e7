/**
 * Plain text helpers: did-you-mean, wrapping by display width, sha256.
 *
 * <p><b>Internal:</b> this package may change in any release without notice. Programs that embed
 * triage use {@link triage.api}, its one public API.
 */
package triage.text;
