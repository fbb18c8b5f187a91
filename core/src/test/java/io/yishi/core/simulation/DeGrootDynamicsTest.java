package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.spi.Parameters;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeGrootDynamicsTest {

  static OpinionProcess degroot(Map<String, ?> parameters) {
    return new DeGrootDynamics().process(Parameters.of(parameters));
  }

  /**
   * The stationary distribution, derived: with {@code w_ij = c_i} for every neighbour {@code j}
   * and {@code W} row-stochastic, {@code π_i w_ij = π_j w_ji} holds when {@code π_i ∝ 1 / c_i}
   * (the network is undirected), so {@code π ∝ d + 1} with equal weights and {@code π ∝ d} with
   * a fixed self weight below 1; a reversible chain's detailed balance gives {@code πᵀ W = πᵀ}.
   */
  static double[] stationary(SocialNetwork network, double selfWeight) {
    int n = network.agents();
    double[] pi = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      pi[i] = Double.isNaN(selfWeight) ? network.degree(i) + 1 : network.degree(i);
      total += pi[i];
    }
    for (int i = 0; i < n; i++) {
      pi[i] /= total;
    }
    return pi;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void convergesToTheStationaryWeightedMeanOnAConnectedAperiodicNetwork(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SocialNetwork network = Networks.connected(random, 15);
    // Half the seeds use the default weights, half a fixed self weight in (0, 1); either keeps W
    // aperiodic (a positive diagonal).
    double selfWeight = seed % 2 == 0 ? Double.NaN : 0.05 + 0.9 * random.nextDouble();
    double[] pi = stationary(network, selfWeight);
    double[][] w = Networks.influence(network, selfWeight);
    for (int j = 0; j < pi.length; j++) {
      double piW = 0;
      for (int i = 0; i < pi.length; i++) {
        piW += pi[i] * w[i][j];
      }
      assertThat(piW).as("seed %s: (πᵀW)_%s", seed, j).isCloseTo(pi[j], within(1e-12));
    }
    double[] x = Networks.uniform(random, network.agents());
    double consensus = dot(pi, x);
    Map<String, Object> parameters = Double.isNaN(selfWeight) ? Map.of("rounds", 10_000)
        : Map.of("rounds", 10_000, "selfWeight", selfWeight);

    degroot(parameters).run(x, network, new SplittableRandom(seed));

    for (double xi : x) {
      assertThat(xi).as("seed %s", seed).isCloseTo(consensus, within(1e-9));
    }
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void keepsTheStationaryWeightedMeanInEveryRound(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SocialNetwork network = Networks.connected(random, 30);
    double[] pi = stationary(network, Double.NaN);
    double[] x = Networks.uniform(random, network.agents());
    double mean = dot(pi, x);
    OpinionProcess oneRound = degroot(Map.of("rounds", 1));

    for (int t = 0; t < 50; t++) {
      oneRound.run(x, network, random);
      assertThat(dot(pi, x)).as("seed %s, round %s", seed, t).isCloseTo(mean, within(1e-12));
    }
  }

  @Test
  void oneRoundAveragesEachAgentWithItsNeighbours() {
    // A path 0 - 1 - 2: agent 1 weighs three opinions equally, the ends two each.
    SocialNetwork path = SocialNetwork.of(3, new int[][] {{1}, {2}, {}});
    double[] x = {0, 0.3, 0.9};

    degroot(Map.of("rounds", 1)).run(x, path, new SplittableRandom(0));

    assertThat(x).containsExactly(new double[] {0.15, 0.4, 0.6}, within(1e-15));
  }

  @Test
  void aFixedSelfWeightSharesTheRestAmongTheNeighbours() {
    SocialNetwork path = SocialNetwork.of(3, new int[][] {{1}, {2}, {}});
    double[] x = {0, 0.3, 0.9};

    degroot(Map.of("rounds", 1, "selfWeight", "1/2")).run(x, path, new SplittableRandom(0));

    assertThat(x).containsExactly(new double[] {0.15, 0.375, 0.6}, within(1e-15));
  }

  @Test
  void anAgentWithoutNeighboursKeepsItsOpinion() {
    SocialNetwork net = SocialNetwork.of(3, new int[][] {{1}, {}, {}});
    double[] x = {0.2, 0.4, 0.7};

    degroot(Map.of("rounds", 100, "selfWeight", 0)).run(x, net, new SplittableRandom(0));

    assertThat(x[2]).isEqualTo(0.7);
  }
}
