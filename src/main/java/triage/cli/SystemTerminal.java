package triage.cli;

import java.io.IOException;
import java.util.Map;
import org.jline.nativ.CLibrary;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The real terminal. Built only for interactive sessions: JLine probes the terminal when it starts.
 * A class rather than a method reference, so that merely naming it loads no JLine class.
 */
final class SystemTerminal implements Io.Terminals {

  private final Map<String, String> env;

  SystemTerminal(Map<String, String> env) {
    this.env = env;
  }

  /**
   * The width of the terminal on standard output, from the kernel through JLine's native library
   * (a few milliseconds, against a hundred or more to open the terminal): the first question is
   * laid out for the real width, not a guess.
   */
  @Override
  public int columns() {
    NativeLibrary.prepare(env);
    try {
      return CLibrary.isatty(1) == 1 ? Math.max(0, (int) CLibrary.getTerminalWidth(1)) : 0;
    } catch (RuntimeException | LinkageError e) {
      return 0; // no native library here: the width is guessed until the terminal is open
    }
  }

  @Override
  public Terminal open(boolean plain) throws IOException {
    NativeLibrary.prepare(env);
    String type = plain ? "dumb" : env.get("TERM");
    if (type != null && InfoCmp.getDefaultInfoCmp(type) != null) {
      // A terminal JLine knows by heart (xterm, screen, rxvt, ...) is described from its own copy
      // rather than by running `infocmp`, which costs a process start before the first question.
      InfoCmp.setLoadedInfoCmp(type, InfoCmp.getDefaultInfoCmp(type));
    }
    TerminalBuilder builder = TerminalBuilder.builder()
        .system(true)
        .name("triage")
        .nativeSignals(true)
        .graphemeCluster(false) // no probing the terminal with emoji: every answer is plain text
        .exec(false) // the native provider does it all, without starting processes to look
        .dumb(true); // fall back to a plain terminal quietly rather than warn
    if (plain) {
      builder.type("dumb"); // no cursor movement for screen readers
    }
    return builder.build();
  }
}
