package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpinionStatisticsTest {

  @Test
  void summarisesAWorkedExample() {
    double[] x = {0.1, 0.2, 0.25, 0.7, 0.75};

    assertThat(OpinionStatistics.mean(x)).isCloseTo(0.4, within(1e-15));
    // squared distances from 0.4: 0.09, 0.04, 0.0225, 0.09, 0.1225; sum 0.365
    assertThat(OpinionStatistics.variance(x)).isCloseTo(0.073, within(1e-15));
    assertThat(OpinionStatistics.range(x)).isCloseTo(0.65, within(1e-15));
    assertThat(OpinionStatistics.clusters(x, 0.1)).isEqualTo(2);
    assertThat(OpinionStatistics.clusterSizes(x, 0.1)).containsExactly(3, 2);
    assertThat(OpinionStatistics.clusters(x, 0.06)).isEqualTo(3);
    assertThat(OpinionStatistics.clusters(x, 0.04)).isEqualTo(5);
    assertThat(OpinionStatistics.clusters(x, 0)).isEqualTo(5);
    assertThat(x).containsExactly(0.1, 0.2, 0.25, 0.7, 0.75);
  }

  @Test
  void aConsensusHasNoSpreadAndOneCluster() {
    double[] x = {0.3, 0.3, 0.3};

    assertThat(OpinionStatistics.variance(x)).isZero();
    assertThat(OpinionStatistics.range(x)).isZero();
    assertThat(OpinionStatistics.clusters(x, 0)).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("io.yishi.core.simulation.Networks#seeds")
  void agreesWithTheTextbookFormulasAndItsClustersCoverEveryone(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = Networks.uniform(random, 1 + random.nextInt(500));
    double mean = Arrays.stream(x).sum() / x.length;
    double squares = Arrays.stream(x).map(v -> v * v).sum() / x.length;
    double gap = random.nextDouble() * 0.05;

    assertThat(OpinionStatistics.mean(x)).as("seed %s", seed).isCloseTo(mean, within(1e-12));
    assertThat(OpinionStatistics.variance(x)).as("seed %s", seed)
        .isCloseTo(squares - mean * mean, within(1e-12));
    assertThat(Arrays.stream(OpinionStatistics.clusterSizes(x, gap)).sum()).isEqualTo(x.length);
    assertThat(OpinionStatistics.clusters(x, 1)).isEqualTo(1);
  }

  @Test
  void refusesNoOpinionsANonFiniteOpinionAndANegativeGap() {
    assertThatThrownBy(() -> OpinionStatistics.mean(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opinions must hold at least one opinion");
    assertThatThrownBy(() -> OpinionStatistics.range(new double[] {0.5, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opinions[1] must be a finite number, was NaN");
    assertThatThrownBy(() -> OpinionStatistics.clusters(new double[] {0.5}, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gap must be >= 0, was -0.1");
  }
}
