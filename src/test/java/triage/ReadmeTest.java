package triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import triage.check.Validator;
import triage.load.QuestionnaireLoader;
import triage.model.Problem;

/** What the README shows a clinician works as shown. */
class ReadmeTest {

  private static String section(String heading) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("\n" + heading + "\n");
    return readme.substring(start);
  }

  @Test
  void theFormatExampleIsAValidQuestionnaire() throws IOException {
    Matcher example = Pattern.compile("```yaml\n(id: .*?)```", Pattern.DOTALL)
        .matcher(section("## The questionnaire format"));
    example.find();
    List<String> problems = Validator.validate(QuestionnaireLoader.load("README.md", example.group(1))).stream()
        .map(Problem::format).toList();
    assertEquals(List.of(), problems);
  }
}
