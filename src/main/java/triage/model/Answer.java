package triage.model;

/**
 * One accepted answer to a question, with its route: {@code yes}, {@code no} or {@code unsure}; an
 * option's value; or, for a number, one range written {@code min-max}.
 */
public record Answer(String value, Text label, Route route, Location at) {}
