package io.yishi.voting.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.simulation.CountRule;
import io.yishi.core.simulation.VoteCount;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A motion rule decides a count of votes, as an experiment gives it, exactly as it decides the
 * ballots that add up to that count: for every motion preset, on seeded electorates (by head and
 * by floor area) and votes.
 */
class MotionCountTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 250).boxed();
  }

  static List<MotionPreset> presets() {
    List<MotionPreset> presets = new ArrayList<>();
    for (String id : Motions.REGISTRY.ids(PluginKind.DECISION_RULE)) {
      if (Motions.REGISTRY.decisionRule(id) instanceof MotionPreset p) {
        presets.add(p);
      }
    }
    return presets;
  }

  @Test
  void everyMotionPresetCountsAndTheLegalOnesAreAmongThem() {
    assertThat(presets()).extracting(DecisionRule::id).contains("majority", "owners-major",
        "owners-ordinary", "residents-meeting", "double-majority");
    assertThat(presets()).allSatisfy(p -> assertThat(p).isInstanceOf(CountRule.class));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCountIsDecidedAsItsBallotsAre(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Electorate electorate = MotionGenerator.electorate(random);
    List<MotionBallot> ballots = new ArrayList<>();
    for (MotionBallot b : MotionGenerator.ballots(electorate, random)) {
      // a count knows yes, no and abstain; blank and invalid ballots are not simulated
      ballots.add(b.vote() == Vote.BLANK || b.vote() == Vote.INVALID
          ? MotionBallot.of(b.voter(), Vote.ABSTAIN) : b);
    }
    VoteCount count = count(electorate, ballots);
    long lot = random.nextLong();
    for (MotionPreset preset : presets()) {
      Map<String, Object> raw = preset.id().equals("majority")
          ? MotionGenerator.majorityParameters(random)
          : preset.id().equals("double-majority")
              ? MotionGenerator.doubleMajorityParameters(random) : Map.of();
      Parameters parameters = Parameters.of(raw);
      DecisionRequest request = DecisionRequest.of(electorate, ballots, LocalDate.EPOCH)
          .withParameters(parameters).withSeed(lot);
      String context = preset.id() + " " + raw + " seed " + seed;
      CountRule.Counter counter;
      try {
        counter = preset.counter(parameters);
      } catch (InvalidParameterException e) {
        // refused up front only for a casting-vote tie policy without the vote
        assertThat(e.getMessage()).as(context).contains("castingVote");
        continue;
      }
      Verdict onBallots = preset.decide(request).verdict();
      assertThat(counter.verdict(count, lot)).as(context).isEqualTo(onBallots);
    }
  }

  @Test
  void whatACountCannotHonourIsRefusedBeforeAnyCount() {
    MotionPreset majority = (MotionPreset) Motions.REGISTRY.decisionRule("majority");
    assertThatThrownBy(() -> majority.counter(Parameters.of(Map.of("tie", "casting-vote"))))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("castingVote");
    assertThat(majority.counter(Parameters.of(Map.of("tie", "casting-vote", "castingVote",
        "no"))).verdict(VoteCount.ofHeads(4, 2, 2, 0), 1)).isEqualTo(Verdict.REJECTED);
    MotionPreset owners = (MotionPreset) Motions.REGISTRY.decisionRule("owners-ordinary");
    assertThatThrownBy(() -> owners.counter(Parameters.of(Map.of("proxies",
        Map.of("m-001", "m-002"))))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("proxies");
  }

  @Test
  void aFixedRuleCountsToo() {
    MotionRule rule = ((MotionPreset) Motions.REGISTRY.decisionRule("owners-major"))
        .rule(Parameters.empty(), LocalDate.EPOCH);
    // 9 of 10 owners, 900 of 1,000 m², take part; 7 owners with 760 m² say yes: 7/9 < 3/4? no,
    // 7/9 = 0.78 >= 0.75 and 760/900 = 0.84 >= 0.75, so adopted
    VoteCount count = new VoteCount(io.yishi.core.electorate.Weighting.FLOOR_AREA, 0,
        new VoteCount.Side(10, 1000), new VoteCount.Side(7, 760), new VoteCount.Side(2, 140),
        new VoteCount.Side(0, 0));
    assertThat(rule.counter(Parameters.empty()).verdict(count, 0)).isEqualTo(Verdict.ADOPTED);
    VoteCount fewer = new VoteCount(io.yishi.core.electorate.Weighting.FLOOR_AREA, 0,
        new VoteCount.Side(10, 1000), new VoteCount.Side(5, 600), new VoteCount.Side(1, 50),
        new VoteCount.Side(0, 0));
    // 6 of 10 owners take part: below 2/3, so the quorum fails
    assertThat(rule.decide(fewer, 0).verdict()).isEqualTo(Verdict.NOT_DECIDED);
  }

  static VoteCount count(Electorate electorate, List<MotionBallot> ballots) {
    long[] heads = new long[3];
    long[] weight = new long[3];
    for (MotionBallot b : ballots) {
      int i = electorate.indexOf(b.voter());
      int k = b.vote() == Vote.YES ? 0 : b.vote() == Vote.NO ? 1 : 2;
      heads[k]++;
      weight[k] += electorate.weightInUnits(i);
    }
    long total = 0;
    for (int i = 0; i < electorate.size(); i++) {
      total += electorate.weightInUnits(i);
    }
    return new VoteCount(electorate.weighting(), electorate.weightUnit().scale(),
        new VoteCount.Side(electorate.size(), total), new VoteCount.Side(heads[0], weight[0]),
        new VoteCount.Side(heads[1], weight[1]), new VoteCount.Side(heads[2], weight[2]));
  }
}
