package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.plugin.UnknownPluginException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlgorithmInputTest {

  final PluginRegistry registry = PluginRegistry.load();

  @Test
  void theFourAlgorithmsAreRegisteredUnderTheirIds() {
    assertThat(registry.ids(io.yishi.core.plugin.PluginKind.SORTITION_ALGORITHM))
        .containsExactly("legacy", "leximin", "maximin", "nash");
  }

  @Test
  void anUnknownIdListsTheKnownOnes() {
    assertThatThrownBy(() -> Sortition.algorithm(registry, "lexmin"))
        .isInstanceOf(UnknownPluginException.class)
        .hasMessageContaining("lexmin").hasMessageContaining("leximin");
  }

  @Test
  void infeasibleQuotasRaiseTheSuggestionNotAnInternalError() {
    SortitionProblem p = SortitionProblem.of(SortitionCheckTest.pool(), List.of(
        Quota.of("gender", "f", 1, 2), new Quota("gender", "m", 3, 3, 1, 3),
        Quota.of("age", "young", 0, 4), Quota.of("age", "old", 0, 4)), 4);
    for (String id : List.of("legacy", "maximin", "leximin", "nash")) {
      assertThatThrownBy(() -> Sortition.algorithm(registry, id)
          .select(p, Parameters.empty(), 0))
          .as(id)
          .isInstanceOf(InfeasibleQuotasException.class)
          .hasMessageContaining("gender=m min 3 → 2");
    }
  }

  @Test
  void parametersAreChecked() {
    SortitionProblem p = SortitionProperties.small(1);
    assertThatThrownBy(() -> Sortition.algorithm(registry, "legacy")
        .select(p, Parameters.of(Map.of("draws", 0)), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("parameters.draws");
    assertThatThrownBy(() -> Sortition.algorithm(registry, "leximin")
        .select(p, Parameters.of(Map.of("draws", 10)), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("draws");
  }

  @Test
  void legacyIsReproducibleFromItsSeed() {
    SortitionProblem p = SortitionProperties.small(5);
    var legacy = Sortition.algorithm(registry, "legacy");

    assertThat(legacy.select(p, Parameters.of(Map.of("draws", 200)), 9))
        .isEqualTo(legacy.select(p, Parameters.of(Map.of("draws", 200)), 9));
  }
}
