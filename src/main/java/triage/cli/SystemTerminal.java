package triage.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The real terminal. Built only for interactive sessions: JLine probes the terminal when it starts.
 * A class rather than a method reference, so that merely naming it loads no JLine class.
 */
final class SystemTerminal implements Io.Terminals {

  @Override
  public Terminal open(boolean plain) throws IOException {
    TerminalBuilder builder = TerminalBuilder.builder()
        .system(true)
        .name("triage")
        .nativeSignals(true)
        .dumb(true); // fall back to a plain terminal quietly rather than warn
    if (plain) {
      builder.type("dumb"); // no cursor movement for screen readers
    }
    return builder.build();
  }
}
