package io.yishi.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.google.common.base.CaseFormat;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Every Yishi enum, in every module, is written in JSON as the kebab-case word its parameters
 * use: {@code FLOOR_AREA} is {@code "floor-area"}, {@code NOT_DECIDED} is {@code
 * "not-decided"}. Enums of other libraries keep Jackson's default.
 */
final class EnumWords {

  private EnumWords() {}

  static boolean isYishi(Class<?> type) {
    return type.getName().startsWith("io.yishi.");
  }

  static String word(Enum<?> constant) {
    return CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_HYPHEN, constant.name());
  }

  /** Writes a Yishi enum as its word, any other enum by name. */
  @SuppressWarnings("rawtypes")
  static final class Serializer extends JsonSerializer<Enum> {
    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(isYishi(value.getDeclaringClass()) ? word(value) : value.name());
    }
  }

  /** Finds the word reader for Yishi enums; leaves other enums to Jackson. */
  static final class Deserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return isYishi(type) ? new Reader(type.asSubclass(Enum.class)) : null;
    }
  }

  /** Reads one Yishi enum from its word; any other text fails naming the allowed words. */
  static final class Reader extends JsonDeserializer<Enum<?>> {
    private final Class<? extends Enum> type;

    @SuppressWarnings("rawtypes")
    Reader(Class<? extends Enum> type) {
      this.type = type;
    }

    @Override
    public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Enum<?>) ctxt.handleUnexpectedToken(type, p);
      }
      String text = p.getText();
      Enum<?>[] constants = type.getEnumConstants();
      for (Enum<?> constant : constants) {
        if (word(constant).equals(text)) {
          return constant;
        }
      }
      List<String> words = Arrays.stream(constants).map(EnumWords::word).toList();
      return (Enum<?>) ctxt.handleWeirdStringValue(type, text, "must be one of " + words);
    }
  }
}
