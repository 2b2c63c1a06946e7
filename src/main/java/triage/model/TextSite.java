package triage.model;

/** A text shown to people, what it belongs to (for messages), and where it stands in the file. */
public record TextSite(String what, Text text, Location at) {}
