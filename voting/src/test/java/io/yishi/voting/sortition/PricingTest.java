package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.voting.sortition.internal.Instance;
import io.yishi.voting.sortition.internal.Solver;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pricing program of column generation, {@link Solver#panelAbove}, against every compliant
 * panel enumerated: it finds a panel at the best weight and proves that none lies a hair above
 * it, for weights of all kinds: all different, whole multiples of one unit (with rounding
 * noise, as dual weights come), and equal on a subset of the groups with the rest 0, where many
 * panels tie at the best weight.
 */
class PricingTest {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.yishi.voting.sortition.SortitionProperties#seeds")
  void findsTheBestWeightAndProvesNothingLiesAbove(long seed) {
    SortitionProblem p = Pools.generate(seed, 11, 4, new int[] {3, 2, 2}, seed % 2 == 0);
    Instance in = new Instance(p);
    SplittableRandom random = new SplittableRandom(seed);
    int groups = in.groupCount();
    double[][] kinds = new double[3][groups];
    double unit = 1.0 / (150 + random.nextInt(100));
    for (int g = 0; g < groups; g++) {
      kinds[0][g] = random.nextDouble();
      kinds[1][g] = unit * random.nextInt(4) + (random.nextDouble() - 0.5) * 1e-15;
      kinds[2][g] = random.nextBoolean() ? unit : 0;
    }
    for (double[] weight : kinds) {
      double best = Double.NEGATIVE_INFINITY;
      for (int[] members : BruteForce.panels(p)) {
        double value = 0;
        for (int i : members) {
          value += weight[in.groupOf[i]];
        }
        best = Math.max(best, value);
      }
      double hair = 1e-7 * Math.max(1, Math.abs(best));

      int[] found = Solver.panelAbove(in, weight, best - hair);
      assertThat(found).as("a panel at the best weight %s", best).isNotNull();
      assertThat(in.meetsQuotas(found)).isTrue();
      double value = 0;
      for (int g = 0; g < groups; g++) {
        assertThat(found[g]).isBetween(0, in.size(g));
        value += found[g] * weight[g];
      }
      assertThat(value).isGreaterThanOrEqualTo(best - hair);
      assertThat(Solver.panelAbove(in, weight, best + hair)).as("above %s", best).isNull();
    }
  }
}
