package triage.check;

import java.util.ArrayList;
import java.util.List;

/** An example path in a message: "a=no -> b=yes -> outcome", shortened in the middle when long. */
final class Example {

  private static final int SHOWN = 12;

  private Example() {}

  static String of(List<String> steps, String end) {
    List<String> shown = steps;
    if (steps.size() > SHOWN) {
      shown = new ArrayList<>(steps.subList(0, SHOWN / 2));
      shown.add("... (" + (steps.size() - SHOWN) + " more)");
      shown.addAll(steps.subList(steps.size() - SHOWN / 2, steps.size()));
    }
    return String.join(" -> ", shown) + " -> " + end;
  }
}
