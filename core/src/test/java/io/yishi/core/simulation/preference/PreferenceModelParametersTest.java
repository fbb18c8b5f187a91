package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.plugin.PluginKind;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry finds the built-in models, and bad parameters fail before any run. */
class PreferenceModelParametersTest {

  @Test
  void registryFindsTheBuiltInModels() {
    assertThat(Draws.REGISTRY.ids(PluginKind.PREFERENCE_MODEL)).containsExactly("impartial",
        "impartial-anonymous", "mallows", "single-peaked", "spatial", "support", "urn");
    assertThat(Draws.REGISTRY.preferenceModel("mallows")).isInstanceOf(MallowsModel.class);
    assertThat(PluginKind.of(new UrnModel())).isEqualTo(PluginKind.PREFERENCE_MODEL);
  }

  static Stream<Arguments> invalid() {
    Map<String, Object> centre = Map.of("share", 0.5, "centre", List.of(0.5, 0.5));
    return Stream.of(
        Arguments.of("mallows", Map.of("dispersion", -0.1), 4, "parameters.dispersion",
            "must be in [0, 1], was -0.1"),
        Arguments.of("mallows", Map.of("dispersion", 1.5), 4, "parameters.dispersion", "[0, 1]"),
        Arguments.of("mallows", Map.of("dispersion", "high"), 4, "parameters.dispersion",
            "must be a number"),
        Arguments.of("mallows", Map.of("reference", List.of(0, 0, 1)), 3,
            "parameters.reference", "each option index 0 to 2 once"),
        Arguments.of("mallows", Map.of("reference", List.of(0, 1)), 3, "parameters.reference",
            "must rank all 3 options"),
        Arguments.of("urn", Map.of("alpha", -1), 4, "parameters.alpha", "must be in [0, ∞]"),
        Arguments.of("spatial", Map.of("dimensions", 0), 4, "parameters.dimensions",
            "must be in [1, 10]"),
        Arguments.of("spatial", Map.of("dimensions", 11), 4, "parameters.dimensions", "[1, 10]"),
        Arguments.of("spatial", Map.of("spread", -0.5), 4, "parameters.spread", "[0, 10]"),
        Arguments.of("spatial", Map.of("clusters", List.of(centre, Map.of("share", 0.4,
            "centre", List.of(0, 0)))), 4, "parameters.clusters",
            "shares must sum to exactly 1, was 0.9"),
        Arguments.of("spatial", Map.of("clusters", List.of(Map.of("share", 1,
            "centre", List.of(0)))), 4, "parameters.clusters[0].centre", "2 coordinates"),
        Arguments.of("spatial", Map.of("clusters", List.of(Map.of("share", 1, "centre",
            List.of(0, 0), "size", 3))), 4, "parameters.clusters[0].size", "not a property"),
        Arguments.of("spatial", Map.of("positions", List.of(List.of(0, 0))), 2,
            "parameters.positions", "one point for each of the 2 options"),
        Arguments.of("single-peaked", Map.of("variant", "black"), 4, "parameters.variant",
            "must be one of [walsh, conitzer]"),
        Arguments.of("impartial", Map.of("dispersion", 0.5), 4, "parameters.dispersion",
            "is not a parameter of 'impartial'"),
        Arguments.of("urn", Map.of("alfa", 1), 4, "parameters.alfa", "known: [alpha]"),
        Arguments.of("impartial", Map.of(), 1, "parameters.options", "must be in [2, 1000]"),
        Arguments.of("spatial", Map.of(), 1001, "parameters.options", "[2, 1000]"));
  }

  @ParameterizedTest(name = "{0} {1} options={2}")
  @MethodSource("invalid")
  void badParametersFailNamingTheParameter(String id, Map<String, Object> parameters,
      int options, String field, String message) {
    PreferenceModel model = Draws.REGISTRY.preferenceModel(id);
    assertThatThrownBy(() -> model.sampler(Parameters.of(parameters), options))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith(field + ":")
        .hasMessageContaining(message);
  }
}
