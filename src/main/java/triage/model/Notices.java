package triage.model;

import java.util.Optional;

/**
 * The fixed words every verdict carries: that it is not a diagnosis, when to seek help after all
 * (shown with self-care), and what to call the emergency number when the file names none.
 */
public record Notices(Text notADiagnosis, Text seekHelpIf, Optional<Text> emergencyNumberUnknown, Location at) {}
