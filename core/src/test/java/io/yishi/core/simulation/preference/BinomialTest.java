package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.internal.Binomial;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The binomial sampler against the exact distribution. Tolerances are 5 standard errors of the
 * statistic compared (a false failure under 1 in a million for each check); seeds are fixed.
 */
class BinomialTest {

  static final int DRAWS = 200_000;

  /** Inversion (n·p <= 30), BTPE (n·p > 30), with p above 1/2 (drawn as n − Bin(n, 1 − p)). */
  @ParameterizedTest(name = "n={0}, p={1}")
  @CsvSource({"10, 0.3", "100, 0.2", "60, 0.5", "1000, 0.5", "30000, 0.0083333333",
      "30000, 0.5", "50, 0.99", "5000, 0.9", "1000000, 0.001"})
  void meanAndVarianceMatchTheExactOnes(long n, double p) {
    SplittableRandom random = new SplittableRandom(n * 31 + (long) (p * 1000));
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < DRAWS; i++) {
      long x = Binomial.sample(random, n, p);
      assertThat(x).isBetween(0L, n);
      sum += x;
      sumSquares += (double) x * x;
    }
    double mean = sum / DRAWS;
    double variance = (sumSquares - DRAWS * mean * mean) / (DRAWS - 1);
    double q = 1 - p;
    double exactVariance = n * p * q;
    // The central fourth moment of Bin(n, p) is npq(1 + 3pq(n − 2)); the sample variance's
    // standard error is sqrt((mu4 − sigma^4) / draws).
    double mu4 = n * p * q * (1 + 3 * p * q * (n - 2));
    double meanError = Math.sqrt(exactVariance / DRAWS);
    double varianceError = Math.sqrt((mu4 - exactVariance * exactVariance) / DRAWS);
    assertThat(mean).as("mean").isCloseTo(n * p, within(5 * meanError));
    assertThat(variance).as("variance").isCloseTo(exactVariance, within(5 * varianceError));
  }

  /** Small n by inversion, and two BTPE cases: near the mode and far into the squeeze steps. */
  @ParameterizedTest(name = "n={0}, p={1}")
  @CsvSource({"20, 0.3", "12, 0.85", "200, 0.4", "10000, 0.5", "3000, 0.05"})
  void frequenciesMatchTheExactProbabilitiesByChiSquare(int n, double p) {
    SplittableRandom random = new SplittableRandom(7 + n);
    int draws = 400_000;
    double[] pmf = pmf(n, p);
    long[] seen = new long[n + 1];
    for (int i = 0; i < draws; i++) {
      seen[(int) Binomial.sample(random, n, p)]++;
    }
    // Pool the tails until each bin expects at least 5 draws, as Pearson's test asks.
    List<Long> observed = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    long o = 0;
    double e = 0;
    for (int k = 0; k <= n; k++) {
      o += seen[k];
      e += pmf[k] * draws;
      if (e >= 5 && tailExpectation(pmf, k + 1, draws) >= 5) {
        observed.add(o);
        expected.add(e);
        o = 0;
        e = 0;
      }
    }
    observed.add(o);
    expected.add(e);
    long[] obs = observed.stream().mapToLong(Long::longValue).toArray();
    double[] exp = expected.stream().mapToDouble(Double::doubleValue).toArray();
    int df = obs.length - 1;
    assertThat(Draws.chiSquare(obs, exp)).as("chi-square, df %s", df)
        .isLessThan(Draws.chiSquareBound(df));
  }

  @Test
  void edgeCasesNeedNoRandomness() {
    SplittableRandom random = new SplittableRandom(1);
    assertThat(Binomial.sample(random, 0, 0.5)).isZero();
    assertThat(Binomial.sample(random, 100, 0.0)).isZero();
    assertThat(Binomial.sample(random, 100, 1.0)).isEqualTo(100);
  }

  static double tailExpectation(double[] pmf, int from, int draws) {
    double sum = 0;
    for (int k = from; k < pmf.length; k++) {
      sum += pmf[k];
    }
    return sum * draws;
  }

  static double[] pmf(int n, double p) {
    double[] log = new double[n + 1];
    log[0] = n * Math.log1p(-p);
    for (int k = 1; k <= n; k++) {
      log[k] = log[k - 1] + Math.log((n - k + 1) * p / (k * (1 - p)));
    }
    double[] pmf = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      pmf[k] = Math.exp(log[k]);
    }
    return pmf;
  }
}
