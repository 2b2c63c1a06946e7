package triage.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import triage.model.Question;
import triage.model.Questionnaire;

/**
 * {@code triage completion}: a bash/zsh completion script, from picocli's generator, taught what
 * it cannot know from the options' types: {@code --answer} offers the question ids (of the
 * questionnaire named by {@code --questions} on the line being completed, else of this one), and
 * {@code --lang} the questionnaire's languages.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Print a completion script for bash and zsh.",
    description = "Print a completion script for bash and zsh (see the examples to load it). --answer completes "
        + "the question ids of --questions (on the line being completed, else given here, else the built-in).")
public final class CompletionCommand implements Callable<Integer> {

  /** What picocli writes for an option whose values it cannot list: nothing is offered. */
  private static final String NOTHING = "')\n      return\n      ;;\n";

  private final Io io;

  @Spec
  CommandSpec spec;

  @Mixin
  QuestionnaireOption questionnaire;

  @Option(names = "--question-ids", hidden = true,
      description = "Print the question ids, one a line (what the script asks for when --questions is on the line).")
  boolean questionIds;

  public CompletionCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    Questionnaire loaded = questionnaire.load(io).ready();
    List<String> ids = loaded.questions().stream().map(Question::id).toList();
    if (questionIds) {
      ids.forEach(io.out()::println);
      return ExitCode.OK;
    }
    String script = AutoComplete.bash("triage", spec.root().commandLine())
        .replace("'--answer" + NOTHING, "'--answer')\n" + answerIds(ids))
        .replace("'--lang" + NOTHING, "'--lang')\n"
            + "      COMPREPLY=( $(compgen -W \"" + String.join(" ", loaded.languages()) + "\" -- \"${curr_word}\") )\n"
            + "      return $?\n      ;;\n");
    io.out().print(script);
    return ExitCode.OK;
  }

  /**
   * The case for {@code --answer}: each id followed by {@code =}; with {@code --questions FILE}
   * earlier on the line, that file's ids, asked of the same program.
   */
  private static String answerIds(List<String> ids) {
    return "      local ids=\"" + String.join(" ", ids) + "\" i\n"
        + "      for ((i = 1; i < COMP_CWORD - 1; i++)); do\n"
        + "        if [[ ${COMP_WORDS[i]} == --questions ]]; then\n"
        + "          ids=$(\"${COMP_WORDS[0]}\" completion --question-ids --questions \"${COMP_WORDS[i+1]}\""
        + " 2>/dev/null | tr '\\n' ' ')\n"
        + "        fi\n"
        + "      done\n"
        + "      type compopt &>/dev/null && compopt -o nospace\n"
        + "      COMPREPLY=( $(compgen -S = -W \"${ids}\" -- \"${curr_word}\") )\n"
        + "      return $?\n"
        + "      ;;\n";
  }
}
