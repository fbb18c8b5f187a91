package io.yishi.core.simulation.preference;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.Rankings;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Test helpers: samplers by id, and what they send, copied. */
final class Draws {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  private Draws() {}

  /** One call of a sink, its arrays copied. */
  record Call(int[] ranking, double[] utilities, long count) {

    @Override
    public boolean equals(Object o) {
      return o instanceof Call c && Arrays.equals(ranking, c.ranking)
          && Arrays.equals(utilities, c.utilities) && count == c.count;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ranking);
    }

    @Override
    public String toString() {
      return Arrays.toString(ranking) + "×" + count;
    }
  }

  static PreferenceSampler sampler(String id, Map<String, ?> parameters, int options) {
    return REGISTRY.preferenceModel(id).sampler(Parameters.of(parameters), options);
  }

  static List<Call> calls(PreferenceSampler sampler, SplittableRandom random, int voters) {
    List<Call> calls = new ArrayList<>();
    sampler.sample(random, voters, (r, u, c) ->
        calls.add(new Call(r.clone(), u == null ? null : u.clone(), c)));
    return calls;
  }

  /** Voters per ranking code, for up to 8 options. */
  static long[] counts(PreferenceSampler sampler, SplittableRandom random, int voters,
      int options) {
    long[] counts = new long[(int) Rankings.count(options)];
    sampler.sample(random, voters, (r, u, c) -> counts[(int) Rankings.code(r)] += c);
    return counts;
  }

  /** Voters per first preference. */
  static long[] firsts(PreferenceSampler sampler, SplittableRandom random, int voters,
      int options) {
    long[] firsts = new long[options];
    sampler.sample(random, voters, (r, u, c) -> firsts[r[0]] += c);
    return firsts;
  }

  /** Number of pairs ordered differently in the ranking and in the reference. */
  static int kendall(int[] ranking, int[] reference) {
    int m = ranking.length;
    int[] position = new int[m];
    for (int i = 0; i < m; i++) {
      position[reference[i]] = i;
    }
    int d = 0;
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        if (position[ranking[i]] > position[ranking[j]]) {
          d++;
        }
      }
    }
    return d;
  }

  /**
   * Pearson's chi-square statistic of observed counts against expected ones. Tests compare it
   * with {@code df + 5·sqrt(2·df)}: the statistic has mean df and standard deviation sqrt(2·df),
   * so the bound is 5 standard deviations above the mean (the chi-square's right tail is a
   * little heavier than the normal's; for df from 7 to a few hundred the bound still sits beyond
   * the 0.9999 quantile).
   */
  static double chiSquare(long[] observed, double[] expected) {
    double chi = 0;
    for (int i = 0; i < observed.length; i++) {
      double diff = observed[i] - expected[i];
      chi += diff * diff / expected[i];
    }
    return chi;
  }

  static double chiSquareBound(int df) {
    return df + 5 * Math.sqrt(2.0 * df);
  }
}
