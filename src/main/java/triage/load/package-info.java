/**
 * YAML bytes to the model, safely, with every problem at its {@code FILE:LINE:COL}; the snapshot.
 *
 * <p><b>Internal:</b> this package may change in any release without notice. Programs that embed
 * triage use {@link triage.api}, its one public API.
 */
package triage.load;
