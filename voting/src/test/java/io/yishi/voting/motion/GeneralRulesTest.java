package io.yishi.voting.motion;

import static io.yishi.voting.motion.Motions.all;
import static io.yishi.voting.motion.Motions.decide;
import static io.yishi.voting.motion.Motions.heads;
import static io.yishi.voting.motion.Motions.m;
import static io.yishi.voting.motion.Motions.votes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GeneralRulesTest {

  @Nested
  class Majority {

    @Test
    void moreThanHalfOfVotesCastIgnoringAbstentions() {
      MotionDecision d = decide("majority", heads(20),
          all(votes(1, 5, Vote.YES), votes(6, 9, Vote.NO), votes(10, 15, Vote.ABSTAIN)));

      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
      assertThat(d.explain()).contains("yes 5 of 9 votes cast (55.6 %)",
          "needs more than 1/2 of votes cast — met");
    }

    @Test
    void abstentionsCountedAsCastActAsNo() {
      MotionDecision d = decide("majority", Map.of("abstentions", "cast"), heads(20),
          all(votes(1, 5, Vote.YES), votes(6, 9, Vote.NO), votes(10, 11, Vote.ABSTAIN)));

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.explain()).contains("yes 5 of 11 votes cast");
    }

    @Test
    void ofAllMembersCountsAbsenceAgainst() {
      var ballots = all(votes(1, 6, Vote.YES), votes(7, 7, Vote.NO));

      assertThat(decide("majority", Map.of("base", "members"), heads(10), ballots).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("majority", Map.of("base", "members"), heads(12), ballots).verdict())
          .isEqualTo(Verdict.REJECTED);
    }

    @Test
    void atLeastHalfIncludesExactlyHalf() {
      var ballots = all(votes(1, 5, Vote.YES), votes(6, 10, Vote.NO));

      assertThat(decide("majority", heads(10), ballots).verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(decide("majority", Map.of("strict", false), heads(10), ballots).verdict())
          .isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void minimumYesVotesMustBeReached() {
      var ballots = all(votes(1, 3, Vote.YES), votes(4, 4, Vote.NO));

      MotionDecision d = decide("majority", Map.of("minimumYes", 4), heads(10), ballots);

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.explain()).contains("Minimum yes: 4 members needed, 3 voted yes — missed");
    }

    @Test
    void approvalQuorumCountsYesAgainstAllMembers() {
      var ballots = all(votes(1, 3, Vote.YES), votes(4, 4, Vote.NO));

      MotionDecision d = decide("majority", Map.of("approvalQuorum", "1/3"), heads(10), ballots);

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(d.explain()).contains("at least 1/3 of all members voting yes — MISSED");
    }

    @Test
    void quorumCountNeedsThatManyTakingPart() {
      var ballots = all(votes(1, 3, Vote.YES), votes(4, 4, Vote.ABSTAIN));

      assertThat(decide("majority", Map.of("quorumCount", 4), heads(10), ballots).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("majority", Map.of("quorumCount", 5), heads(10), ballots).verdict())
          .isEqualTo(Verdict.NOT_DECIDED);
    }

    @Test
    void weightMeasureUsesTheMembersWeights() {
      var area = Motions.areas(3, i -> i == 1 ? "120.5" : "40");
      var ballots = all(votes(1, 1, Vote.YES), votes(2, 3, Vote.NO));

      assertThat(decide("majority", Map.of("measure", "weight"), area, ballots).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("majority", area, ballots).verdict()).isEqualTo(Verdict.REJECTED);
    }
  }

  @Nested
  class Ties {

    final List<Ballot> tied = all(votes(1, 4, Vote.YES), votes(5, 8, Vote.NO));

    @Test
    void failByDefault() {
      MotionDecision d = decide("majority", heads(8), tied);

      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.majorities().get(0).tie()).isTrue();
    }

    @Test
    void chairsCastingVoteSettlesThem() {
      MotionDecision d = decide("majority", Map.of("tie", "casting-vote", "castingVote", "yes"),
          heads(8), tied);

      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
      assertThat(d.explain()).contains("tie, settled by the chair's casting vote (yes): carried");
    }

    @Test
    void castingVoteMustBeGivenWhenNeeded() {
      assertThatThrownBy(() -> decide("majority", Map.of("tie", "casting-vote"), heads(8), tied))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith("parameters.castingVote: the vote is tied");
    }

    @Test
    void lotIsDrawnFromTheSeedAndRepeatable() {
      int adopted = 0;
      for (long seed = 0; seed < 200; seed++) {
        DecisionRequest request = DecisionRequest.of(heads(8), tied, Motions.DAY)
            .withParameters(Parameters.of(Map.of("tie", "lot"))).withSeed(seed);
        MotionDecision first = (MotionDecision) Motions.REGISTRY.decisionRule("majority")
            .decide(request);
        MotionDecision again = (MotionDecision) Motions.REGISTRY.decisionRule("majority")
            .decide(request);
        assertThat(again).as("seed %d", seed).isEqualTo(first);
        assertThat(first.explain()).contains("lot drawn with seed " + seed);
        adopted += first.verdict() == Verdict.ADOPTED ? 1 : 0;
      }
      assertThat(adopted).isBetween(70, 130);
    }
  }

  @Nested
  class Proxies {

    final Map<String, Object> mandate = Map.of("proxies", Map.of("m3", "m1"));

    @Test
    void proxyBallotCountsForTheMemberAndIsReported() {
      var ballots = all(votes(1, 1, Vote.YES), votes(2, 2, Vote.NO),
          List.of(MotionBallot.byProxy(m(3), m(1), Vote.YES)));

      MotionDecision d = decide("majority", mandate, heads(5), ballots);

      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
      assertThat(d.tally().byProxy()).isEqualTo(1);
      assertThat(d.explain()).contains("3 counted (2 in person, 1 by proxy)");
    }

    @Test
    void membersOwnBallotOverridesTheProxysWhicheverComesFirst() {
      Ballot proxy = MotionBallot.byProxy(m(3), m(1), Vote.YES);
      Ballot own = MotionBallot.of(m(3), Vote.NO);
      var before = all(votes(1, 1, Vote.YES), List.of(proxy, own));
      var after = all(votes(1, 1, Vote.YES), List.of(own, proxy));

      MotionDecision d1 = decide("majority", mandate, heads(5), before);
      MotionDecision d2 = decide("majority", mandate, heads(5), after);

      assertThat(d1).isEqualTo(d2);
      assertThat(d1.tally().no().heads()).isEqualTo(1);
      assertThat(d1.tally().overriddenByMember()).isEqualTo(1);
      assertThat(d1.explain()).contains("1 proxy ballots set aside for the member's own");
    }

    @Test
    void ballotByAProxyWithoutMandateIsRefused() {
      var ballots = List.<Ballot>of(MotionBallot.byProxy(m(3), m(2), Vote.YES));

      assertThatThrownBy(() -> decide("majority", mandate, heads(5), ballots))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessage("ballot.proxy: holds no mandate from member m3 (the mandate is held by m1),"
              + " was m2");
    }
  }

  @Nested
  class Delegation {

    @Test
    void votesFollowChainsToTheFirstMemberWhoVoted() {
      // m3 -> m2 -> m1 (m1 votes yes); m5 -> m4 (m4 votes no); m6 has no delegate
      var params = Map.of("delegations", Map.of("m3", "m2", "m2", "m1", "m5", "m4"));
      var ballots = all(votes(1, 1, Vote.YES), votes(4, 4, Vote.NO));

      MotionDecision d = decide("majority", params, heads(6), ballots);

      assertThat(d.tally().yes().heads()).isEqualTo(3);
      assertThat(d.tally().no().heads()).isEqualTo(2);
      assertThat(d.tally().delegated().heads()).isEqualTo(3);
      assertThat(d.tally().nonVoters().heads()).isEqualTo(1);
      assertThat(d.verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void cyclesAreDetectedAndReportedNotCounted() {
      var params = Map.of("delegations", Map.of("m2", "m3", "m3", "m4", "m4", "m2", "m5", "m3"));
      var ballots = all(votes(1, 1, Vote.YES));

      MotionDecision d = decide("majority", params, heads(5), ballots);

      assertThat(d.tally().delegationCycles()).containsExactly("m2 → m3 → m4 → m2");
      assertThat(d.tally().delegated().heads()).isZero();
      assertThat(d.explain()).contains("Delegation cycle, not counted: m2 → m3 → m4 → m2");
    }

    @Test
    void aMemberWhoVotesIsNotOverriddenByTheirDelegate() {
      var params = Map.of("delegations", Map.of("m2", "m1"));
      var ballots = all(votes(1, 1, Vote.YES), votes(2, 2, Vote.NO));

      MotionDecision d = decide("majority", params, heads(2), ballots);

      assertThat(d.tally().delegated().heads()).isZero();
      assertThat(d.tally().no().heads()).isEqualTo(1);
    }

    @Test
    void delegateOutsideTheElectorateIsRefused() {
      assertThatThrownBy(() -> decide("majority", Map.of("delegations", Map.of("m1", "m9")),
          heads(2), votes(2, 2, Vote.YES)))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("parameters.delegations")
          .hasMessageContaining("m9 is not in the electorate");
    }
  }

  @Nested
  class ConsentAndUnanimity {

    @Test
    void consentPassesUnlessSomeoneObjects() {
      assertThat(decide("consent", heads(5), all(votes(1, 2, Vote.YES),
          votes(3, 3, Vote.ABSTAIN))).verdict()).isEqualTo(Verdict.ADOPTED);
      MotionDecision blocked = decide("consent", heads(5), all(votes(1, 4, Vote.YES),
          votes(5, 5, Vote.NO)));
      assertThat(blocked.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(blocked.explain()).contains("1 objected — blocked");
      assertThat(decide("consent", Map.of("objections", 1), heads(5), all(votes(1, 4, Vote.YES),
          votes(5, 5, Vote.NO))).verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void consentWithAQuorumNeedsNoYes() {
      var ballots = votes(1, 3, Vote.ABSTAIN);

      assertThat(decide("consent", Map.of("quorum", "1/2"), heads(5), ballots).verdict())
          .isEqualTo(Verdict.ADOPTED);
      assertThat(decide("consent", Map.of("quorum", "2/3"), heads(5), ballots).verdict())
          .isEqualTo(Verdict.NOT_DECIDED);
    }

    @Test
    void unanimityNeedsEveryVoteCastYesAndAtLeastOne() {
      assertThat(decide("unanimity", heads(5), all(votes(1, 3, Vote.YES),
          votes(4, 4, Vote.ABSTAIN))).verdict()).isEqualTo(Verdict.ADOPTED);
      assertThat(decide("unanimity", heads(5), all(votes(1, 3, Vote.YES),
          votes(4, 4, Vote.NO))).verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(decide("unanimity", heads(5), votes(1, 2, Vote.ABSTAIN)).verdict())
          .isEqualTo(Verdict.REJECTED);
    }
  }

  @Nested
  class DoubleMajority {

    @Test
    void mustWinByHeadsAndByWeight() {
      var area = Motions.areas(5, i -> i <= 3 ? "50" : "200");
      var ballots = all(votes(1, 3, Vote.YES), votes(4, 5, Vote.NO));

      MotionDecision d = decide("double-majority", area, ballots);

      assertThat(d.majorities().get(0).thresholdMet()).as("3 of 5 members").isTrue();
      assertThat(d.majorities().get(1).thresholdMet()).as("150 of 550 m²").isFalse();
      assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
      assertThat(d.explain()).contains("By members:", "By weight:", "yes 150 of 550");
    }
  }

  @Nested
  class SecondBallots {

    @Test
    void areRefusedByDefaultAndTheLastCountsOnRequest() {
      List<Ballot> ballots = new ArrayList<>(all(votes(1, 1, Vote.NO), votes(1, 1, Vote.YES)));

      assertThatThrownBy(() -> decide("majority", heads(3), ballots))
          .isInstanceOf(InvalidBallotException.class)
          .hasMessageStartingWith("ballot.voter: has already voted");
      assertThat(decide("majority", Map.of("ballots", "last-counts"), heads(3), ballots)
          .verdict()).isEqualTo(Verdict.ADOPTED);
    }
  }
}
