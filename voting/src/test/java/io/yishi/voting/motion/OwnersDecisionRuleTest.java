package io.yishi.voting.motion;

import static io.yishi.voting.motion.Motions.all;
import static io.yishi.voting.motion.Motions.areas;
import static io.yishi.voting.motion.Motions.decide;
import static io.yishi.voting.motion.Motions.votes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Verdict;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Civil Code art. 278 at and around every boundary (RULES.md §3.1 worked example: 300 owners,
 * participation needs 200; a major matter needs 150 of 200; an ordinary one 101 of 200).
 */
class OwnersDecisionRuleTest {

  /** 300 owners of 100 m² each: 30,000 m², two-thirds = 200 owners and 20,000 m². */
  static final Electorate EVEN = areas(300, i -> "100");

  /** Owners 1-200 hold 150 m², 201-300 hold 50 m²: 35,000 m²; area passes easily for 1-200. */
  static final Electorate BIG_FIRST = areas(300, i -> i <= 200 ? "150" : "50");

  @Nested
  @DisplayName("participation: at least 2/3 of owners and of area (三分之二以上)")
  class Participation {

    @Test
    void exactlyTwoThirdsOfOwnersAndAreaIsEnough() {
      MotionDecision d = decide("owners-major", EVEN, votes(1, 200, Vote.YES));

      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
      assertThat(d.majorities()).allSatisfy(m -> assertThat(m.quorumMet()).isTrue());
      assertThat(d.explain()).contains("taking part 200 of 300", "taking part 20000 of 30000");
    }

    @Test
    void oneOwnerShortIsNotDecidedEvenWithAreaToSpare() {
      MotionDecision d = decide("owners-major", BIG_FIRST, votes(1, 199, Vote.YES));

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(d.majorities().get(0).quorumMet()).as("by owners").isFalse();
      assertThat(d.majorities().get(1).quorumMet()).as("by area 29850 of 35000").isTrue();
      assertThat(d.explain()).contains("taking part 199 of 300", "MISSED");
    }

    @Test
    void oneSquareMetreShortIsNotDecided() {
      // owner 1 holds 99 m² and owner 300 holds 101 m²: 200 owners take part with 19,999 m².
      Electorate e = areas(300, i -> i == 1 ? "99" : i == 300 ? "101" : "100");

      MotionDecision d = decide("owners-major", e, votes(1, 200, Vote.YES));

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(d.majorities().get(0).quorumMet()).isTrue();
      assertThat(d.majorities().get(1).quorumMet()).isFalse();
      assertThat(d.explain()).contains("taking part 19999 of 30000");
    }

    @Test
    void oneSquareMetreOverIsEnough() {
      Electorate e = areas(300, i -> i == 1 ? "101" : i == 300 ? "99" : "100");

      assertThat(decide("owners-major", e, votes(1, 200, Vote.YES)).verdict())
          .isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void missingQuorumIsNeverRejected() {
      MotionDecision d = decide("owners-ordinary", EVEN, votes(1, 10, Vote.NO));

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
    }
  }

  @Nested
  @DisplayName("major matters: at least 3/4 of participating owners and area (四分之三以上)")
  class Major {

    @Test
    void exactlyThreeQuartersOfOwnersAndAreaPasses() {
      MotionDecision d = decide("owners-major", EVEN,
          all(votes(1, 150, Vote.YES), votes(151, 200, Vote.NO)));

      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
      assertThat(d.explain()).contains("yes 150 of the 200 taking part (75.0 %)",
          "needs at least 3/4 of those taking part — met");
    }

    @Test
    void oneOwnerBelowThreeQuartersFails() {
      // the 149 yes voters hold 150 m² each, so the area test alone would pass
      MotionDecision d = decide("owners-major", BIG_FIRST,
          all(votes(1, 149, Vote.YES), votes(201, 251, Vote.NO)));

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.majorities().get(0).thresholdMet()).as("149 of 200 owners").isFalse();
      assertThat(d.majorities().get(1).thresholdMet()).as("22350 of 24900 m²").isTrue();
    }

    @Test
    void oneSquareMetreBelowThreeQuartersOfAreaFails() {
      // 150 yes of 200 owners; yes area 14,999 of 20,000 m²
      Electorate e = areas(300, i -> i == 1 ? "99" : i == 151 ? "101" : "100");

      MotionDecision d = decide("owners-major", e,
          all(votes(1, 150, Vote.YES), votes(151, 200, Vote.NO)));

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.majorities().get(0).thresholdMet()).isTrue();
      assertThat(d.majorities().get(1).thresholdMet()).isFalse();
      assertThat(d.explain()).contains("yes 14999 of the 20000 taking part");
    }

