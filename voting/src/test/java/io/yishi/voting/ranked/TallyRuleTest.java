package io.yishi.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.simulation.RankingTally;
import io.yishi.core.simulation.TallyRule;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ranked method decides a drawn tally as it decides the same voters' profile. */
class TallyRuleTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyRankedMethodChoosesTheSameFromATallyAsFromItsProfile(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(4);
    RankingTally tally = new RankingTally(m);
    Profile.Builder profile = Profile.builder(ProfileGenerator.names(m));
    for (int v = 0, n = 1 + random.nextInt(30); v < n; v++) {
      int[] order = ProfileGenerator.permutation(random, m);
      long count = 1 + random.nextInt(3);
      tally.accept(order, null, count);
      profile.addOrder(order, count);
    }
    Profile built = profile.build();
    List<String> names = ProfileGenerator.names(m);

    int checked = 0;
    for (String id : REGISTRY.ids(PluginKind.DECISION_RULE)) {
      if (!(REGISTRY.decisionRule(id) instanceof RankedMethod method)) {
        continue;
      }
      assertThat(method).isInstanceOf(TallyRule.class);
      for (Parameters p : List.of(Parameters.empty(), Parameters.of(Map.of("tieBreak",
          "lot")))) {
        int[] expected = method.decide(built, p, seed).chosen().stream()
            .mapToInt(names::indexOf).sorted().toArray();
        assertThat(method.winners(tally, p, seed)).as("%s %s", id, p).containsExactly(expected);
      }
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(14);
  }
}
