package triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import triage.BuiltIn;
import triage.Cli;
import triage.model.NumberQuestion;
import triage.model.Question;
import triage.model.YesNoQuestion;

/**
 * An emergency names a real number: the one for the country the person is in (from --region, else
 * the locale), else the questionnaire's default; --emergency-number and TRIAGE_EMERGENCY_NUMBER say
 * it outright.
 */
class EmergencyNumberTest {

  private static Cli.Result emergency(Map<String, String> env, String... options) {
    String[] args = new String[options.length + 4];
    System.arraycopy(options, 0, args, 0, options.length);
    System.arraycopy(new String[] {"--format", "json", "--answer", "chest_pain=yes"}, 0, args, options.length, 4);
    return Cli.run(env, "", args);
  }

  private static void assertNames(String number, Cli.Result result) {
    assertEquals(0, result.exit(), result.err());
    assertTrue(result.out().startsWith("{\"level\":\"emergency\",\"outcome\":\"emergency\",\"title\":\"Call " + number
        + " now\""), result.out());
    assertTrue(result.out().contains("\"emergency_number\":\"" + number + "\""), result.out());
  }

  @Test
  void theLocaleSaysWhichCountry() {
    assertNames("999", emergency(Map.of("LANG", "en_GB.UTF-8")));
    assertNames("911", emergency(Map.of("LANG", "en_US.UTF-8")));
    assertNames("000", emergency(Map.of("LC_ALL", "en_AU.UTF-8", "LANG", "en_GB.UTF-8")));
    assertNames("111", emergency(Map.of("LC_MESSAGES", "en_NZ.UTF-8")));
    assertNames("112", emergency(Map.of("LANG", "de_DE.UTF-8")));
  }

  @Test
  void spanishInSpainNames112AndInMexico911() {
    Cli.Result spain = emergency(Map.of("LANG", "es_ES.UTF-8"));
    assertEquals(0, spain.exit(), spain.err());
    assertTrue(spain.out().contains("\"title\":\"Llame ahora al 112\""), spain.out());
    Cli.Result mexico = emergency(Map.of("LANG", "es_MX.UTF-8"));
    assertTrue(mexico.out().contains("\"title\":\"Llame ahora al 911\""), mexico.out());
  }

  @Test
  void anUnknownOrUnlistedCountryGetsTheDefault() {
    assertNames("112", emergency(Map.of()));
    assertNames("112", emergency(Map.of("LANG", "C.UTF-8")));
    Cli.Result latinAmerica = emergency(Map.of("LANG", "es_419.UTF-8"));
    assertTrue(latinAmerica.out().contains("\"title\":\"Llame ahora al 112\""), "419 is a region, not a country: "
        + latinAmerica.out());
    assertNames("112", emergency(Map.of("LANG", "en_ZZ.UTF-8")));
  }

  @Test
  void theOptionsAndTheVariableWin() {
    assertNames("911", emergency(Map.of("LANG", "en_GB.UTF-8"), "--region", "us"));
    assertNames("144", emergency(Map.of("LANG", "en_GB.UTF-8"), "--emergency-number", "144"));
    assertNames("144", emergency(Map.of("TRIAGE_EMERGENCY_NUMBER", "144", "LANG", "en_GB.UTF-8")));
    assertNames("999", emergency(Map.of("TRIAGE_EMERGENCY_NUMBER", "144"), "--emergency-number", "999"));
  }

  @Test
  void theLineBeforeTheFirstQuestionNamesTheNumber() {
    Cli.Result piped = Cli.run(Map.of("LANG", "en_GB.UTF-8"), "no\n");
    assertTrue(piped.err().startsWith("If you have chest pain, trouble breathing, sudden severe pain or signs of a\n"
        + "stroke right now, stop and call 999.\n"), piped.err());
    assertEquals("", Cli.run(Map.of("LANG", "en_GB.UTF-8"), "no\n", "-q").err().replaceAll("(?s)triage: .*", ""),
        "quiet: no prompts and no opening line");
  }

  @Test
  void aNumberThatIsNotDigitsIsAUsageError() {
    Cli.Result letters = emergency(Map.of(), "--emergency-number", "call-me");
    assertEquals(64, letters.exit());
    assertEquals("", letters.out());
    assertTrue(letters.err().contains("--emergency-number must be the digits to dial, such as 112, not `call-me`"),
        letters.err());
    assertEquals(64, emergency(Map.of(), "--region", "Great Britain").exit());
  }

  @Test
  void everyLevelBelowEmergencyCarriesASafetyNetNamingTheNumber() {
    Map<String, String> levels = Map.of("self-care", "", "see-professional", "numbness", "urgent", "weakness");
    levels.forEach((level, flag) -> {
      List<String> args = new ArrayList<>(List.of("--format", "json"));
      for (Question question : BuiltIn.load().ready().questions()) {
        String value = question instanceof NumberQuestion ? "0"
            : question instanceof YesNoQuestion ? (question.id().equals(flag) ? "yes" : "no")
            : question.answers().get(0).value();
        args.addAll(List.of("--answer", question.id() + "=" + value));
      }
      Cli.Result result = Cli.run(Map.of("LANG", "en_GB.UTF-8"), "", args.toArray(String[]::new));
      assertEquals(0, result.exit(), result.err());
      assertTrue(result.out().startsWith("{\"level\":\"" + level + "\""), result.out());
      assertTrue(result.out().matches("(?s).*\"seek_help_if\":\"[^\"]*999 now[^\"]*\".*"), level + ": " + result.out());
    });
  }
}
