package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.PreferenceSink;
import io.yishi.core.simulation.RankingTally;
import io.yishi.core.simulation.Rankings;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A tally fed a ranking's voters at once holds what it holds when fed voter by voter. */
class SpatialGroupingTest {

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void groupingVotersByRankingChangesNoCountAndNoUtilitySum(long seed) {
    int options = 2 + (int) (seed % 5);
    Parameters p = seed % 2 == 0 ? Parameters.empty() : Parameters.of(Map.of("clusters",
        List.of(Map.of("share", 0.3, "centre", List.of(0.2, 0.2), "spread", 0.1),
            Map.of("share", 0.7, "centre", List.of(0.8, 0.6), "spread", 0.3))));
    PreferenceSampler sampler = new SpatialModel().sampler(p, options);
    RankingTally grouped = new RankingTally(options);
    RankingTally oneByOne = new RankingTally(options);
    int[] calls = new int[1];

    sampler.sample(new SplittableRandom(seed), 2_000, grouped);
    sampler.sample(new SplittableRandom(seed), 2_000, (ranking, utilities, count) -> {
      calls[0]++;
      oneByOne.accept(ranking, utilities, count);
    });

    assertThat(calls[0]).isEqualTo(2_000);
    assertThat(grouped.voters()).isEqualTo(2_000);
    for (int code = 0; code < grouped.rankings(); code++) {
      assertThat(grouped.count(code)).isEqualTo(oneByOne.count(code));
    }
    for (int o = 0; o < options; o++) {
      assertThat(grouped.utility(o)).isCloseTo(oneByOne.utility(o), within(1e-9));
    }
  }

  /**
   * The grouped path draws voters in batches and ranks them by pairwise comparisons; it must
   * hand on exactly what drawing voter by voter, sorting and summing per ranking gives: the
   * same rankings in the same order with the same counts and the same mean utilities, bit for
   * bit, whatever the options, dimensions, clusters, ties and batch boundaries.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void groupedSamplingIsBitForBitWhatVoterByVoterSummingGives(long seed) {
    SplittableRandom setup = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int options = 2 + setup.nextInt(5);
    int dimensions = 1 + setup.nextInt(seed % 3 == 0 ? 10 : 3);
    int voters = setup.nextInt(3) == 0 ? setup.nextInt(5) : setup.nextInt(2_000);
    List<Object> centre = new ArrayList<>();
    for (int i = 0; i < dimensions; i++) {
      centre.add(0.25);
    }
    Parameters p = switch ((int) (seed % 4)) {
      case 0 -> Parameters.of(Map.of("dimensions", dimensions));
      case 1 -> Parameters.of(Map.of("dimensions", dimensions, "clusters", List.of(
          Map.of("share", 0.3, "centre", centre, "spread", 0.1),
          Map.of("share", 0.7, "centre", centre, "spread", 0.5))));
      // every voter at one point, options on a few levels: ties, broken by the lower index
      case 2 -> Parameters.of(Map.of("dimensions", 1, "spread", 0, "positions",
          positions(setup, options)));
      default -> Parameters.of(Map.of("dimensions", 1, "positions", positions(setup, options)));
    };
    if (seed % 4 >= 2) {
      dimensions = 1;
    }
    PreferenceSampler sampler = new SpatialModel().sampler(p, options);
    List<String> grouped = new ArrayList<>();
    sampler.sample(new SplittableRandom(seed), voters, new Recorder(grouped));

    List<String> expected = reference(p, options, dimensions, new SplittableRandom(seed), voters);
    assertThat(grouped).as("seed %s", seed).isEqualTo(expected);
  }

  private static List<Object> positions(SplittableRandom setup, int options) {
    List<Object> positions = new ArrayList<>();
    for (int o = 0; o < options; o++) {
      positions.add(List.of(0.5 + (setup.nextInt(5) - 2) * 0.125));
    }
    return positions;
  }

  /** Voter by voter: draw, sort best first (ties to the lower index), sum per ranking code. */
  private static List<String> reference(Parameters p, int m, int d, SplittableRandom random,
      int voters) {
    double[] at = new double[m * d];
    if (p.get("positions").isPresent()) {
      List<?> points = (List<?>) p.get("positions").get();
      for (int o = 0; o < m; o++) {
        at[o] = ((Number) ((List<?>) points.get(o)).get(0)).doubleValue();
      }
    } else {
      for (int i = 0; i < at.length; i++) {
        at[i] = random.nextDouble();
      }
    }
    double[] centres;
    double[] spreads;
    int[] sizes;
    if (p.get("clusters").isPresent()) {
      centres = new double[2 * d];
      Arrays.fill(centres, 0.25);
      spreads = new double[] {0.1, 0.5};
      sizes = SpatialModel.apportion(new double[] {0.3, 0.7}, voters);
    } else {
      centres = new double[d];
      Arrays.fill(centres, 0.5);
      spreads = new double[] {p.get("spread").isPresent() ? 0 : 0.25};
      sizes = new int[] {voters};
    }
    int n = (int) Rankings.count(m);
    long[] counts = new long[n];
    double[] sums = new double[n * m];
    double[] voter = new double[d];
    double[] u = new double[m];
    int[] ranking = new int[m];
    for (int g = 0; g < sizes.length; g++) {
      for (int v = 0; v < sizes[g]; v++) {
        for (int i = 0; i < d; i++) {
          voter[i] = centres[g * d + i] + spreads[g] * random.nextGaussian();
        }
        for (int o = 0; o < m; o++) {
          double squared = 0;
          for (int i = 0; i < d; i++) {
            double diff = voter[i] - at[o * d + i];
            squared += diff * diff;
          }
          u[o] = -Math.sqrt(squared);
        }
        for (int o = 0; o < m; o++) {
          int j = o;
          while (j > 0 && u[ranking[j - 1]] < u[o]) {
            ranking[j] = ranking[j - 1];
            j--;
          }
          ranking[j] = o;
        }
        int code = (int) Rankings.code(ranking);
        counts[code]++;
        for (int o = 0; o < m; o++) {
          sums[code * m + o] += u[o];
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int code = 0; code < n; code++) {
      if (counts[code] > 0) {
        for (int o = 0; o < m; o++) {
          u[o] = sums[code * m + o] / counts[code];
        }
        out.add(Arrays.toString(Rankings.decode(code, ranking)) + " x" + counts[code] + " "
            + Arrays.toString(u));
      }
    }
    return out;
  }

  /** A summing sink that writes down every call exactly (doubles in full). */
  private record Recorder(List<String> calls) implements PreferenceSink {
    @Override
    public void accept(int[] ranking, double[] utilities, long count) {
      calls.add(Arrays.toString(ranking) + " x" + count + " " + Arrays.toString(utilities));
    }

    @Override
    public boolean sumsUtilities() {
      return true;
    }
  }
}
