package io.yishi.voting.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input fails with a message naming the value, and changes nothing: the request, its ballots
 * and the rule are as they were, and the next count gives what it would have given.
 */
class BadInputTest {

  static final LocalDate DATE = LocalDate.of(2025, 3, 1);
  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final MemberId WANG = MemberId.of("m-001");
  static final MemberId LI = MemberId.of("m-002");
  static final MemberId ZHAO = MemberId.of("m-003");
  static final MemberId STRANGER = MemberId.of("m-999");
  static final Electorate THREE = Electorate.of(Weighting.PER_PERSON,
      List.of(Member.of(WANG), Member.of(LI), Member.of(ZHAO)));

  /** Every motion preset in the registry. */
  static List<String> presets() {
    return REGISTRY.ids(PluginKind.DECISION_RULE).stream()
        .filter(id -> REGISTRY.decisionRule(id) instanceof MotionPreset).toList();
  }

  static DecisionRequest request(List<? extends Ballot> ballots, Map<String, ?> parameters) {
    return DecisionRequest.of(THREE, ballots, DATE).withParameters(Parameters.of(parameters));
  }

  static MotionDecision decide(String id, DecisionRequest request) {
    return (MotionDecision) REGISTRY.decisionRule(id).decide(request);
  }

  @Nested
  class Ballots {

    @ParameterizedTest
    @MethodSource("io.yishi.voting.motion.BadInputTest#presets")
    void aBallotFromANonMemberFailsNamingTheVoter(String id) {
      DecisionRequest request = request(List.of(MotionBallot.of(WANG, Vote.YES),
          MotionBallot.of(STRANGER, Vote.YES)), Map.of());

      assertThatThrownBy(() -> decide(id, request))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessageContaining("ballot.voter")
          .hasMessageContaining("must be a member of the electorate")
          .hasMessageContaining("m-999");
    }

    @ParameterizedTest
    @MethodSource("io.yishi.voting.motion.BadInputTest#presets")
    void aSecondBallotFromTheSameMemberFailsUnderTheDefaultPolicy(String id) {
      DecisionRequest request = request(List.of(MotionBallot.of(WANG, Vote.NO),
          MotionBallot.of(LI, Vote.YES), MotionBallot.of(WANG, Vote.YES)), Map.of());

      assertThatThrownBy(() -> decide(id, request))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessageContaining("ballot.voter")
          .hasMessageContaining("has already voted")
          .hasMessageContaining("m-001");
    }

    @ParameterizedTest
    @MethodSource("io.yishi.voting.motion.BadInputTest#presets")
    void underLastCountsTheLastBallotOfAMemberCounts(String id) {
      DecisionRequest twice = request(List.of(MotionBallot.of(WANG, Vote.NO),
          MotionBallot.of(LI, Vote.YES), MotionBallot.of(WANG, Vote.ABSTAIN),
          MotionBallot.of(WANG, Vote.YES)), Map.of("ballots", "last-counts"));
      DecisionRequest once = request(List.of(MotionBallot.of(LI, Vote.YES),
          MotionBallot.of(WANG, Vote.YES)), Map.of("ballots", "last-counts"));

      MotionDecision decision = decide(id, twice);

      assertThat(decision.tally().yes().heads()).as(id).isEqualTo(2);
      assertThat(decision.tally().no().heads()).as(id).isZero();
      assertThat(decision.tally().abstain().heads()).as(id).isZero();
      assertThat(decision.tally().inPerson()).as(id).isEqualTo(2);
      assertThat(decision).as(id).isEqualTo(decide(id, once));
    }

    @Test
    void aProxyBallotWithoutAMandateFailsNamingTheProxyAndTheMember() {
      DecisionRequest request = request(List.of(MotionBallot.of(LI, Vote.YES),
          MotionBallot.byProxy(WANG, LI, Vote.YES)), Map.of());

      assertThatThrownBy(() -> decide("majority", request))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessageContaining("ballot.proxy")
          .hasMessageContaining("holds no mandate from member m-001")
          .hasMessageContaining("no mandate is recorded")
          .hasMessageContaining("was m-002");
    }

