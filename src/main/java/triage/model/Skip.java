package triage.model;

/**
 * When a question is not asked: once the level raised so far is {@code when} or higher, a walk that
 * reaches the question goes on to {@code next} without asking it (a question that could only
 * choose advice the verdict will no longer give).
 */
public record Skip(Level when, String next, Location at) {}
