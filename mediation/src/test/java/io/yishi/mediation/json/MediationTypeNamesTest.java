package io.yishi.mediation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.json.YishiCoreModule;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.mediation.negotiation.SingleTextStep;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mediation module's JSON type names: unique within every polymorphic family once the
 * mediation module is loaded beside core's (as core's TypeNamesTest checks core alone), none
 * taken from core, and each step's name its kind.
 */
class MediationTypeNamesTest {

  /** The named types a mapper knows that are assignable to {@code base}, by name. */
  static Map<String, TreeSet<String>> classesByName(ObjectMapper mapper, Class<?> base) {
    DeserializationConfig config = mapper.getDeserializationConfig();
    AnnotatedClass annotated = AnnotatedClassResolver.resolveWithoutSuperTypes(config, base);
    Map<String, TreeSet<String>> byName = new TreeMap<>();
    for (NamedType t : mapper.getSubtypeResolver()
        .collectAndResolveSubtypesByClass(config, annotated)) {
      if (t.hasName() && !t.getType().isInterface()) {
        byName.computeIfAbsent(t.getName(), n -> new TreeSet<>()).add(t.getType().getName());
      }
    }
    return byName;
  }

  static Set<String> names(Module module) {
    ObjectMapper mapper = JsonMapper.builder().addModule(module).build();
    return classesByName(mapper, Object.class).keySet();
  }

  @ParameterizedTest
  @ValueSource(classes = {NegotiationResult.class, SingleTextStep.class, Action.class,
      Fact.class, Command.class, ConsultationEvent.class, Ballot.class, Decision.class})
  void everyTypeNameNamesOneClassInItsFamily(Class<?> base) {
    Map<String, TreeSet<String>> byName = classesByName(YishiJson.mapper(), base);

    List<String> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> e.getKey() + " " + e.getValue()).toList();
    assertThat(shared).as("type names of %s given to several classes", base.getSimpleName())
        .isEmpty();
  }

  @Test
  void theMediationModuleTakesNoNameCoreUses() {
    Set<String> mediation = names(new YishiMediationModule());
    Set<String> core = names(new YishiCoreModule());

    assertThat(mediation).contains("adjusted-winner-result", "bargaining-solution",
        "single-text-outcome", "propose-text", "accept-text", "criticise-text", "revise-text")
        .containsAll(io.yishi.mediation.dispute.MediationAction.KINDS)
        .contains("action-taken", "mediation-started", "agreement-in-force", "case-ended")
        .hasSize(7 + io.yishi.mediation.dispute.MediationAction.KINDS.size() + 8);
    assertThat(core).isNotEmpty().doesNotContainAnyElementsOf(mediation);
  }

  @Test
  void theNegotiationResultsAndStepsAreRegistered() {
    assertThat(classesByName(YishiJson.mapper(), NegotiationResult.class))
        .containsOnlyKeys("adjusted-winner-result", "bargaining-solution",
            "single-text-outcome");
    Map<String, String> steps = classesByName(YishiJson.mapper(), SingleTextStep.class)
        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
            e -> e.getValue().first()));
    assertThat(steps).containsOnlyKeys("propose-text", "accept-text", "criticise-text",
        "revise-text");
  }

  @Test
  void eachStepsTypeNameIsItsKind() {
    List<SingleTextStep> steps = List.of(new SingleTextStep.Propose("m", "t"),
        new SingleTextStep.Accept("p", 1), new SingleTextStep.Criticise("p", 1, "t"),
        new SingleTextStep.Revise("m", List.of("c1"), "t"));
    Map<String, TreeSet<String>> byName = classesByName(YishiJson.mapper(),
        SingleTextStep.class);

    for (SingleTextStep step : steps) {
      assertThat(byName.get(step.kind())).as(step.kind())
          .containsExactly(step.getClass().getName());
    }
  }
}