    @Test
    void aProxyBallotFromSomeoneElseThanTheMandateHolderFailsNamingTheHolder() {
      DecisionRequest request = request(List.of(MotionBallot.byProxy(WANG, LI, Vote.NO)),
          Map.of("proxies", Map.of("m-001", "m-003")));

      assertThatThrownBy(() -> decide("owners-ordinary", request))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessageContaining("ballot.proxy")
          .hasMessageContaining("holds no mandate from member m-001")
          .hasMessageContaining("the mandate is held by m-003")
          .hasMessageContaining("was m-002");
    }

    @Test
    void aProxyBallotUnderAMandateCounts() {
      DecisionRequest request = request(List.of(MotionBallot.byProxy(WANG, LI, Vote.NO),
          MotionBallot.of(ZHAO, Vote.YES)), Map.of("proxies", Map.of("m-001", "m-002")));

      MotionDecision decision = decide("majority", request);

      assertThat(decision.tally().byProxy()).isEqualTo(1);
      assertThat(decision.tally().no().heads()).isEqualTo(1);
    }
  }

  @Nested
  class Electorates {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-45.37", "-1"})
    void aMemberWithZeroOrNegativeAreaFailsNamingTheValue(String area) {
      assertThatThrownBy(() -> Member.of(WANG, new BigDecimal(area)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("member m-001")
          .hasMessageContaining("weight must be positive")
          .hasMessageContaining("was " + area);
    }

    @Test
    void anEmptyElectorateFails() {
      assertThatThrownBy(() -> Electorate.of(Weighting.PER_PERSON, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("electorate: must have at least one member");
    }
  }

  @Nested
  class ParameterValues {

    static Stream<Arguments> invalidParameters() {
      return Stream.of(
          Arguments.of("majority", "threshold", "3/2", "must lie between 0 and 1"),
          Arguments.of("majority", "threshold", 1.5, "must lie between 0 and 1"),
          Arguments.of("majority", "castingVote", "abstain", "must be yes or no"),
          Arguments.of("majority", "threshold", "-1/2", "must be a fraction"),
          Arguments.of("majority", "threshold", "half", "must be a fraction"),
          Arguments.of("supermajority", "threshold", "4/3", "must lie between 0 and 1"),
          Arguments.of("double-majority", "headsThreshold", "3/2", "must lie between 0 and 1"),
          Arguments.of("double-majority", "weightThreshold", "7/5", "must lie between 0 and 1"),
          Arguments.of("majority", "quorum", "5/4", "must lie between 0 and 1"),
          Arguments.of("majority", "approvalQuorum", "2", "must lie between 0 and 1"),
          Arguments.of("majority", "quorumCount", -3, "must be >= 0"),
          Arguments.of("majority", "minimumYes", -1, "must be >= 0"),
          Arguments.of("majority", "base", "everyone", "must be one of [votes-cast, present,"
              + " members]"),
          Arguments.of("majority", "measure", "area", "must be one of [heads, weight]"),
          Arguments.of("majority", "strict", "yes", "must be true or false"),
          Arguments.of("consent", "objections", -2, "must be >= 0"),
          Arguments.of("owners-major", "blanks", "cast", "must be not-cast or ignored"),
          Arguments.of("roberts-majority", "quorum", "3/2", "must lie between 0 and 1"),
          Arguments.of("residents-meeting", "wording", "2025", "must be \"2018\""));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("invalidParameters")
    void anInvalidParameterFailsNamingTheParameterAndTheValue(String id, String name,
        Object value, String rule) {
      DecisionRequest request = request(List.of(MotionBallot.of(WANG, Vote.YES)),
          Map.of(name, value));

      assertThatThrownBy(() -> decide(id, request))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("parameters." + name)
          .hasMessageContaining(rule)
          .hasMessageContaining(String.valueOf(value));
    }

    @Test
    void aThresholdAboveOneFailsNamingThreeHalves() {
      DecisionRequest request = request(List.of(MotionBallot.of(WANG, Vote.YES)),
          Map.of("threshold", "3/2"));

      assertThatThrownBy(() -> decide("majority", request))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessage("parameters.threshold: must lie between 0 and 1, was 3/2");
    }

    @Test
    void anUnknownParameterFailsListingTheKnownNames() {
      DecisionRequest request = request(List.of(MotionBallot.of(WANG, Vote.YES)),
          Map.of("treshold", "2/3"));

      assertThatThrownBy(() -> decide("majority", request))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("parameters.treshold")
          .hasMessageContaining("is not a parameter of 'majority'")
          .hasMessageContaining("known: [abstentions, approvalQuorum, approvalStrict, ballots,"
              + " base, blanks, castingVote, delegations, invalid, measure, minimumYes,"
              + " nonVotersFollowMajority, proxies, quorum, quorumCount, quorumStrict, strict,"
              + " threshold, tie]")
          .hasMessageContaining("was 2/3");
    }

    @Test
    void aParameterOfAnotherPresetIsUnknownToALegalPreset() {
      DecisionRequest request = request(List.of(MotionBallot.of(WANG, Vote.YES)),
          Map.of("threshold", "1/2"));

      assertThatThrownBy(() -> decide("owners-major", request))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("parameters.threshold")
          .hasMessageContaining("is not a parameter of 'owners-major'")
          .hasMessageContaining("known: [ballots, blanks, invalid, nonVotersFollowMajority,"
              + " proxies]");
    }
  }

  @Nested
  class NothingChanges {

    static Stream<Arguments> presetsAndSeeds() {
      return presets().stream().flatMap(id -> Stream.of(1L, 4L, 9L, 16L)
          .map(seed -> Arguments.of(id, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("presetsAndSeeds")
    void theSameRequestDecidedTwiceGivesEqualDecisions(String id, long seed) {
      MotionGenerator.Profile profile = MotionGenerator.profile(seed);
      MotionGenerator.Profile other = MotionGenerator.profile(seed + 1000);
      DecisionRule rule = REGISTRY.decisionRule(id);
      DecisionRequest request = DecisionRequest.of(profile.electorate(), profile.ballots(), DATE)
          .withSeed(seed);

      MotionDecision first = (MotionDecision) rule.decide(request);
      rule.decide(DecisionRequest.of(other.electorate(), other.ballots(), DATE).withSeed(seed));
      MotionDecision second = (MotionDecision) rule.decide(request);
      MotionDecision fresh = (MotionDecision) PluginRegistry.load().decisionRule(id)
          .decide(request);

      assertThat(second).as("seed %d, %s", seed, id).isEqualTo(first);
      assertThat(fresh).as("seed %d, %s", seed, id).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("io.yishi.voting.motion.BadInputTest#presets")
    void aRejectedCountLeavesTheBallotsAndTheRuleAsTheyWere(String id) {
      List<MotionBallot> good = List.of(MotionBallot.of(WANG, Vote.YES),
          MotionBallot.of(LI, Vote.NO), MotionBallot.of(ZHAO, Vote.YES));
      List<MotionBallot> cast = new ArrayList<>(good);
      cast.add(MotionBallot.of(LI, Vote.YES));
      List<MotionBallot> castCopy = List.copyOf(cast);
      DecisionRequest bad = request(cast, Map.of());
      DecisionRule rule = REGISTRY.decisionRule(id);
      MotionDecision before = (MotionDecision) rule.decide(request(good, Map.of()));

      assertThatThrownBy(() -> rule.decide(bad))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessageContaining("has already voted");

      assertThat(bad.ballots()).as(id).containsExactlyElementsOf(castCopy);
      assertThat(cast).as(id).containsExactlyElementsOf(castCopy);
      assertThat(rule.decide(request(good, Map.of()))).as(id).isEqualTo(before);
    }

    @Test
    void aRejectedParameterLeavesTheRuleAsItWas() {
      DecisionRule rule = REGISTRY.decisionRule("majority");
      List<MotionBallot> good = List.of(MotionBallot.of(WANG, Vote.YES),
          MotionBallot.of(LI, Vote.NO), MotionBallot.of(ZHAO, Vote.NO));
      MotionDecision before = (MotionDecision) rule.decide(request(good, Map.of()));

      assertThatThrownBy(() -> rule.decide(request(good, Map.of("threshold", "3/2"))))
          .isInstanceOf(InvalidParameterException.class);

      assertThat(rule.decide(request(good, Map.of()))).isEqualTo(before);
    }
  }
}
