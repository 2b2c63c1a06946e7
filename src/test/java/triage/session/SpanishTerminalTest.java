package triage.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * At a terminal in Spanish, a session that ends without a verdict says why in Spanish, naming the
 * question in words.
 */
class SpanishTerminalTest {

  private static final String FIRST = "Ahora o en los últimos 2 días, ¿ha tenido dolor, presión u";
  private static final String SCREEN = "¿Le pasa alguna de estas cosas?";

  @Test
  void quitIsSaidInSpanish() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal("--lang", "es")) {
      terminal.waitFor(SCREEN).line("salir");
      assertEquals(3, terminal.exitCode());
      assertEquals("triage: Terminó antes del final, así que no hay resultado.\n", terminal.err());
    }
  }

  @Test
  void ctrlDIsSaidInSpanish() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal(Map.of("LANG", "es_MX.UTF-8"))) {
      terminal.waitFor(SCREEN).keys("\u0004");
      assertEquals(3, terminal.exitCode());
      assertEquals("triage: La entrada terminó antes de responder a la pregunta «" + FIRST + "…», así que no hay"
          + " resultado.\n", terminal.err());
    }
  }

  @Test
  void ctrlCIsSaidInSpanish() throws Exception {
    try (VirtualTerminal terminal = new VirtualTerminal("--lang", "es-ES")) {
      terminal.waitFor(SCREEN).keys("s\u0003");
      assertEquals(130, terminal.exitCode());
      assertEquals("triage: Interrumpido: no se dio ningún resultado.\n", terminal.err());
    }
  }
}
