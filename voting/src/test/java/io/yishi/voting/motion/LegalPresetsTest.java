package io.yishi.voting.motion;

import static io.yishi.voting.motion.Motions.all;
import static io.yishi.voting.motion.Motions.decide;
import static io.yishi.voting.motion.Motions.heads;
import static io.yishi.voting.motion.Motions.votes;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LegalPresetsTest {

  @Nested
  @DisplayName("residents' meeting: more than half present, more than half of those present")
  class ResidentsMeeting {

    @Test
    void needsMoreThanHalfOfMembersPresent() {
      assertThat(decide("residents-meeting", heads(10), votes(1, 5, Vote.YES)).verdict())
          .isEqualTo(Verdict.NOT_DECIDED);
      assertThat(decide("residents-meeting", heads(10), votes(1, 6, Vote.YES)).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("residents-meeting", heads(11), votes(1, 6, Vote.YES)).verdict())
          .isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void abstentionsOfThosePresentCountAgainst() {
      var four = all(votes(1, 4, Vote.YES), votes(5, 7, Vote.ABSTAIN));
      var three = all(votes(1, 3, Vote.YES), votes(4, 6, Vote.ABSTAIN));

      assertThat(decide("residents-meeting", heads(11), four).verdict())
          .isEqualTo(Verdict.ADOPTED);   // 4 of 7 present
      MotionDecision d = decide("residents-meeting", heads(11), three);
      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);  // 3 of 6 present is not over half
      assertThat(d.explain()).contains("yes 3 of the 6 taking part", "tie");
    }

    @Test
    void aDecisionUnderTheRevisedLawSaysWhichWordingWasApplied() {
      var ballots = votes(1, 6, Vote.YES);
      MotionDecision before = (MotionDecision) Motions.REGISTRY.decisionRule("residents-meeting")
          .decide(DecisionRequest.of(heads(10), ballots, LocalDate.of(2025, 12, 31)));
      MotionDecision after = (MotionDecision) Motions.REGISTRY.decisionRule("residents-meeting")
          .decide(DecisionRequest.of(heads(10), ballots, LocalDate.of(2026, 1, 1)));

      assertThat(before.notes()).noneMatch(n -> n.contains("revised law"));
      assertThat(after.notes()).anyMatch(n -> n.contains("revised law (in force 2026-01-01)")
          && n.contains("2018 wording"));
    }
  }

  @Nested
  @DisplayName("Robert's Rules")
  class Roberts {

    @Test
    void majorityOf81CastNeeds41() {
      // 100 members, 81 cast: 41 is more than half
      var adopted = all(votes(1, 41, Vote.YES), votes(42, 81, Vote.NO));
      var rejected = all(votes(1, 40, Vote.YES), votes(41, 81, Vote.NO));

      assertThat(decide("roberts-majority", heads(100), adopted).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("roberts-majority", heads(100), rejected).verdict())
          .isEqualTo(Verdict.REJECTED);
    }

    @Test
    void illegalBallotsAreCountedBlanksAndAbstentionsAreNot() {
      // 40 yes, 39 no, 2 illegal = 81 cast, 41 needed; 10 blank and 10 abstaining left out
      var ballots = all(votes(1, 40, Vote.YES), votes(41, 79, Vote.NO), votes(80, 81,
          Vote.INVALID), votes(82, 91, Vote.BLANK), votes(92, 100, Vote.ABSTAIN));

      MotionDecision d = decide("roberts-majority", heads(100), ballots);

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.explain()).contains("yes 40 of 81 votes cast");
    }

    @Test
    void aTieFails() {
      MotionDecision d = decide("roberts-majority", heads(100),
          all(votes(1, 30, Vote.YES), votes(31, 60, Vote.NO)));

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.majorities().get(0).tie()).isTrue();
    }

    @Test
    void quorumIsAMajorityOfTheMembershipUnlessTheBylawsSayOtherwise() {
      assertThat(decide("roberts-majority", heads(100), votes(1, 50, Vote.YES)).verdict())
          .isEqualTo(Verdict.NOT_DECIDED);
      assertThat(decide("roberts-majority", heads(100), votes(1, 51, Vote.YES)).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("roberts-majority", java.util.Map.of("quorum", "1/4", "quorumStrict",
          false), heads(100), votes(1, 25, Vote.YES)).verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void twoThirdsIncludesExactlyTwoThirds() {
      var exactly = all(votes(1, 40, Vote.YES), votes(41, 60, Vote.NO));
      var below = all(votes(1, 39, Vote.YES), votes(40, 59, Vote.NO), votes(60, 60, Vote.NO));

      assertThat(decide("roberts-two-thirds", heads(100), exactly).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("roberts-two-thirds", heads(100), below).verdict())
          .isEqualTo(Verdict.REJECTED);
    }
  }

  @Nested
  @DisplayName("Nantang rules: more for than against, a tie fails, abstentions not counted")
  class Nantang {

    @Test
    void moreForThanAgainst() {
      assertThat(decide("nantang-majority", heads(30), all(votes(1, 3, Vote.YES),
          votes(4, 5, Vote.NO), votes(6, 25, Vote.ABSTAIN))).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("nantang-majority", heads(30), all(votes(1, 3, Vote.YES),
          votes(4, 6, Vote.NO))).verdict()).isEqualTo(Verdict.REJECTED);
    }
  }
}
