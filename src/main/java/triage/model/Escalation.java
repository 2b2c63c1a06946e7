package triage.model;

/**
 * The outcome a verdict uses when answers on the way raised the level above the outcome the walk
 * reached, so that the words always fit the level.
 */
public record Escalation(Level level, String outcome, Location at) {}
