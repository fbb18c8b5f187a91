package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.simulation.PreferenceSampler;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpatialModelTest {

  @Test
  void rankingsFollowTheUtilitiesWhichAreMinusTheDistances() {
    PreferenceSampler sampler = Draws.sampler("spatial", Map.of("dimensions", 3), 6);
    assertThat(sampler.hasUtilities()).isTrue();
    List<Draws.Call> calls = Draws.calls(sampler, new SplittableRandom(4), 2000);
    assertThat(calls).hasSize(2000);
    for (Draws.Call c : calls) {
      assertThat(c.count()).isEqualTo(1);
      double[] u = c.utilities();
      for (int i = 1; i < 6; i++) {
        assertThat(u[c.ranking()[i - 1]]).isGreaterThanOrEqualTo(u[c.ranking()[i]]);
      }
      for (double x : u) {
        assertThat(x).isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void utilitiesAreMinusTheDistanceToGivenPositions() {
    // spread 0 puts every voter at (0.5, 0.5): distances 0.5, 0.3 and 0.
    PreferenceSampler sampler = Draws.sampler("spatial", Map.of("spread", 0,
        "positions", List.of(List.of(0.5, 1.0), List.of(0.8, 0.5), List.of(0.5, 0.5))), 3);
    Draws.Call c = Draws.calls(sampler, new SplittableRandom(1), 1).get(0);
    assertThat(c.ranking()).containsExactly(2, 1, 0);
    assertThat(c.utilities()[0]).isCloseTo(-0.5, within(1e-12));
    assertThat(c.utilities()[1]).isCloseTo(-0.3, within(1e-12));
    assertThat(c.utilities()[2]).isZero();
  }

  @Test
  void equalDistancesAreBrokenByTheLowerOptionIndex() {
    PreferenceSampler sampler = Draws.sampler("spatial", Map.of("dimensions", 1, "spread", 0,
        "positions", List.of(List.of(0.75), List.of(0.25))), 2);
    assertThat(Draws.calls(sampler, new SplittableRandom(1), 1).get(0).ranking())
        .containsExactly(0, 1);
  }

  @Test
  void clusterSharesHoldExactly() {
    // Two tight groups far apart, each nearest to "its" option: first preferences count them.
    PreferenceSampler sampler = Draws.sampler("spatial", Map.of("dimensions", 1,
        "positions", List.of(List.of(0), List.of(10)),
        "clusters", List.of(
            Map.of("share", 0.3, "centre", List.of(0), "spread", 0.01),
            Map.of("share", 0.7, "centre", List.of(10)))), 2);
    long[] firsts = Draws.firsts(sampler, new SplittableRandom(6), 30_001, 2);
    assertThat(firsts).containsExactly(9000, 21_001);
  }

  @Test
  void apportionsByLargestRemainders() {
    double third = 1.0 / 3;
    assertThat(SpatialModel.apportion(new double[] {third, third, third}, 100))
        .containsExactly(34, 33, 33);
    assertThat(SpatialModel.apportion(new double[] {0.25, 0.75}, 3)).containsExactly(1, 2);
    assertThat(SpatialModel.apportion(new double[] {0.5, 0.5}, 0)).containsExactly(0, 0);
  }

  @Test
  void votersScatterNormallyAroundTheCentre() {
    // One dimension, one option at 0: utility −|x|, x ~ N(0.5, 0.25²); E|x| is close to 0.5
    // (P(x < 0) = 2.3 %); instead compare the option at 0.5: E[−|x − 0.5|] = −0.25·sqrt(2/π).
    PreferenceSampler sampler = Draws.sampler("spatial", Map.of("dimensions", 1,
        "positions", List.of(List.of(0.5), List.of(100))), 2);
    int voters = 100_000;
    double[] sum = new double[1];
    sampler.sample(new SplittableRandom(13), voters, (r, u, c) -> sum[0] += u[0]);
    double mean = -0.25 * Math.sqrt(2 / Math.PI);
    // |x − 0.5| is half-normal: variance 0.25²(1 − 2/π); 5 standard errors.
    double error = Math.sqrt(0.0625 * (1 - 2 / Math.PI) / voters);
    assertThat(sum[0] / voters).isCloseTo(mean, within(5 * error));
  }
}
