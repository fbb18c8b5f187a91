package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.Rankings;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SinglePeakedModelTest {

  /** Single-peaked on 0..m−1: every top segment of the ranking is an interval of the axis. */
  static boolean singlePeaked(int[] ranking) {
    int low = ranking[0];
    int high = ranking[0];
    for (int i = 1; i < ranking.length; i++) {
      if (ranking[i] == low - 1) {
        low--;
      } else if (ranking[i] == high + 1) {
        high++;
      } else {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"walsh", "conitzer"})
  void everyRankingIsSinglePeakedOnTheAxis(String variant) {
    PreferenceSampler sampler = Draws.sampler("single-peaked", Map.of("variant", variant), 7);
    sampler.sample(new SplittableRandom(3), 5000,
        (r, u, c) -> assertThat(singlePeaked(r)).as("%s", java.util.Arrays.toString(r)).isTrue());
  }

  @Test
  void walshGivesEachOfTheSinglePeakedRankingsEqualProbability() {
    int m = 5;
    PreferenceSampler sampler = Draws.sampler("single-peaked", Map.of(), m);
    int voters = 160_000;
    long[] counts = Draws.counts(sampler, new SplittableRandom(14), voters, m);
    int singlePeaked = 0;
    int[] r = new int[m];
    for (int code = 0; code < counts.length; code++) {
      if (singlePeaked(Rankings.decode(code, r))) {
        singlePeaked++;
      } else {
        assertThat(counts[code]).isZero();
      }
    }
    assertThat(singlePeaked).isEqualTo(16);
    long[] observed = new long[16];
    int i = 0;
    for (int code = 0; code < counts.length; code++) {
      if (singlePeaked(Rankings.decode(code, r))) {
        observed[i++] = counts[code];
      }
    }
    double[] expected = new double[16];
    java.util.Arrays.fill(expected, voters / 16.0);
    assertThat(Draws.chiSquare(observed, expected)).isLessThan(Draws.chiSquareBound(15));
  }

  @Test
  void conitzerDrawsThePeakUniformly() {
    int m = 6;
    PreferenceSampler sampler =
        Draws.sampler("single-peaked", Map.of("variant", "conitzer"), m);
    int voters = 120_000;
    long[] firsts = Draws.firsts(sampler, new SplittableRandom(15), voters, m);
    // Each option's peak count is Bin(voters, 1/m); 5 standard errors.
    double p = 1.0 / m;
    double error = Math.sqrt(voters * p * (1 - p));
    for (long f : firsts) {
      assertThat((double) f).isCloseTo(voters * p, within(5 * error));
    }
  }
}
