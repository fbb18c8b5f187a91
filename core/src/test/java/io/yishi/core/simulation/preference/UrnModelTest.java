package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.simulation.PreferenceSampler;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The urn with pref_voting's convention: alpha 0 is impartial culture, alpha 1 gives the first
 * voter's ranking about half the voters, huge alpha gives everyone the first voter's ranking.
 */
class UrnModelTest {

  @Test
  void alphaZeroIsImpartialCulture() {
    int m = 4;
    PreferenceSampler sampler = Draws.sampler("urn", Map.of("alpha", 0), m);
    int voters = 240_000;
    long[] counts = Draws.counts(sampler, new SplittableRandom(8), voters, m);
    double[] expected = new double[24];
    java.util.Arrays.fill(expected, voters / 24.0);
    assertThat(Draws.chiSquare(counts, expected)).isLessThan(Draws.chiSquareBound(23));
  }

  @Test
  void hugeAlphaGivesEveryVoterTheFirstVotersRanking() {
    PreferenceSampler sampler = Draws.sampler("urn", Map.of("alpha", 1e12), 5);
    List<Draws.Call> calls = Draws.calls(sampler, new SplittableRandom(9), 30_000);
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).count()).isEqualTo(30_000);
  }

  /**
   * With alpha 1 the urn is a Chinese restaurant process of concentration 1: the first voter's
   * group holds 1 + U voters, U uniform on 0..n−1 (Beta-binomial(n − 1, 1, 1)), so its mean is
   * (n + 1)/2 and its variance (n² − 1)/12.
   */
  @Test
  void alphaOneGivesTheFirstVotersRankingHalfTheVotersOnAverage() {
    int voters = 200;
    int runs = 20_000;
    PreferenceSampler sampler = Draws.sampler("urn", Map.of("alpha", 1), 4);
    SplittableRandom random = new SplittableRandom(10);
    double sum = 0;
    for (int run = 0; run < runs; run++) {
      sum += Draws.calls(sampler, random, voters).get(0).count();
    }
    double error = Math.sqrt((voters * (double) voters - 1) / 12 / runs);
    assertThat(sum / runs).isCloseTo((voters + 1) / 2.0, within(5 * error));
  }
}
