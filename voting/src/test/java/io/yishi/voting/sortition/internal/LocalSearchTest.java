package io.yishi.voting.sortition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.voting.sortition.Pool;
import io.yishi.voting.sortition.Pools;
import io.yishi.voting.sortition.Quota;
import io.yishi.voting.sortition.SortitionProblem;
import io.yishi.voting.sortition.Volunteer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The climbs of pricing: single moves stall where the quotas pin every single move, pairs of
 * moves go on, and neither ever returns a panel that breaks a rule.
 */
class LocalSearchTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /**
   * Two estates and two tenures, one seat of each on a panel of two: every single move changes
   * one estate's or one tenure's count and breaks its quota, so from the panel {A owner, B
   * tenant} only a pair of moves reaches the heavy panel {A tenant, B owner}.
   */
  @Test
  void pairsLeaveAPanelWhereTheQuotasPinEverySingleMove() {
    List<Volunteer> people = List.of(
        Volunteer.of("a-owner", Map.of("estate", "A", "tenure", "owner")),
        Volunteer.of("a-tenant", Map.of("estate", "A", "tenure", "tenant")),
        Volunteer.of("b-owner", Map.of("estate", "B", "tenure", "owner")),
        Volunteer.of("b-tenant", Map.of("estate", "B", "tenure", "tenant")));
    List<Quota> quotas = List.of(Quota.of("estate", "A", 1, 1), Quota.of("estate", "B", 1, 1),
        Quota.of("tenure", "owner", 1, 1), Quota.of("tenure", "tenant", 1, 1));
    Instance in = new Instance(SortitionProblem.of(new Pool(people), quotas, 2));
    double[] weight = new double[in.groupCount()];
    weight[in.groupOf[1]] = 1;
    weight[in.groupOf[2]] = 1;
    int[] start = new int[in.groupCount()];
    start[in.groupOf[0]] = 1;
    start[in.groupOf[3]] = 1;

    int[] single = LocalSearch.improve(in, weight, List.of(start));
    int[] pairs = LocalSearch.improvePairs(in, weight, LocalSearch.byWeight(weight), start);

    assertThat(single).isEqualTo(start);
    assertThat(LocalSearch.value(pairs, weight)).isEqualTo(2);
    assertThat(pairs[in.groupOf[1]]).isEqualTo(1);
    assertThat(pairs[in.groupOf[2]]).isEqualTo(1);
    assertThat(in.meetsQuotas(pairs)).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void pairClimbsKeepEveryRuleAndNeverEndBelowTheSingleMoves(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SortitionProblem problem = seed % 3 == 0
        ? Pools.evenShares(seed, 80 + random.nextInt(80), 8 + random.nextInt(6))
        : Pools.generate(seed, 20 + random.nextInt(40), 4 + random.nextInt(6),
            new int[] {2 + random.nextInt(4), 2, 3}, seed % 2 == 0);
    Instance in = new Instance(problem);
    int[] start = Solver.anyPanel(in);
    assertThat(start).as("the generated quotas can be met").isNotNull();
    double[] weight = new double[in.groupCount()];
    for (int g = 0; g < weight.length; g++) {
      weight[g] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
    }
    int[] order = LocalSearch.byWeight(weight);

    int[] single = LocalSearch.improve(in, weight, order, List.of(start));
    int[] pairs = LocalSearch.improvePairs(in, weight, order, start);

    assertThat(in.meetsQuotas(pairs)).as("quotas, size and households").isTrue();
    for (int g = 0; g < pairs.length; g++) {
      assertThat(pairs[g]).as("seats of group %s", g).isBetween(0, in.size(g));
    }
    assertThat(LocalSearch.value(pairs, weight))
        .isGreaterThanOrEqualTo(LocalSearch.value(single, weight) - 1e-12);
    assertThat(LocalSearch.improvePairs(in, weight, order, start)).isEqualTo(pairs);
    assertThat(start).as("the start is left as it was").isEqualTo(Solver.anyPanel(in));
  }

  /** On the benchmark's layout of quotas the single moves stall below what pairs reach. */
  @Test
  void pairsGainWhereSingleMovesStallOnTheBenchmarkLayout() {
    int gained = 0;
    for (long seed = 1; seed <= 10; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Instance in = new Instance(Pools.evenShares(seed, 200, 12));
      double[] weight = new double[in.groupCount()];
      for (int g = 0; g < weight.length; g++) {
        weight[g] = random.nextDouble();
      }
      int[] order = LocalSearch.byWeight(weight);
      int[] start = Solver.anyPanel(in);
      double single = LocalSearch.value(LocalSearch.improve(in, weight, order, List.of(start)),
          weight);
      double pairs = LocalSearch.value(LocalSearch.improvePairs(in, weight, order, start), weight);
      if (pairs > single + 1e-9) {
        gained++;
      }
    }
    assertThat(gained).as("pools of 10 where pairs beat single moves").isGreaterThan(5);
  }
}
