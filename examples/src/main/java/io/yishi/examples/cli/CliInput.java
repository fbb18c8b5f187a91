package io.yishi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads JSON given on the command line or in a file, failing in one line that says where. */
final class CliInput {

  private CliInput() {}

  /**
   * Reads a value from JSON text.
   *
   * @param source what the text is, for the message: an option name or a file name
   * @throws IllegalArgumentException naming the source, the problem and where in the JSON
   */
  static <T> T read(ObjectMapper mapper, String text, Class<T> type, String source) {
    return read(mapper, text, mapper.constructType(type), source);
  }

  /**
   * Reads a value of a generic type, such as a map of numbers, from JSON text.
   *
   * @param source what the text is, for the message
   * @throws IllegalArgumentException naming the source, the problem and where in the JSON
   */
  static <T> T read(ObjectMapper mapper, String text, JavaType type, String source) {
    try {
      return mapper.readValue(text, type);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(source + ": " + e.getOriginalMessage() + where(e), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": " + e.getOriginalMessage() + " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
    }
  }

  static String where(JsonMappingException e) {
    String path = e.getPathReference();
    return path == null || path.isEmpty() ? "" : " (at " + path + ")";
  }
}