    @Test
    void abstentionsAndBlanksTakePartWithoutAgreeing() {
      MotionDecision d = decide("owners-major", EVEN, all(votes(1, 150, Vote.YES),
          votes(151, 170, Vote.ABSTAIN), votes(171, 190, Vote.BLANK),
          votes(191, 201, Vote.INVALID)));

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.majorities().get(0).participating()).isEqualByComparingTo("201");
    }

    @Test
    void blanksCanBeTreatedAsNotReturned() {
      MotionDecision d = decide("owners-major", Map.of("blanks", "ignored"), EVEN,
          all(votes(1, 150, Vote.YES), votes(151, 200, Vote.BLANK), votes(201, 250, Vote.NO)));

      assertThat(d.majorities().get(0).participating()).isEqualByComparingTo("200");
      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void refusesCountingBlanksAsVotesCast() {
      assertThatThrownBy(() -> decide("owners-major", Map.of("blanks", "cast"), EVEN,
          votes(1, 200, Vote.YES)))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith("parameters.blanks: must be not-cast or ignored");
    }

    @Test
    void explanationCitesTheSource() {
      assertThat(decide("owners-major", EVEN, votes(1, 200, Vote.YES)).explain())
          .contains("Civil Code art. 278", "items 6-8");
    }
  }

  @Nested
  @DisplayName("ordinary matters: more than half of participating owners and area (过半数)")
  class Ordinary {

    @Test
    void oneHundredAndOneOfTwoHundredPasses() {
      MotionDecision d = decide("owners-ordinary", EVEN,
          all(votes(1, 101, Vote.YES), votes(102, 200, Vote.NO)));

      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void exactlyHalfIsNotOverHalf() {
      MotionDecision d = decide("owners-ordinary", EVEN,
          all(votes(1, 100, Vote.YES), votes(101, 200, Vote.NO)));

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.majorities().get(0).tie()).isTrue();
      assertThat(d.explain()).contains("tie, settled by the rule that a tie fails: failed");
    }

    @Test
    void overHalfTheOwnersWithOneHundredthOfAMetreUnderHalfTheAreaFails() {
      // 101 owners agree holding 9,999 m²; 99 disagree holding 10,000.98 m²: half is 9,999.99
      Electorate e = areas(300, i -> i <= 101 ? "99" : i <= 200 ? "101.02" : "50");

      MotionDecision d = decide("owners-ordinary", e,
          all(votes(1, 101, Vote.YES), votes(102, 200, Vote.NO)));

      assertThat(d.majorities().get(0).thresholdMet()).isTrue();
      assertThat(d.majorities().get(1).thresholdMet()).isFalse();
      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
    }
  }

  @Nested
  class NonVoters {

    @Test
    void areNotCountedWithTheMajorityUnlessAsked() {
      var ballots = all(votes(1, 150, Vote.YES), votes(151, 160, Vote.NO));

      MotionDecision plain = decide("owners-major", EVEN, ballots);
      MotionDecision following = decide("owners-major",
          Map.of("nonVotersFollowMajority", true), EVEN, ballots);

      assertThat(plain.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(following.verdict()).isEqualTo(Verdict.ADOPTED);
      assertThat(following.explain())
          .contains("non-voters follow the majority: ON", "yes 290 of the 300 taking part");
      assertThat(plain.explain()).doesNotContain("non-voters follow the majority");
    }

    @Test
    void stillTakePartWhenYesAndNoAreEqual() {
      // turning the last no into a yes makes a 2-2 tie: non-voters join neither side but the
      // turnout must not fall, or a vote for the motion could leave it not decided
      var params = Map.of("nonVotersFollowMajority", true);
      var nine = Motions.heads(9);
      var before = all(votes(1, 1, Vote.YES), votes(2, 4, Vote.NO));
      var after = all(votes(1, 1, Vote.YES), votes(2, 3, Vote.NO), votes(4, 4, Vote.YES));

      MotionDecision rejected = decide("owners-ordinary", params, nine, before);
      MotionDecision tied = decide("owners-ordinary", params, nine, after);

      assertThat(rejected.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(tied.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(tied.majorities()).allSatisfy(m -> assertThat(m.quorumMet()).isTrue());
      assertThat(tied.notes()).anyMatch(n -> n.contains("non-voters joined neither side"));
    }
  }
}
