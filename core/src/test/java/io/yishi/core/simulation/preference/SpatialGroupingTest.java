package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.yishi.core.simulation.PreferenceSampler;
import io.yishi.core.simulation.RankingTally;
import io.yishi.core.spi.Parameters;
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
}
