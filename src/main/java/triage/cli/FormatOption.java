package triage.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --format}, declared once for every command that has it. Each command makes its own with
 * the formats it writes, the first being the default ({@code @Mixin FormatOption format = new
 * FormatOption(Format.text, Format.json)}); its help, completion and the check of what is typed
 * all come from that list.
 */
public final class FormatOption {

  /** Every output format a command may offer. */
  public enum Format {
    text,
    json,
    csv,
    mermaid,
    dot;

    /** The format as typed on the command line. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<Format> allowed;
  private Format chosen;
  private CommandSpec command;

  public FormatOption(Format... allowed) {
    this.allowed = List.of(allowed);
    this.chosen = allowed[0];
  }

  /** Gives the option, once the command has it, its own formats for help, completion and the default. */
  @Spec(Spec.Target.MIXEE)
  void command(CommandSpec spec) {
    this.command = spec;
    OptionSpec option = spec.findOption("--format");
    if (option != null) {
      spec.remove(option);
      spec.addOption(OptionSpec.builder(option)
          .completionCandidates(allowed.stream().map(Format::word).toList())
          .defaultValue(chosen.word())
          .build());
    }
  }

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "How to write the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  void choose(String word) {
    for (Format format : allowed) {
      if (format.word().equals(word)) {
        chosen = format;
        return;
      }
    }
    // With the option and the value, so that the edge can say it in a person's language.
    throw new ParameterException(command.commandLine(), "--format takes "
        + String.join(", ", allowed.stream().map(Format::word).toList()) + ", not `" + word + "`",
        command.findOption("--format"), word);
  }

  public Format chosen() {
    return chosen;
  }

  public boolean is(Format format) {
    return chosen == format;
  }
}
