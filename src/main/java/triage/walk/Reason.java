package triage.walk;

import triage.model.Level;

/** An answer that led to the verdict's level: it raised the level, or it ended the walk above self-care. */
public record Reason(Step step, Level level) {}
