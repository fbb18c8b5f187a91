package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.spi.Parameters;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FriedkinJohnsenDynamicsTest {

  static OpinionProcess fj(Map<String, ?> parameters) {
    return new FriedkinJohnsenDynamics().process(Parameters.of(parameters));
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void reachesTheTotalInfluenceOfTheInitialOpinions(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SocialNetwork network = Networks.connected(random, 12);
    int n = network.agents();
    double stubbornness = 0.1 + 0.8 * random.nextDouble();
    double lambda = 1 - stubbornness;
    double[] x0 = Networks.uniform(random, n);
    // x(∞) = V x(0), V = (I - ΛW)⁻¹ (I - Λ): solve (I - λW) x = (1 - λ) x(0).
    double[][] w = Networks.influence(network, Double.NaN);
    double[][] a = new double[n][n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = (i == j ? 1 : 0) - lambda * w[i][j];
      }
      b[i] = (1 - lambda) * x0[i];
    }
    double[] expected = Networks.solve(a, b);
    double[] x = x0.clone();

    // The error shrinks by λ <= 0.9 a round: 0.9^1000 is far below 1e-9.
    fj(Map.of("rounds", 1000, "stubbornness", stubbornness))
        .run(x, network, new SplittableRandom(seed));

    assertThat(x).as("seed %s", seed).containsExactly(expected, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void stubbornnessZeroIsDeGroot(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SocialNetwork network = Networks.connected(random, 20);
    double[] x = Networks.uniform(random, network.agents());
    double[] y = x.clone();

    fj(Map.of("rounds", 7, "stubbornness", 0, "selfWeight", 0.25))
        .run(x, network, new SplittableRandom(seed));
    new DeGrootDynamics().process(Parameters.of(Map.of("rounds", 7, "selfWeight", 0.25)))
        .run(y, network, new SplittableRandom(seed));

    assertThat(x).as("seed %s", seed).containsExactly(y);
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void stubbornnessOneKeepsEveryOpinion(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SocialNetwork network = Networks.connected(random, 20);
    double[] x = Networks.uniform(random, network.agents());
    double[] before = x.clone();

    fj(Map.of("rounds", 50, "stubbornness", 1)).run(x, network, new SplittableRandom(seed));

    assertThat(x).as("seed %s", seed).containsExactly(before);
  }
}
