package io.yishi.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.yishi.core.YishiException;
import io.yishi.core.spi.Parameters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameters as a plain JSON object. */
final class ParametersJson {

  private ParametersJson() {}

  static final class Serializer extends JsonSerializer<Parameters> {
    @Override
    public void serialize(Parameters value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(value.asMap(), gen);
    }
  }

  static final class Deserializer extends JsonDeserializer<Parameters> {
    @Override
    public Parameters deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Parameters) ctxt.handleUnexpectedToken(Parameters.class, p);
      }
      JsonNode tree = ctxt.readTree(p);
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) toJava(tree, ctxt);
      try {
        return Parameters.of(values);
      } catch (YishiException e) {
        return (Parameters) ctxt.handleWeirdStringValue(Parameters.class, tree.toString(),
            e.getMessage());
      }
    }

    private static Object toJava(JsonNode node, DeserializationContext ctxt) throws IOException {
      if (node.isObject()) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          map.put(field.getKey(), toJava(field.getValue(), ctxt));
        }
        return map;
      }
      if (node.isArray()) {
        List<Object> list = new ArrayList<>();
        for (JsonNode element : node) {
          list.add(toJava(element, ctxt));
        }
        return list;
      }
      if (node.isNumber()) {
        return node.decimalValue();
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isTextual()) {
        return node.textValue();
      }
      return ctxt.reportInputMismatch(Parameters.class,
          "parameters: values must be text, numbers, booleans, lists or objects, was %s", node);
    }
  }
}
