package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.spi.Parameters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HegselmannKrauseDynamicsTest {

  static OpinionProcess hk(Map<String, ?> parameters) {
    return new HegselmannKrauseDynamics().process(Parameters.of(parameters));
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void withEpsilonOneEveryoneMeetsAtTheMeanInOneRound(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(200);
    double[] x = Networks.uniform(random, n);
    double mean = OpinionStatistics.mean(x);

    hk(Map.of("rounds", 1, "epsilon", 1)).run(x, Networks.complete(n), random);

    assertThat(x[0]).as("seed %s", seed).isCloseTo(mean, within(1e-12));
    assertThat(x).as("seed %s", seed).containsOnly(x[0]);
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void withAnEpsilonBelowEveryGapNobodyMoves(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(100);
    double[] x = Networks.uniform(random, n);
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double smallestGap = 1;
    for (int i = 1; i < n; i++) {
      smallestGap = Math.min(smallestGap, sorted[i] - sorted[i - 1]);
    }
    double[] before = x.clone();

    hk(Map.of("rounds", 10, "epsilon", smallestGap / 2)).run(x, Networks.complete(n), random);

    assertThat(x).as("seed %s", seed).containsExactly(before);
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void staysWithinTheInitialRangeAndKeepsTheOrderOfOpinions(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(150);
    double[] x = Networks.uniform(random, n);
    double min = Arrays.stream(x).min().orElseThrow();
    double max = Arrays.stream(x).max().orElseThrow();
    double[] before = x.clone();
    Integer[] order = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingDouble(i -> before[i])).toArray(Integer[]::new);

    hk(Map.of("rounds", 1 + random.nextInt(30), "epsilon", random.nextDouble() * 0.4))
        .run(x, Networks.complete(n), random);

    for (int k = 0; k < n; k++) {
      assertThat(x[k]).as("seed %s", seed).isBetween(min, max);
    }
    for (int k = 1; k < n; k++) {
      assertThat(x[order[k]]).as("seed %s: rank %s", seed, k)
          .isGreaterThanOrEqualTo(x[order[k - 1]]);
    }
  }

  @Test
  void splitsIntoClustersMoreThanEpsilonApart() {
    double[] x = {0, 0.1, 0.5, 0.9, 1};

    hk(Map.of("rounds", 1, "epsilon", 0.15)).run(x, Networks.complete(5), new SplittableRandom(0));

    assertThat(x).containsExactly(new double[] {0.05, 0.05, 0.5, 0.95, 0.95}, within(1e-15));
  }

  @Test
  void onANetworkAnAgentListensOnlyToNeighboursWithinEpsilon() {
    // 0 - 1 - 2 and 3 alone: 3 is close to 2 but not linked, 0 is too far from 2.
    SocialNetwork net = SocialNetwork.of(4, new int[][] {{1}, {2}, {}, {}});
    double[] x = {0, 0.1, 0.2, 0.21};

    hk(Map.of("rounds", 1, "epsilon", 0.15)).run(x, net, new SplittableRandom(0));

    assertThat(x).containsExactly(new double[] {0.05, 0.1, 0.15, 0.21}, within(1e-15));
  }
}
