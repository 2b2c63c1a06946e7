package triage.model;

/** A document that questions and advice may cite in {@code source}: an article file or a guidance document. */
public record Source(String id, String description, Location at) {}
