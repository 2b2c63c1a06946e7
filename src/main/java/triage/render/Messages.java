package triage.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The tool's own words (prompts, headings, hints) in one language, from {@code messages_LANG.properties}
 * with English for anything missing. Placeholders are {@code {0}}, {@code {1}}, ...; apostrophes
 * are plain text (no MessageFormat quoting rules to trip over).
 */
public final class Messages {

  private final Properties english;
  private final Properties own;

  private Messages(Properties english, Properties own) {
    this.english = english;
    this.own = own;
  }

  public static Messages english() {
    return of("en");
  }

  public static Messages of(String language) {
    Properties english = read("en");
    Properties own = language.equals("en") ? english : read(language);
    return new Messages(english, own);
  }

  public String get(String key, Object... args) {
    String text = own.getProperty(key, english.getProperty(key));
    if (text == null) {
      throw new IllegalArgumentException("no message `" + key + "`");
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  private static String resource(String language) {
    return "/triage/messages_" + language + ".properties";
  }

  private static Properties read(String language) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource(language))) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
