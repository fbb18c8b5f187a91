package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.voting.sortition.internal.Instance;
import io.yishi.voting.sortition.internal.Solver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
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

  /**
   * The proof that ended the sixth leximin stage on the benchmark's generator at 700 volunteers
   * and a panel of 30 (the pool and quotas written out as CSV; the weights recorded in the run
   * where the branch and bound alone had not ended after minutes): every weight is a whole
   * number of units of 1/13, the bound is 73 units and many panels reach it, and the question
   * is whether any reaches 74. The linear relaxation's best is exactly 73 and proves it.
   */
  @Test
  void provesAStageEndThatTheBranchAndBoundAloneCouldNot() throws IOException {
    List<Quota> quotas;
    try (Reader features = resource("benchmark-700-30-features.csv")) {
      quotas = SortitionCsv.readQuotas(features, "features");
    }
    Instance in;
    try (Reader people = resource("benchmark-700-30-people.csv")) {
      in = new Instance(SortitionCsv.readPeople(people, "people", quotas, 30));
    }
    String[] lines;
    try (BufferedReader weights = resource("stage-end-weights-700-30.txt")) {
      lines = weights.lines().toArray(String[]::new);
    }
    double limit = Double.parseDouble(lines[0]);
    double[] weight = Arrays.stream(lines[1].trim().split(" "))
        .mapToDouble(Double::parseDouble).toArray();
    assertThat(weight).hasSize(in.groupCount());
    double unit = 1.0 / 13;

    assertThat(Solver.panelAbove(in, weight, limit)).isNull();
    int[] atBound = Solver.panelAbove(in, weight, 73 * unit - 1e-9);
    assertThat(atBound).isNotNull();
    assertThat(in.meetsQuotas(atBound)).isTrue();
    double value = 0;
    for (int g = 0; g < weight.length; g++) {
      value += atBound[g] * weight[g];
    }
    assertThat(value).isGreaterThanOrEqualTo(73 * unit - 1e-9);
  }

  private static BufferedReader resource(String name) {
    InputStream stream = PricingTest.class.getResourceAsStream(name);
    assertThat(stream).as("resource %s", name).isNotNull();
    return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
  }
}
