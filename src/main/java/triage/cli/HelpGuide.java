package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What {@code --help} shows of a command besides picocli's own sections: examples first, whom the
 * command is for, and, for a run, the words that work at a question. Written as data in
 * {@code help.properties} and read only when help is printed, so an ordinary run never pays for it.
 *
 * @param audience whom the command's options are for, unless {@link HelpSections} knows better
 * @param examples each a command line, optionally followed by {@code " # "} and what it does
 * @param answering whether the command asks questions, so that help lists {@code ?}, {@code back}
 *     and {@code quit}
 */
record HelpGuide(Audience audience, List<String> examples, boolean answering) {

  private static final String RESOURCE = "/triage/help.properties";

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

  /** The guide of a command, by its name as typed ({@code triage run}); an empty one if it has none. */
  static HelpGuide of(String command) {
    Properties guides = new Properties();
    try (InputStream in = HelpGuide.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build's " + RESOURCE + " is missing");
      }
      guides.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String key = command.replace(' ', '.');
    String examples = guides.getProperty(key + ".examples", "").strip();
    return new HelpGuide(
        Audience.valueOf(guides.getProperty(key + ".audience", "other").toUpperCase(Locale.ROOT)),
        examples.isEmpty() ? List.of() : examples.lines().map(String::strip).toList(),
        Boolean.parseBoolean(guides.getProperty(key + ".answering")));
  }
}
