package triage.cli;

import java.util.List;

/**
 * What {@code --help} shows of a command besides picocli's own sections: examples first, whom the
 * command is for, and, for a run, the words that work at a question. Commands give theirs through
 * {@link Guided}, which is only asked when help is printed, so an ordinary run never builds one.
 *
 * @param audience whom the command's options are for, unless {@link HelpSections} knows better
 * @param examples each a command line, optionally followed by {@code " # "} and what it does
 * @param answering whether the command asks questions, so that help lists {@code ?}, {@code back}
 *     and {@code quit}
 */
record HelpGuide(Audience audience, List<String> examples, boolean answering) {

  /** Whom an option is for; help lists options under these headings, in this order. */
  enum Audience {
    PEOPLE("For people answering"),
    SCRIPTS("For scripts"),
    CLINICIANS("For clinicians"),
    OTHER("Other");

    private final String heading;

    Audience(String heading) {
      this.heading = heading;
    }

    String heading() {
      return heading;
    }
  }

  HelpGuide {
    examples = List.copyOf(examples);
  }

  /** A command's guide. */
  static HelpGuide of(Audience audience, String... examples) {
    return new HelpGuide(audience, List.of(examples), false);
  }

  /** A guide for a command that asks questions. */
  static HelpGuide asking(String... examples) {
    return new HelpGuide(Audience.PEOPLE, List.of(examples), true);
  }

  /** A command that has a guide for its help. */
  interface Guided {
    HelpGuide guide();
  }
}
