package triage.fhir;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import triage.model.Location;

/**
 * JSON as plain maps, lists, strings, numbers and booleans: FHIR resources are small and deeply
 * nested, and this keeps the export readable without a databinding library. Read back with where
 * each object began, so that a problem can point at its line.
 */
final class JsonTree {

  /** A JSON document read, and the location of each of its objects. */
  record Read(Object root, Map<Object, Location> at) {
    Location of(Object node, Location fallback) {
      Location location = at.get(node);
      return location == null ? fallback : location;
    }
  }

  private JsonTree() {}

  /** An object, keys in the order given ({@code key, value, key, value, ...}), open to more. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  static void write(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> field : map.entrySet()) {
        json.writeFieldName((String) field.getKey());
        write(json, field.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        write(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value == null) {
      json.writeNull();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  /**
   * Reads one JSON value from {@code json}; numbers as {@code Long} when whole, else as their text
   * in a {@code Double}.
   */
  static Read read(JsonParser json, String file) throws IOException {
    Map<Object, Location> at = new IdentityHashMap<>();
    JsonToken first = json.nextToken();
    Object root = first == null ? null : value(json, file, at);
    return new Read(root, at);
  }

  private static Object value(JsonParser json, String file, Map<Object, Location> at) throws IOException {
    JsonToken token = json.currentToken();
    switch (token) {
      case START_OBJECT -> {
        JsonLocation where = json.currentTokenLocation();
        Map<String, Object> map = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          json.nextToken();
          map.put(name, value(json, file, at));
        }
        at.put(map, new Location(file, where.getLineNr(), where.getColumnNr()));
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(json, file, at));
        }
        return list;
      }
      case VALUE_STRING -> {
        return json.getText();
      }
      case VALUE_NUMBER_INT -> {
        return json.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? json.getText() : json.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return json.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }
}
