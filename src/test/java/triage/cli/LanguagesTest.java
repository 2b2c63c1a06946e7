package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.Cli;

/** The built-in questionnaire in English and Spanish: words, answers, fallback. */
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
  void jsonSaysTheLanguage() throws Exception {
    Cli.Result result = Cli.run("", "--lang", "es", "--format", "json", "--answer", "chest_pain=sí");
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().contains("\"title\":\"Llame ahora al 112\""), result.out());
    assertTrue(result.out().contains("\"language\":\"es\""), result.out());
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
