package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.Cli;
import triage.model.Question;

/**
 * The built-in questionnaire in English and Spanish: words, answers, fallback, and every message a
 * run gives a person, errors included, in their language and naming questions by their words.
 */
class LanguagesTest {

  @Test
  void spanishFromAPipeTakesSpanishAndEnglishWords() throws Exception {
    Cli.Result result = Cli.run("no\nsí\n", "--lang", "es", "-q", "--verbose");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains("!! EMERGENCIA: Llame ahora al 112 !!"), result.out());
    assertTrue(result.out().contains("  - ¿Este dolor empezó de golpe y muy fuerte, como el peor dolor que ha tenido\n"),
        result.out());
    assertTrue(result.out().contains("Respondió: sí."), result.out());
    assertTrue(result.out().contains("Llame ahora al 112. Si no puede, pida a alguien"), result.out());
    assertTrue(result.out().contains("Cuestionario upper-back-pop versión 2.1.0 (integrado)"), result.out());
    Cli.Result english = Cli.run("no\nyes\n", "--lang", "es", "-q");
    assertTrue(english.out().contains(" EMERGENCIA: "), "yes/no/unsure work in every language");
    Cli.Result unsure = Cli.run("no sé\n", "--lang", "es", "-q");
    assertEquals(3, unsure.exit(), "no sé was read as unsure, and the walk went on");
  }

  @Test
  void spanishPromptsOnStderr() throws Exception {
    Cli.Result result = Cli.run("no\n", "--lang", "es");
    assertTrue(result.err().startsWith("Si ahora mismo tiene dolor en el pecho, le cuesta respirar,"), result.err());
    assertTrue(result.err().contains("Pregunta 1 · quedan hasta 33 más\nAhora o en los últimos 2 días, ¿ha tenido dolor,"
        + " presión u opresión en el pecho"), result.err());
    assertTrue(result.err().contains("  sí / no / no sé\n"), result.err());
  }

  @Test
  void theLanguageComesFromTheEnvironmentAndFallsBackWithOneLine() throws Exception {
    Cli.Result fromLang = Cli.run(Map.of("LANG", "es_ES.UTF-8"), "sí\n", "-q");
    assertTrue(fromLang.out().contains(" EMERGENCIA: "), fromLang.out());
    Cli.Result french = Cli.run("yes\n", "--lang", "fr", "-q");
    assertEquals(0, french.exit());
    assertEquals("triage: this questionnaire has no `fr` texts; using `en`\n", french.err());
    assertTrue(french.out().contains(" EMERGENCY: "), french.out());
    Cli.Result posix = Cli.run(Map.of("LANG", "C.UTF-8"), "yes\n", "-q");
    assertEquals("", posix.err(), "C names no language: no warning");
  }

  @Test
  void aLanguageMayBeNamedAsALocaleNamesIt() {
    Cli.Result fromLang = Cli.run(Map.of("LANG", "es_MX.UTF-8"), "sí\n", "-q");
    assertTrue(fromLang.out().contains("!! EMERGENCIA: Llame ahora al 911 !!"), fromLang.out());
    for (String given : new String[] {"es-ES", "es_MX", "es-MX", "ES", "es_419", "es-419", "es_MX.UTF-8"}) {
      Cli.Result result = Cli.run("sí\n", "--lang", given, "-q");
      assertEquals(0, result.exit(), given + ": " + result.err());
      assertEquals("", result.err(), given);
      assertTrue(result.out().contains("!! EMERGENCIA: "), given + ": " + result.out());
    }
    assertEquals(fromLang.out(), Cli.run("sí\n", "--lang", "es_MX", "-q").out(), "es_MX as LANG=es_MX.UTF-8");
    assertEquals(fromLang.out(), Cli.run("sí\n", "--lang", "es-MX", "-q").out(), "es-MX as LANG=es_MX.UTF-8");
    assertTrue(Cli.run("sí\n", "--lang", "es-ES", "-q").out().contains("Llame ahora al 112"));
    assertTrue(Cli.run(Map.of("LANG", "en_GB.UTF-8"), "sí\n", "--lang", "es-MX", "--region", "GB", "-q").out()
        .contains("Llame ahora al 999"), "--region says where the person is, whatever --lang says");
  }

  @Test
  void anUnknownLanguageNamedAsALocaleFallsBackWithTheSameLine() {
    Cli.Result result = Cli.run("yes\n", "--lang", "fr-CA", "-q");
    assertEquals(0, result.exit());
    assertEquals("triage: this questionnaire has no `fr` texts; using `en`\n", result.err());
    assertTrue(result.out().contains("!! EMERGENCY: "), result.out());
  }

  @Test
  void jsonSaysTheLanguage() throws Exception {
    Cli.Result result = Cli.run("", "--lang", "es", "--format", "json", "--answer", "chest_pain=sí");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains("\"title\":\"Llame ahora al 112\""), result.out());
    assertTrue(result.out().contains("\"language\":\"es\""), result.out());
  }

  @Test
  void anAnswerNotAcceptedFromAPipeIsSaidInSpanish() {
    Cli.Result result = Cli.run("no\nquizás\n", "--lang", "es", "-q");
    assertEquals(65, result.exit());
    assertEquals("triage: línea 2: `quizás` no es una respuesta a «¿Este dolor empezó de golpe y muy fuerte, como el"
        + " peor dolor…»; responda sí, no o no sé.\n", result.err());
  }

  @Test
  void inputThatEndsEarlyIsSaidInSpanish() {
    Cli.Result result = Cli.run(Map.of("LANG", "es_ES.UTF-8"), "no\n", "-q");
    assertEquals(3, result.exit());
    assertEquals("triage: La entrada terminó antes de responder a la pregunta «¿Este dolor empezó de golpe y muy fuerte,"
        + " como el peor dolor…», así que no hay resultado.\n", result.err());
  }

  @Test
  void aMissingAnswerIsSaidInSpanishWithTheIdToGiveItBy() {
    Cli.Result result = Cli.run("", "--lang", "es-MX", "--no-input", "--answer", "chest_pain=no");
    assertEquals(3, result.exit());
    assertEquals("triage: La pregunta «¿Este dolor empezó de golpe y muy fuerte, como el peor dolor…» no tiene"
        + " respuesta, así que no hay resultado; respóndala con --answer sudden_severe=VALOR\n", result.err());
  }

  @Test
  void answersByIdFilesAndOptionsAreRefusedInSpanish() {
    assertEquals("triage: `quizás` no es una respuesta a «Ahora o en los últimos 2 días, ¿ha tenido dolor, presión u…»;"
        + " responda sí, no o no sé.\n", Cli.run("", "--lang", "es", "--answer", "chest_pain=quizás").err());
    assertEquals("triage: `lots` no es una respuesta a «Más o menos, ¿cuántas veces al día hace crujir la espalda?»;"
        + " responda un número entero de 0 a 1000, o no sé.\n",
        Cli.run("", "--lang", "es", "--answer", "pops_per_day=lots").err());
    assertEquals("triage: no hay ninguna pregunta `numbnes`; ¿quería decir `numbness`?\n",
        Cli.run("", "--lang", "es", "--answer", "numbnes=sí").err());
    assertEquals("triage: --answer necesita ID=VALOR, por ejemplo --answer numbness=no; no `numbness`\n",
        Cli.run("", "--lang", "es", "--answer", "numbness").err());
    assertEquals("triage: no se puede leer /no/such/file.yaml: el archivo no existe\n",
        Cli.run("", "--lang", "es", "--questions", "/no/such/file.yaml").err());
    Cli.Result option = Cli.run(Map.of("LANG", "es_ES.UTF-8"), "", "--frobnicate");
    assertEquals(ExitCode.USAGE, option.exit());
    assertEquals("triage: Opción desconocida: `--frobnicate`; consulte `triage --help`\n", option.err());
    assertEquals("triage: --format admite text, json, fhir-r4, no `xml`; consulte `triage --help`\n",
        Cli.run("", "--lang", "es", "--format", "xml").err());
    assertEquals("triage: La opción --lang necesita un valor (LANG); consulte `triage --help`\n",
        Cli.run(Map.of("LANG", "es_ES.UTF-8"), "", "--lang").err());
  }

  @Test
  void scriptsGetEnglishMessagesThatNameTheQuestionById() {
    Cli.Result result = Cli.run("", "--lang", "es", "--format", "json", "--no-input", "--answer", "chest_pain=no");
    assertEquals(3, result.exit());
    assertEquals("{\"error\":\"incomplete\",\"message\":\"question `sudden_severe` has no answer, so there is no"
        + " verdict; give one with --answer sudden_severe=VALUE\",\"question\":\"sudden_severe\",\"accepts\":[\"yes\","
        + "\"no\",\"unsure\"]}\n", result.err());
    Cli.Result ended = Cli.run("no\n", "--lang", "es", "--format", "json");
    assertEquals("{\"error\":\"incomplete\",\"message\":\"Input ended before question `sudden_severe` was answered,"
        + " so there is no result.\",\"line\":2,\"question\":\"sudden_severe\",\"accepts\":[\"yes\",\"no\",\"unsure\"]}\n",
        ended.err());
    assertEquals("{\"error\":\"usage\",\"message\":\"Unknown option: '--frobnicate'; try `triage --help`\"}\n",
        Cli.run("", "--lang", "es", "--format", "json", "--frobnicate").err());
  }

  /** A walk stopped at every question in turn, by the end of the input and by an answer not taken. */
  @Test
  void noQuestionIsNamedByItsIdInWhatAPersonReads() {
    List<String> ids = BuiltIn.load().ready().questions().stream().map(Question::id).toList();
    String[] lines = BuiltIn.ALL_NO.split("\n");
    for (String language : new String[] {"en", "es"}) {
      for (int stop = 0; stop < lines.length; stop++) {
        String before = String.join("\n", Arrays.asList(lines).subList(0, stop)) + (stop == 0 ? "" : "\n");
        for (String input : new String[] {before, before + "maybe\n"}) {
          Cli.Result result = Cli.run(input, "--lang", language, "-q");
          assertTrue(result.exit() == 3 || result.exit() == 65, language + " " + stop + ": " + result.err());
          for (String id : ids) {
            assertFalse(result.err().contains("`" + id + "`"), language + " " + stop + ": " + result.err());
          }
        }
      }
    }
  }

  @Test
  void theScenarioSuiteGivesTheSameLevelsInBothLanguages() throws Exception {
    for (String language : new String[] {"en", "es"}) {
      Cli.Result result = Cli.run("", "test", "--lang", language, BuiltIn.SCENARIOS.toString());
      assertEquals(0, result.exit(), language + ":\n" + result.out());
      assertTrue(result.out().endsWith(BuiltIn.SCENARIO_COUNT + " scenarios: " + BuiltIn.SCENARIO_COUNT + " passed, 0 failed\n"), result.out());
    }
  }

  @Test
  void theToolsOwnWordsAreCompleteInSpanish() throws IOException {
    Properties english = messages("en");
    Properties spanish = messages("es");
    assertEquals(english.keySet(), spanish.keySet(), "no message may fall back to English unnoticed");
  }

  private static Properties messages(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = LanguagesTest.class.getResourceAsStream("/triage/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
