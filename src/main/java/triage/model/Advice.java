package triage.model;

import java.util.List;

/** One piece of advice, written once and named by outcomes and answers that add it. */
public record Advice(String id, Text text, List<String> sources, Location at) {

  public Advice {
    sources = List.copyOf(sources);
  }
}
