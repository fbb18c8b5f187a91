package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.Rankings;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Mallows model against its distribution, enumerated by brute force. Tolerances: 5
 * standard errors, or the chi-square bound of {@link Draws#chiSquareBound}; seeds fixed.
 */
class MallowsModelTest {

  /** P(r) ∝ phi^d(r, reference), over all rankings of m options, by code. */
  static double[] exact(int m, double phi, int[] reference) {
    int n = (int) Rankings.count(m);
    double[] p = new double[n];
    double total = 0;
    int[] r = new int[m];
    for (int code = 0; code < n; code++) {
      p[code] = Math.pow(phi, Draws.kendall(Rankings.decode(code, r), reference));
      total += p[code];
    }
    for (int code = 0; code < n; code++) {
      p[code] /= total;
    }
    return p;
  }

  static int[] identity(int m) {
    int[] id = new int[m];
    for (int i = 0; i < m; i++) {
      id[i] = i;
    }
    return id;
  }

  /**
   * E[d] = m·φ/(1−φ) − Σ_{j=1..m} j·φ^j/(1−φ^j): d is a sum of independent insertion offsets
   * V_j, truncated geometric on 0..j−1 with weights φ^v, whose mean is φ/(1−φ) − jφ^j/(1−φ^j).
   */
  @ParameterizedTest(name = "m={0}, phi={1}")
  @CsvSource({"4, 0.1", "4, 0.5", "4, 0.9", "2, 0.3", "5, 0.7", "6, 0.25", "4, 1.0", "4, 0.0"})
  void expectedDistanceFormulaMatchesEnumeration(int m, double phi) {
    double[] p = exact(m, phi, identity(m));
    double mean = 0;
    int[] r = new int[m];
    for (int code = 0; code < p.length; code++) {
      mean += p[code] * Draws.kendall(Rankings.decode(code, r), identity(m));
    }
    assertThat(MallowsModel.expectedDistance(m, phi)).isCloseTo(mean, within(1e-12));
  }

  @Test
  void meanDistanceToTheReferenceMatchesTheFormula() {
    int m = 5;
    double phi = 0.6;
    int[] reference = {3, 1, 4, 0, 2};
    PreferenceSampler sampler = Draws.sampler("mallows",
        Map.of("dispersion", phi, "reference", List.of(3, 1, 4, 0, 2)), m);
    int voters = 200_000;
    double[] sum = new double[1];
    sampler.sample(new SplittableRandom(11), voters,
        (r, u, c) -> sum[0] += c * Draws.kendall(r, reference));
    double[] p = exact(m, phi, reference);
    double second = 0;
    int[] r = new int[m];
    for (int code = 0; code < p.length; code++) {
      double d = Draws.kendall(Rankings.decode(code, r), reference);
      second += p[code] * d * d;
    }
    double mean = MallowsModel.expectedDistance(m, phi);
    // Standard error of the sample mean: sqrt(Var[d] / voters), Var[d] by enumeration.
    double error = Math.sqrt((second - mean * mean) / voters);
    assertThat(sum[0] / voters).isCloseTo(mean, within(5 * error));
  }

  @ParameterizedTest(name = "phi={0}")
  @CsvSource({"0.5", "0.2", "1.0"})
  void rankingFrequenciesMatchTheDistributionByChiSquare(double phi) {
    int m = 4;
    int[] reference = {2, 0, 3, 1};
    PreferenceSampler sampler = Draws.sampler("mallows",
        Map.of("dispersion", phi, "reference", List.of(2, 0, 3, 1)), m);
    int voters = 240_000;
    long[] counts = Draws.counts(sampler, new SplittableRandom(5), voters, m);
    double[] p = exact(m, phi, reference);
    double[] expected = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      expected[i] = p[i] * voters;
    }
    assertThat(Draws.chiSquare(counts, expected)).isLessThan(Draws.chiSquareBound(23));
  }

  @Test
  void zeroDispersionGivesTheReferenceAlways() {
    PreferenceSampler sampler = Draws.sampler("mallows",
        Map.of("dispersion", 0, "reference", List.of(2, 0, 1)), 3);
    List<Draws.Call> calls = Draws.calls(sampler, new SplittableRandom(1), 500);
    assertThat(calls).hasSize(500)
        .allSatisfy(c -> assertThat(c.ranking()).containsExactly(2, 0, 1));
  }

  @Test
  void defaultReferenceIsTheIdentity() {
    PreferenceSampler sampler = Draws.sampler("mallows", Map.of("dispersion", 0), 4);
    assertThat(Draws.calls(sampler, new SplittableRandom(1), 1).get(0).ranking())
        .containsExactly(0, 1, 2, 3);
  }
}
