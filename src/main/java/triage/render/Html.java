package triage.render;

import triage.text.Visible;

/**
 * Text made safe for an HTML or SVG page, as element content or as a quoted attribute value: the
 * five characters that can start or end markup become entities, and characters that could drive a
 * terminal (should the page be shown in one) become visible escapes. Everything a questionnaire or
 * a transcript holds goes through this before it reaches a page.
 */
public final class Html {

  private Html() {}

  public static String escape(String text) {
    String visible = Visible.of(text);
    StringBuilder out = null;
    for (int i = 0; i < visible.length(); i++) {
      String entity = switch (visible.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null && out == null) {
        out = new StringBuilder(visible.length() + 16).append(visible, 0, i);
      }
      if (out != null) {
        if (entity != null) {
          out.append(entity);
        } else {
          out.append(visible.charAt(i));
        }
      }
    }
    return out == null ? visible : out.toString();
  }
}
