package io.yishi.core.simulation.preference;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.simulation.PreferenceSampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of every preference model on random sizes and parameters, each case drawn from an
 * explicit seed that every assertion prints: each ranking is a permutation of the options,
 * counts are positive and add up to the voters, utilities come exactly when the model has
 * them, and the same seed gives the same output.
 */
class PreferenceModelProperties {

  static final int SEEDS = 15;

  /** A model with parameters drawn from the seed. */
  record Case(long seed, String id, Map<String, Object> parameters, int options, int voters) {

    @Override
    public String toString() {
      return id + " " + parameters + " m=" + options + " n=" + voters + " (seed " + seed + ")";
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String id : Draws.REGISTRY.ids(io.yishi.core.plugin.PluginKind.PREFERENCE_MODEL)) {
      LongStream.range(0, SEEDS).forEach(seed -> cases.add(Arguments.of(draw(seed, id))));
    }
    return cases.stream();
  }

  static Case draw(long seed, String id) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003 + id.hashCode());
    int drawn = 2 + random.nextInt(seed % 5 == 4 ? 12 : 7);
    int options = id.equals("support") ? 2 : drawn;  // one motion: adopt or keep
    int voters = seed % 7 == 0 ? random.nextInt(3) : random.nextInt(2000);
    Map<String, Object> parameters = switch (id) {
      case "mallows" -> Map.of("dispersion", random.nextInt(11) / 10.0);
      case "urn" -> Map.of("alpha", random.nextInt(4) * 0.5);
      case "support" -> Map.of("support", random.nextInt(11) / 10.0);
      case "single-peaked" -> Map.of("variant", random.nextBoolean() ? "walsh" : "conitzer");
      case "spatial" -> random.nextBoolean() ? Map.of("dimensions", 1 + random.nextInt(10))
          : Map.of("clusters", List.of(Map.of("share", 0.25, "centre", List.of(0.2, 0.2)),
              Map.of("share", 0.75, "centre", List.of(0.7, 0.6), "spread", 0.1)));
      default -> Map.of();
    };
    return new Case(seed, id, parameters, options, voters);
  }

  static PreferenceSampler sampler(Case c) {
    return Draws.sampler(c.id(), c.parameters(), c.options());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyRankingIsAPermutationAndCountsAddUpToTheVoters(Case c) {
    PreferenceSampler sampler = sampler(c);
    List<Draws.Call> calls = Draws.calls(sampler, new SplittableRandom(c.seed()), c.voters());
    long total = 0;
    for (Draws.Call call : calls) {
      boolean[] seen = new boolean[c.options()];
      assertThat(call.ranking()).as("%s", c).hasSize(c.options());
      for (int option : call.ranking()) {
        assertThat(option).as("%s", c).isBetween(0, c.options() - 1);
        assertThat(seen[option]).as("%s: option %s twice", c, option).isFalse();
        seen[option] = true;
      }
      assertThat(call.count()).as("%s", c).isPositive();
      if (sampler.hasUtilities()) {
        assertThat(call.utilities()).as("%s", c).hasSize(c.options());
        assertThat(call.count()).as("%s", c).isEqualTo(1);
      } else {
        assertThat(call.utilities()).as("%s", c).isNull();
      }
      total += call.count();
    }
    assertThat(total).as("%s", c).isEqualTo(c.voters());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSameSeedGivesTheSameOutput(Case c) {
    PreferenceSampler sampler = sampler(c);
    List<Draws.Call> first = Draws.calls(sampler, new SplittableRandom(c.seed()), c.voters());
    List<Draws.Call> again = Draws.calls(sampler(c), new SplittableRandom(c.seed()), c.voters());
    assertThat(again).as("%s", c).isEqualTo(first);
  }
}
