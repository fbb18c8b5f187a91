package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.simulation.PreferenceSampler;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Impartial culture against its known distribution. Tolerances: 5 standard errors of each
 * statistic (stated where used); seeds fixed.
 */
class ImpartialCultureModelTest {

  /** Counts drawn at once (up to 8 options) and voter by voter (9 options). */
  @ParameterizedTest(name = "{0} options")
  @ValueSource(ints = {3, 5, 9})
  void firstPreferencesAreUniform(int options) {
    PreferenceSampler sampler = Draws.sampler("impartial", Map.of(), options);
    SplittableRandom random = new SplittableRandom(options);
    int voters = 30_000;
    int runs = options == 9 ? 20 : 200;
    long[] firsts = new long[options];
    for (int run = 0; run < runs; run++) {
      long[] f = Draws.firsts(sampler, random, voters, options);
      for (int o = 0; o < options; o++) {
        firsts[o] += f[o];
      }
    }
    double n = (double) voters * runs;
    double p = 1.0 / options;
    // Each option's first-preference total is Bin(n, 1/m): standard error sqrt(n p (1 − p)).
    double error = Math.sqrt(n * p * (1 - p));
    for (int o = 0; o < options; o++) {
      assertThat((double) firsts[o]).as("option %s", o).isCloseTo(n * p, within(5 * error));
    }
  }

  @Test
  void multinomialCountsHaveTheBinomialMeanAndVariance() {
    int options = 4;
    int rankings = 24;
    int voters = 1000;
    int runs = 4000;
    PreferenceSampler sampler = Draws.sampler("impartial", Map.of(), options);
    SplittableRandom random = new SplittableRandom(2024);
    double[] sum = new double[rankings];
    double[] sumSquares = new double[rankings];
    for (int run = 0; run < runs; run++) {
      List<Draws.Call> calls = Draws.calls(sampler, random, voters);
      Set<Long> sent = new HashSet<>();
      long total = 0;
      for (Draws.Call c : calls) {
        long code = io.yishi.core.simulation.Rankings.code(c.ranking());
        assertThat(sent.add(code)).as("each ranking sent once").isTrue();
        assertThat(c.count()).isPositive();
        assertThat(c.utilities()).isNull();
        sum[(int) code] += c.count();
        sumSquares[(int) code] += (double) c.count() * c.count();
        total += c.count();
      }
      assertThat(total).isEqualTo(voters);
    }
    double p = 1.0 / rankings;
    double mean = voters * p;
    double variance = voters * p * (1 - p);
    double mu4 = variance * (1 + 3 * p * (1 - p) * (voters - 2));
    for (int k = 0; k < rankings; k++) {
      double m = sum[k] / runs;
      double v = (sumSquares[k] - runs * m * m) / (runs - 1);
      // Standard errors over the runs: of the mean sqrt(var/runs), of the sample variance
      // sqrt((mu4 − var²)/runs), mu4 the binomial's central fourth moment.
      assertThat(m).as("mean of ranking %s", k)
          .isCloseTo(mean, within(5 * Math.sqrt(variance / runs)));
      assertThat(v).as("variance of ranking %s", k)
          .isCloseTo(variance, within(5 * Math.sqrt((mu4 - variance * variance) / runs)));
    }
  }

  @Test
  void aRunCostsTheNumberOfRankingsNotOfVoters() {
    PreferenceSampler sampler = Draws.sampler("impartial", Map.of(), 5);
    List<Draws.Call> calls = Draws.calls(sampler, new SplittableRandom(3), 1_000_000_000);
    assertThat(calls).hasSizeLessThanOrEqualTo(120);
    assertThat(calls.stream().mapToLong(Draws.Call::count).sum()).isEqualTo(1_000_000_000L);
  }
}
