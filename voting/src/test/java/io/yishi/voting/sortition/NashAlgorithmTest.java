package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NashAlgorithmTest {

  /**
   * At the nash optimum no compliant panel B has Σ_{i∈B} 1/π_i above the number of volunteers
   * with positive probability (the KKT condition the column generation stops on, and a
   * certificate that the product is within that factor of the best over all panels); checked
   * here against every panel of a brute-force enumeration, to the solver's 1e-6.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void noPanelImprovesTheNashProduct(long seed) {
    SortitionProblem p = SortitionProperties.small(seed);
    PanelDistribution nash = Sortition.algorithm(PluginRegistry.load(), "nash")
        .select(p, Parameters.empty(), 0);
    List<Double> pi = List.copyOf(nash.probabilities().values());
    long positive = pi.stream().filter(x -> x > 1e-9).count();

    for (int[] panel : BruteForce.panels(p)) {
      double gradient = 0;
      for (int i : panel) {
        gradient += 1 / pi.get(i);
      }
      assertThat(gradient).as("seed %d", seed).isLessThanOrEqualTo(positive * (1 + 1e-6));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void nashsSmallestProbabilityIsNotAboveLeximins(long seed) {
    SortitionProblem p = SortitionProperties.small(seed);
    var registry = PluginRegistry.load();
    double nash = Sortition.algorithm(registry, "nash").select(p, Parameters.empty(), 0)
        .minimum();
    double leximin = Sortition.algorithm(registry, "leximin").select(p, Parameters.empty(), 0)
        .minimum();

    assertThat(nash).as("seed %d", seed).isLessThanOrEqualTo(leximin + 1e-6);
  }
}
