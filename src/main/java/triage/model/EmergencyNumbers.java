package triage.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The number to call in an emergency, by country (ISO 3166 code, such as {@code GB}), and the one
 * to use where the country is not known or not listed ({@code default}). Fills
 * {@code {emergency_number}} in every text.
 */
public record EmergencyNumbers(Map<String, String> byRegion, Location at) {

  public static final String DEFAULT = "default";

  /** An emergency number as given to the tool: the digits to dial. */
  public static final String DIGITS = "[0-9]{2,8}";

  /** A region as given to the tool: a two-letter country code, in any case. */
  public static final String REGION = "[A-Za-z]{2}";

  public EmergencyNumbers {
    byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
  }

  /** The number for a country (any case), else the default; empty when neither is set. */
  public Optional<String> forRegion(Optional<String> region) {
    return region.map(code -> byRegion.get(code.toUpperCase(Locale.ROOT))).or(() -> Optional.ofNullable(
        byRegion.get(DEFAULT)));
  }
}
