package io.yishi.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.NegotiationResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No two types of one polymorphic family share a JSON type name: if they did, a stored log would
 * read one back as the other (two methods' "open-round" actions did, before this test).
 */
class TypeNamesTest {

  @ParameterizedTest
  @ValueSource(classes = {Action.class, Fact.class, Command.class, ConsultationEvent.class,
      NegotiationResult.class})
  void everyTypeNameNamesOneClass(Class<?> base) {
    ObjectMapper mapper = YishiJson.mapper();
    DeserializationConfig config = mapper.getDeserializationConfig();
    AnnotatedClass annotated = AnnotatedClassResolver.resolveWithoutSuperTypes(config, base);
    Map<String, TreeSet<String>> classesByName = new TreeMap<>();
    for (NamedType t : mapper.getSubtypeResolver()
        .collectAndResolveSubtypesByClass(config, annotated)) {
      if (t.hasName() && !t.getType().isInterface()) {
        classesByName.computeIfAbsent(t.getName(), n -> new TreeSet<>())
            .add(t.getType().getName());
      }
    }
    assertThat(classesByName).as("type names of %s", base.getSimpleName()).isNotEmpty();
    List<String> shared = classesByName.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> e.getKey() + " " + e.getValue()).toList();
    assertThat(shared).as("type names of %s given to several classes", base.getSimpleName())
        .isEmpty();
  }
}
