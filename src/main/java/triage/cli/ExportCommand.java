package triage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import triage.fhir.CodeSystems;
import triage.fhir.QuestionnaireExport;
import triage.fhir.Resources;
import triage.model.Questionnaire;

/** {@code triage export --format fhir-r4 [FILE]}: the questionnaire for form tools, as a FHIR R4 Questionnaire. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
    header = "Write the questionnaire as a FHIR R4 Questionnaire, for form tools.",
    description = "Write a questionnaire (FILE, else --questions, else the built-in one) as an HL7 FHIR R4 "
        + "Questionnaire (JSON) that shows exactly the questions triage would ask, and the level it reaches. "
        + "Exit 78 when the questionnaire has errors.")
public final class ExportCommand implements Callable<Integer> {

  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The questionnaire to export.")
  Path file;

  @Mixin
  QuestionnaireOption questionnaire;

  @Mixin
  EmergencyNumberOption emergencyNumber;

  @Mixin
  FormatOption format = new FormatOption(FormatOption.Format.fhir_r4);

  @Option(names = "--code-systems",
      description = "Write the code systems the questionnaire's codings come from (a FHIR Bundle) instead.")
  boolean codeSystems;

  public ExportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Failure {
    QuestionnaireOption.Source source = file != null ? QuestionnaireOption.read(file) : questionnaire.source(io);
    Questionnaire model = source.loadValid().ready();
    Optional<String> number = emergencyNumber.choose(model, io, new LanguageOption());
    try {
      Resources.writePretty(io.out(),
          codeSystems ? CodeSystems.bundle(model) : new QuestionnaireExport(model, number).questionnaire());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    io.out().println();
    return ExitCode.OK;
  }
}
