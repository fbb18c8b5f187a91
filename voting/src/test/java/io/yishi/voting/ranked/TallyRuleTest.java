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

/**
 * Every ranked method decides a drawn tally as it decides the same voters' profile, whether it
 * reads the tally directly (plurality, Borda, Copeland, Schulze, IRV) or builds the profile.
 */
class TallyRuleTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  static LongStream seeds() {
    return LongStream.range(0, 120);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyRankedMethodChoosesTheSameFromATallyAsFromItsProfile(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // up to 8 options; few voters make ties common, many voters (by count) make them rare
    int m = 2 + random.nextInt(seed % 3 == 0 ? RankingTally.MAX_OPTIONS - 1 : 4);
    int spread = seed % 2 == 0 ? 3 : 1_000;
    RankingTally tally = new RankingTally(m);
    Profile.Builder profile = Profile.builder(ProfileGenerator.names(m));
    for (int v = 0, n = 1 + random.nextInt(30); v < n; v++) {
      int[] order = ProfileGenerator.permutation(random, m);
      long count = 1 + random.nextInt(spread);
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
      List<Parameters> variants = new java.util.ArrayList<>(List.of(Parameters.empty(),
          Parameters.of(Map.of("tieBreak", "lot"))));
      if (method.parameters().contains(SchulzeMethod.STRENGTH)) {
        variants.add(Parameters.of(Map.of("strength", "winning-votes")));
        variants.add(Parameters.of(Map.of("strength", "winning-votes", "tieBreak", "lot")));
      }
      for (Parameters p : variants) {
        int[] expected = method.decide(built, p, seed).chosen().stream()
            .mapToInt(names::indexOf).sorted().toArray();
        assertThat(method.winners(tally, p, seed)).as("%s %s", id, p).containsExactly(expected);
      }
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(14);
  }

  static LongStream tinySeeds() {
    return LongStream.range(0, 400);
  }

  /**
   * The methods that read a tally directly, on a handful of voters: ties for the win and for
   * elimination are the rule here, and must come out as the full count has them, lots included.
   */
  @ParameterizedTest
  @MethodSource("tinySeeds")
  void directTallyCountsAgreeWithTheFullCountWhereTiesAbound(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 3 + random.nextInt(4);
    RankingTally tally = new RankingTally(m);
    Profile.Builder profile = Profile.builder(ProfileGenerator.names(m));
    for (int v = 0, n = 1 + random.nextInt(2 * m); v < n; v++) {
      int[] order = ProfileGenerator.permutation(random, m);
      tally.accept(order, null, 1);
      profile.addOrder(order, 1);
    }
    Profile built = profile.build();
    List<String> names = ProfileGenerator.names(m);
    for (String id : List.of("plurality", "borda", "copeland", "schulze", "irv")) {
      RankedMethod method = (RankedMethod) REGISTRY.decisionRule(id);
      for (Parameters p : List.of(Parameters.empty(), Parameters.of(Map.of("tieBreak", "lot")))) {
        int[] expected = method.decide(built, p, seed).chosen().stream()
            .mapToInt(names::indexOf).sorted().toArray();
        assertThat(method.winners(tally, p, seed)).as("seed %s: %s %s", seed, id, p)
            .containsExactly(expected);
      }
    }
  }
}
