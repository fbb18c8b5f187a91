package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance properties of issue #9 on seeded generated pools: maximin and leximin match a
 * brute-force enumeration of every compliant panel to 1e-6; every drawn panel meets every
 * quota; probabilities sum to the panel size; leximin's smallest probability is never below the
 * one legacy's repeated draws give. Each failure names its seed.
 */
class SortitionProperties {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  /** Up to 12 volunteers, 2 or 3 features, households in every third problem. */
  static SortitionProblem small(long seed) {
    int n = 6 + (int) (seed % 7);
    int k = 2 + (int) (seed % 4);
    int[] values = seed % 2 == 0 ? new int[] {2, 3} : new int[] {2, 2, 3};
    return Pools.generate(seed, n, Math.min(k, n / 2), values, seed % 3 == 0);
  }

  static PanelDistribution run(String algorithm, SortitionProblem p, long seed) {
    return Sortition.algorithm(REGISTRY, algorithm).select(p, Parameters.empty(), seed);
  }

  static double[] probabilities(PanelDistribution d) {
    return d.probabilities().values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void maximinsSmallestProbabilityMatchesBruteForce(long seed) {
    SortitionProblem p = small(seed);
    PanelDistribution d = run("maximin", p, seed);

    assertThat(Arrays.stream(probabilitiesOfCoverable(p, d)).min().orElseThrow())
        .as("seed %d", seed).isCloseTo(BruteForce.maximin(p), within(1e-6));
  }

  /** Volunteers no compliant panel includes are left out of maximin, as in the reference. */
  static double[] probabilitiesOfCoverable(SortitionProblem p, PanelDistribution d) {
    Set<Integer> coverable = new HashSet<>();
    for (int[] panel : BruteForce.panels(p)) {
      for (int i : panel) {
        coverable.add(i);
      }
    }
    double[] all = probabilities(d);
    return coverable.stream().mapToDouble(i -> all[i]).toArray();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void leximinsProbabilitiesMatchBruteForce(long seed) {
    SortitionProblem p = small(seed);
    double[] expected = BruteForce.leximin(p);
    double[] actual = probabilities(run("leximin", p, seed));

    // the leximin probabilities are unique, so they match volunteer by volunteer, not only
    // as sorted vectors
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("seed %d, volunteer p%d", seed, i)
          .isCloseTo(expected[i], within(1e-6));
    }
    double[] sortedActual = actual.clone();
    double[] sortedExpected = expected.clone();
    Arrays.sort(sortedActual);
    Arrays.sort(sortedExpected);
    assertThat(sortedActual).as("seed %d", seed).containsExactly(sortedExpected, within(1e-6));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyAlgorithmsPanelsMeetTheQuotasAndProbabilitiesSumToK(long seed) {
    SortitionProblem p = small(seed);
    for (String algorithm : List.of("legacy", "maximin", "leximin", "nash")) {
      PanelDistribution d = run(algorithm, p, seed);
      assertThat(Arrays.stream(probabilities(d)).sum()).as("seed %d, %s", seed, algorithm)
          .isCloseTo(p.panelSize(), within(1e-9));
      assertThat(d.panels().stream().mapToDouble(Panel::probability).sum())
          .as("seed %d, %s", seed, algorithm).isCloseTo(1, within(1e-9));
      for (long drawSeed = 0; drawSeed < 20; drawSeed++) {
        LotteryDraw draw = LotteryDraw.draw(p, d, 1000, seed * 100 + drawSeed);
        assertThat(BruteForce.compliant(p, indices(p, draw.members())))
            .as("seed %d, %s, draw %d: %s", seed, algorithm, drawSeed, draw.members()).isTrue();
        draw.verify(p, d);
      }
    }
  }

  static int[] indices(SortitionProblem p, List<String> ids) {
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < p.pool().size(); i++) {
      index.put(p.pool().volunteers().get(i).id(), i);
    }
    return ids.stream().mapToInt(index::get).toArray();
  }

  static LongStream largerSeeds() {
    return LongStream.rangeClosed(1, 8);
  }

  /**
   * Leximin's smallest probability is at least legacy's. Legacy's is estimated from 4,000 draws;
   * a probability π estimated from N draws has standard error √(π(1−π)/N) ≤ √(0.25/4000) ≈
   * 0.0079, so the smallest of 40 estimates can fall below the true value by chance, but being
   * higher than leximin's true minimum by more than 4 standard errors (0.032) has probability
   * below 1e-4 per volunteer; with 40 volunteers and 8 seeds the test wrongly fails with
   * probability below 0.04 — and it is seeded, so a pass is a pass for good.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("largerSeeds")
  void leximinsSmallestProbabilityIsNeverBelowLegacys(long seed) {
    SortitionProblem p = Pools.generate(seed, 40, 8, new int[] {2, 3, 4}, seed % 2 == 0);
    PanelDistribution leximin = run("leximin", p, seed);
    PanelDistribution legacy = Sortition.algorithm(REGISTRY, "legacy")
        .select(p, Parameters.of(Map.of("draws", 4000)), seed);

    assertThat(leximin.minimum()).as("seed %d", seed)
        .isGreaterThanOrEqualTo(legacy.minimum() - 0.032);
  }

  static LongStream mediumSeeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /**
   * On pools too large to enumerate (40 to 120 volunteers, 3 or 4 features, households in every
   * other one) the three fair algorithms must agree where theory says they do: leximin's
   * smallest probability is maximin's, nash's is not above it, leximin's sorted probabilities
   * are not lexicographically below maximin's or nash's, and every distribution sums to the
   * panel size. Each run also passes the column generation's own check that every volunteer
   * gets the probability its master program promised, which fails the run otherwise; this is
   * what exercises the master simplex on many degenerate programs.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("mediumSeeds")
  void fairAlgorithmsAgreeOnLargerPools(long seed) {
    int n = 40 + (int) (seed * 37 % 81);
    int k = 6 + (int) (seed % 9);
    int[] values = seed % 2 == 0 ? new int[] {2, 3, 4} : new int[] {2, 2, 3, 5};
    SortitionProblem p = Pools.generate(seed, n, k, values, seed % 2 == 0);
    PanelDistribution maximin = run("maximin", p, seed);
    PanelDistribution leximin = run("leximin", p, seed);
    PanelDistribution nash = run("nash", p, seed);

    assertThat(leximin.minimum()).as("seed %d", seed).isCloseTo(maximin.minimum(), within(1e-6));
    assertThat(nash.minimum()).as("seed %d", seed).isLessThanOrEqualTo(leximin.minimum() + 1e-6);
    double[] lex = sorted(leximin);
    for (PanelDistribution other : List.of(maximin, nash)) {
      assertThat(Arrays.stream(probabilities(other)).sum()).as("seed %d", seed)
          .isCloseTo(k, within(1e-6));
      double[] o = sorted(other);
      int i = 0;
      while (i < lex.length && Math.abs(lex[i] - o[i]) <= 1e-6) {
        i++;
      }
      assertThat(i == lex.length || lex[i] > o[i])
          .as("seed %d: leximin below another at rank %d", seed, i).isTrue();
    }
  }

  private static double[] sorted(PanelDistribution d) {
    double[] p = probabilities(d);
    Arrays.sort(p);
    return p;
  }
}
