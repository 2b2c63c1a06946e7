package triage.render;

import triage.model.Level;

/** Terminal colour, or none: every method returns the text unchanged when colour is off. */
public final class Style {

  private static final String RESET = "\u001b[0m";
  private final boolean colour;

  private Style(boolean colour) {
    this.colour = colour;
  }

  public static Style colour() {
    return new Style(true);
  }

  public static Style none() {
    return new Style(false);
  }

  public boolean on() {
    return colour;
  }

  public String bold(String text) {
    return paint("\u001b[1m", text);
  }

  public String dim(String text) {
    return paint("\u001b[2m", text);
  }

  /** Red for emergency, yellow for urgent, cyan for see-professional, green for self-care. */
  public String level(Level level, String text) {
    return paint(switch (level) {
      case EMERGENCY -> "\u001b[1;97;41m";
      case URGENT -> "\u001b[1;31m";
      case SEE_PROFESSIONAL -> "\u001b[1;33m";
      case SELF_CARE -> "\u001b[1;32m";
    }, text);
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
