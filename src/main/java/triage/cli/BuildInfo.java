package triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import triage.load.Loaded;
import triage.model.Questionnaire;

/** {@code --version}: the build, and the id and version of the built-in questionnaire. */
public final class BuildInfo implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties build = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/triage/build.properties")) {
      if (in != null) {
        build.load(in);
      }
    }
    Loaded builtIn = QuestionnaireOption.builtIn().load();
    String questionnaire = builtIn.questionnaire()
        .map(Questionnaire::id)
        .map(id -> id + " " + builtIn.questionnaire().get().version())
        .orElse("(invalid)");
    return new String[] {
        "triage " + build.getProperty("version", "(development build)"),
        "built-in questionnaire: " + questionnaire + " (sha256 " + builtIn.origin().sha256() + ")",
        "Java " + System.getProperty("java.version")};
  }
}
