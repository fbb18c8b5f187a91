package io.yishi.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.yishi.core.YishiException;
import io.yishi.core.method.workflow.WorkflowDefinition;
import java.io.IOException;
import java.util.Map;

/**
 * A workflow definition as the plain object {@link WorkflowDefinition#toMap()} gives, read back
 * through {@link WorkflowDefinition#fromMap}, so that JSON and the method's inline parameter
 * share one reader and one set of messages.
 */
final class WorkflowJson {

  private WorkflowJson() {}

  static final class Serializer extends JsonSerializer<WorkflowDefinition> {
    @Override
    public void serialize(WorkflowDefinition value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(value.toMap(), gen);
    }
  }

  static final class Deserializer extends JsonDeserializer<WorkflowDefinition> {
    @Override
    public WorkflowDefinition deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (WorkflowDefinition) ctxt.handleUnexpectedToken(WorkflowDefinition.class, p);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = ctxt.readValue(p, Map.class);
      try {
        return WorkflowDefinition.fromMap(map);
      } catch (YishiException | IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
