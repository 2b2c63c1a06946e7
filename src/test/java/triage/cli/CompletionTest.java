package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import triage.Cli;

/** The completion script, run by bash as if TAB were pressed: what each option offers. */
class CompletionTest {

  @TempDir
  Path dir;

  @Test
  void answerOffersQuestionIdsAnswersFileNamesAndLangLanguages() throws Exception {
    Cli.Result script = Cli.run("", "completion");
    assertEquals(0, script.exit(), script.err());
    Files.writeString(dir.resolve("triage.bash"), script.out());
    // Stands in for triage itself when --questions is on the line: says what it was asked, gives two ids.
    Path fake = Files.writeString(dir.resolve("fake-triage"),
        "#!/bin/sh\necho \"$@\" > " + dir.resolve("asked") + "\nprintf 'chest\\nnumb\\n'\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    Files.createDirectory(dir.resolve("answers"));
    Files.writeString(dir.resolve("answers/visit-1.json"), "{}");
    Files.writeString(dir.resolve("tab.sh"), "source " + dir.resolve("triage.bash") + "\n"
        + "tab() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _complete_triage 2>/dev/null;"
        + " printf '%s ' \"${COMPREPLY[@]}\"; echo; }\n"
        + "tab triage --answer num\n"
        + "tab triage run --answer ch\n"
        + "tab " + fake + " --questions mine.yaml --answer ''\n"
        + "tab triage --lang ''\n"
        + "tab triage batch --lang e\n"
        + "tab triage --answers " + dir.resolve("answers/vis") + "\n");
    Process bash = new ProcessBuilder("bash", dir.resolve("tab.sh").toString()).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, bash.waitFor(), out);
    assertEquals("numbness= \n"
        + "chest_pain= chemo_fever= \n"
        + "chest= numb= \n"
        + "en es \n"
        + "en es \n"
        + dir.resolve("answers/visit-1.json") + " \n", out);
    assertEquals("completion --question-ids --questions mine.yaml\n", Files.readString(dir.resolve("asked")));
  }

  @Test
  void questionIdsAreListedOneALine() throws Exception {
    Path small = triage.Trees.writeSmall(dir);
    Cli.Result result = Cli.run("", "completion", "--question-ids", "--questions", small.toString());
    assertEquals("chest\nnumb\npops\nsitting\n", result.out());
    assertEquals(0, result.exit());
  }
}
