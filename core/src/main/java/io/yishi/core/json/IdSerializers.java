package io.yishi.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;

/** Writes one-component id records as plain JSON strings, and reads them back. */
final class IdSerializers {

  private IdSerializers() {}

  /** Registers serializer, deserializer and map-key (de)serializers for one id type. */
  static <T> void register(SimpleModule module, Class<T> type, Function<T, String> value,
      Function<String, T> factory) {
    module.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T id, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeString(value.apply(id));
      }
    });
    module.addKeySerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T id, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeFieldName(value.apply(id));
      }
    });
    module.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        String text = p.getText();
        try {
          return factory.apply(text);
        } catch (IllegalArgumentException e) {
          return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
        }
      }
    });
    module.addKeyDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return factory.apply(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(type, key, e.getMessage());
        }
      }
    });
  }
}
