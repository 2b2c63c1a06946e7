package triage.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import triage.cli.HelpGuide.Audience;
import triage.render.Messages;

/**
 * {@code --help} laid out for people: the usage line, examples, what the command does, the words
 * that work at a question, then the options under a heading for each audience (people, scripts,
 * clinicians), the commands and the exit codes. Installed by {@link triage.Main} only when a
 * command line asks for help, so an ordinary run pays nothing for it.
 */
public final class HelpSections {

  /** The width no line of help passes: a terminal's least. */
  private static final int WIDTH = 80;
  /** Where examples start their "what it does" column, when it fits. */
  private static final int COMMENT_COLUMN = 40;

  private static final String EXAMPLES = "examples";
  private static final String ANSWERING = "answering";
  private static final String OPTIONS = "options";

  /**
   * Options that are for someone other than the command's own audience, by any of their names.
   * Every other option is for the command's audience, and help, version and --debug are "Other".
   */
  private static final Map<String, Audience> NOT_THE_COMMANDS_OWN = Map.of(
      "--answer", Audience.SCRIPTS,
      "--answers", Audience.SCRIPTS,
      "--no-input", Audience.SCRIPTS,
      "--format", Audience.SCRIPTS,
      "--exit-by-level", Audience.SCRIPTS,
      "--quiet", Audience.SCRIPTS,
      "--questions", Audience.CLINICIANS,
      "--record", Audience.CLINICIANS,
      "--debug", Audience.OTHER);

  private HelpSections() {}

  /** Lays out the help of this command and of every command under it. */
  public static void install(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    spec.usageMessage().abbreviateSynopsis(true);
    spec.usageMessage().width(WIDTH);
    spec.usageMessage().commandListHeading("%nCommands:%n");
    spec.usageMessage().parameterListHeading("%nArguments:%n");
    Map<String, CommandLine.IHelpSectionRenderer> sections = command.getHelpSectionMap();
    sections.put(EXAMPLES, help -> examples(guide(help.commandSpec())));
    sections.put(ANSWERING, help -> guide(help.commandSpec()).answering() ? answering() : "");
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING,
        help -> help.commandSpec().usageMessage().description().length == 0 ? "" : String.format("%n"));
    sections.put(OPTIONS, HelpSections::options);
    command.setHelpSectionMap(sections);
    command.setHelpSectionKeys(List.of(
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
        EXAMPLES,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
        ANSWERING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
        OPTIONS,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER));
    command.getSubcommands().values().forEach(HelpSections::install);
  }

  private static HelpGuide guide(CommandSpec spec) {
    return HelpGuide.of(spec.qualifiedName());
  }

  /**
   * Each example on one line, what it does beside it (in one column where it fits the width), or
   * under it when the command is long.
   */
  static String examples(HelpGuide guide) {
    if (guide.examples().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(String.format("%nExamples:%n"));
    for (String example : guide.examples()) {
      int comment = example.indexOf(" # ");
      String command = "  " + (comment < 0 ? example : example.substring(0, comment).strip());
      text.append(command);
      if (comment >= 0) {
        String what = example.substring(comment + 3).strip();
        int column = Math.min(COMMENT_COLUMN, Math.max(4, WIDTH - 2 - what.length()));
        boolean beside = command.length() < column - 1;
        text.append(beside ? " ".repeat(column - command.length()) : String.format("%n") + " ".repeat(column))
            .append("# ").append(what);
      }
      text.append(String.format("%n"));
    }
    return text.toString();
  }

  /** What can be typed at a question besides an answer, with the words of the other languages. */
  private static String answering() {
    Messages spanish = Messages.of("es");
    return String.format("%nAt a question (in a terminal):%n"
        + "  ?, help  what the question means%n"
        + "  back     go back to the question before, to change its answer%n"
        + "  quit     stop without a result (exit 3)%n"
        + "  Tab      complete an answer%n"
        + "  In Spanish (--lang es) also: %s, %s, %s.%n",
        first(spanish.get("command.help")), first(spanish.get("command.back")), first(spanish.get("command.quit")));
  }

  private static String first(String words) {
    return words.split(",")[0];
  }

  /** The options under a heading for each audience, each group in picocli's own layout and order. */
  private static String options(Help help) {
    Audience own = guide(help.commandSpec()).audience();
    Map<Audience, List<OptionSpec>> groups = new EnumMap<>(Audience.class);
    for (OptionSpec option : help.commandSpec().options()) {
      if (!option.hidden()) {
        groups.computeIfAbsent(audience(option, own), audience -> new ArrayList<>()).add(option);
      }
    }
    StringBuilder text = new StringBuilder();
    groups.forEach((audience, options) -> text.append(help.createHeading("%n" + audience.heading() + ":%n"))
        .append(help.optionListExcludingGroups(options)));
    return text.toString();
  }

  private static Audience audience(OptionSpec option, Audience own) {
    if (option.usageHelp() || option.versionHelp()) {
      return Audience.OTHER;
    }
    return Arrays.stream(option.names()).map(NOT_THE_COMMANDS_OWN::get).filter(a -> a != null).findFirst()
        .orElse(own);
  }
}
