package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.plugin.UnknownPluginException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every built-in opinion model shares: ids, parameters, checks and determinism. */
class OpinionDynamicsTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  @Test
  void theRegistryFindsTheFourModelsById() {
    assertThat(REGISTRY.ids(PluginKind.OPINION_DYNAMICS))
        .containsExactly("deffuant", "degroot", "friedkin-johnsen", "hegselmann-krause");
    assertThat(REGISTRY.opinionDynamics("degroot")).isInstanceOf(DeGrootDynamics.class);
    assertThat(REGISTRY.descriptors()).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo(PluginKind.OPINION_DYNAMICS);
      assertThat(d.id()).isEqualTo("deffuant");
      assertThat(d.parameters()).extracting(p -> p.name())
          .containsExactly("rounds", "steps", "epsilon", "mu", "strict");
    });
    assertThatThrownBy(() -> REGISTRY.opinionDynamics("voter"))
        .isInstanceOf(UnknownPluginException.class)
        .hasMessageContaining("opinion-dynamics id").hasMessageContaining("'voter'")
        .hasMessageContaining("hegselmann-krause");
  }

  static Stream<Arguments> badParameters() {
    return Stream.of(
        Arguments.of("degroot", Map.of("rounds", 0), "rounds"),
        Arguments.of("degroot", Map.of("rounds", 10_001), "rounds"),
        Arguments.of("degroot", Map.of("rounds", 2.5), "rounds"),
        Arguments.of("degroot", Map.of("selfWeight", 1.5), "selfWeight"),
        Arguments.of("degroot", Map.of("selfWeight", -0.25), "selfWeight"),
        Arguments.of("degroot", Map.of("selfWeight", "half"), "selfWeight"),
        Arguments.of("degroot", Map.of("epsilon", 0.2), "epsilon"),
        Arguments.of("friedkin-johnsen", Map.of("stubbornness", 2), "stubbornness"),
        Arguments.of("friedkin-johnsen", Map.of("rounds", "many"), "rounds"),
        Arguments.of("hegselmann-krause", Map.of("epsilon", 1.1), "epsilon"),
        Arguments.of("hegselmann-krause", Map.of("mu", 0.5), "mu"),
        Arguments.of("deffuant", Map.of("mu", 0), "mu"),
        Arguments.of("deffuant", Map.of("mu", "3/5"), "mu"),
        Arguments.of("deffuant", Map.of("epsilon", -0.1), "epsilon"),
        Arguments.of("deffuant", Map.of("steps", 0), "steps"),
        Arguments.of("deffuant", Map.of("strict", "yes"), "strict"));
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void refusesABadParameterNamingIt(String id, Map<String, ?> parameters, String name) {
    OpinionDynamics model = REGISTRY.opinionDynamics(id);

    assertThatThrownBy(() -> model.process(Parameters.of(parameters)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("parameters." + name + ":");
  }

  @Test
  void aRangeMessageSaysTheRange() {
    assertThatThrownBy(() -> new DeffuantDynamics().process(Parameters.of(Map.of("mu", 0.75))))
        .hasMessageContaining("parameters.mu: must be in (0, 0.5], was 0.75");
  }

  @ParameterizedTest
  @ValueSource(strings = {"degroot", "friedkin-johnsen", "hegselmann-krause", "deffuant"})
  void theSameSeedGivesTheSameOpinionsBitForBit(String id) {
    SplittableRandom setup = new SplittableRandom(7);
    SocialNetwork network = SocialNetwork.union(
        SocialNetwork.withinGroups(setup.ints(300, 0, 10).toArray()),
        SocialNetwork.randomLinks(300, 3, setup));
    double[] start = Networks.uniform(setup, 300);
    OpinionProcess process = REGISTRY.opinionDynamics(id).process(Parameters.empty());
    double[] a = start.clone();
    double[] b = start.clone();

    process.run(a, network, new SplittableRandom(42));
    process.run(b, network, new SplittableRandom(42));

    assertThat(a).containsExactly(b);
    assertThat(a).isNotEqualTo(start);
  }

  @Test
  void deffuantDrawsDifferentMeetingsFromDifferentSeeds() {
    SocialNetwork network = Networks.complete(50);
    double[] a = Networks.uniform(new SplittableRandom(1), 50);
    double[] b = a.clone();
    OpinionProcess process = new DeffuantDynamics().process(Parameters.empty());

    process.run(a, network, new SplittableRandom(1));
    process.run(b, network, new SplittableRandom(2));

    assertThat(a).isNotEqualTo(b);
  }

  @ParameterizedTest
  @ValueSource(strings = {"degroot", "friedkin-johnsen", "hegselmann-krause", "deffuant"})
  void refusesOpinionsOutsideTheUnitIntervalAndChangesNothing(String id) {
    OpinionProcess process = REGISTRY.opinionDynamics(id).process(Parameters.empty());
    SocialNetwork network = Networks.complete(3);
    double[] x = {0.2, 1.5, 0.4};

    assertThatThrownBy(() -> process.run(x, network, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opinions[1] must be in [0, 1], was 1.5");
    assertThat(x).containsExactly(0.2, 1.5, 0.4);
    assertThatThrownBy(() -> process.run(new double[] {0.1, Double.NaN, 0.2}, network,
        new SplittableRandom(1))).hasMessageContaining("opinions[1]");
    assertThatThrownBy(() -> process.run(new double[2], network, new SplittableRandom(1)))
        .hasMessageContaining("opinions must hold one opinion per agent (3), was 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"degroot", "friedkin-johnsen", "hegselmann-krause", "deffuant"})
  void anAgentWithoutNeighboursKeepsItsOpinion(String id) {
    OpinionProcess process = REGISTRY.opinionDynamics(id)
        .process(Parameters.of(Map.of("rounds", 20)));
    SocialNetwork network = SocialNetwork.of(4, new int[][] {{1, 2}, {2}, {}, {}});
    double[] x = {0.1, 0.2, 0.3, 0.9};

    process.run(x, network, new SplittableRandom(3));

    assertThat(x[3]).isEqualTo(0.9);
  }
}
