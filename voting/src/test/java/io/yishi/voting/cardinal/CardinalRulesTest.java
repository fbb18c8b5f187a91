package io.yishi.voting.cardinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cardinal methods as plugins: found by id, deciding from requests, refusing bad ballots and
 * parameters with messages that name the field, the value and the rule, and their decisions
 * surviving a JSON round trip.
 */
class CardinalRulesTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final List<String> SITES = List.of("north-gate", "basement", "east-lawn");

  static DecisionRequest request(List<String> slate, List<? extends Ballot> ballots,
      Map<String, ?> parameters) {
    Electorate electorate = Electorate.of(Weighting.PER_HOUSEHOLD, IntStream.range(0, 200)
        .mapToObj(i -> Member.of(new MemberId("m" + i))).toList());
    return DecisionRequest.of(electorate, ballots, LocalDate.of(2025, 4, 12))
        .withAlternatives(slate).withParameters(Parameters.of(parameters));
  }

  static ScoreBallot scores(int voter, Map<String, Integer> scores) {
    return new ScoreBallot(MemberId.of("m" + voter), scores);
  }

  @ParameterizedTest
  @ValueSource(strings = {"approval", "score", "star", "majority-judgment", "dots"})
  void everyMethodIsRegisteredUnderItsId(String id) {
    DecisionRule rule = PluginRegistry.load().decisionRule(id);
    assertThat(rule.id()).isEqualTo(id);
    assertThat(rule.parameters()).extracting(p -> p.name()).contains("tieBreak");
  }

  @Test
  void scoreBallotsDecideThroughTheRequestWithLeftOutAlternativesAtTheBottom() {
    DecisionRequest r = request(SITES, List.of(
        scores(0, Map.of("north-gate", 5, "basement", 1)),
        scores(1, Map.of("basement", 4, "east-lawn", 2)),
        scores(2, Map.of("north-gate", 3))), Map.of());
    CardinalDecision score = new ScoreMethod().decide(r);
    assertThat(score.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("north-gate",
        java.math.BigDecimal.valueOf(8), "basement", java.math.BigDecimal.valueOf(5),
        "east-lawn", java.math.BigDecimal.valueOf(2)));
    assertThat(score.winners()).containsExactly("north-gate");
    assertThat(score.explain()).contains("north-gate: total 8, average 2.67");
    CardinalDecision star = new StarMethod().decide(r);
    assertThat(star.runoff().finalists()).containsExactly("north-gate", "basement");
    assertThat(star.runoff().preferred()).containsExactly(2L, 1L);
  }

  @Test
  void approvalDecidesThroughTheRequest() {
    DecisionRequest r = request(SITES, List.of(
        ApprovalBallot.of(MemberId.of("m0"), "basement", "east-lawn"),
        ApprovalBallot.of(MemberId.of("m1"), "basement"),
        ApprovalBallot.of(MemberId.of("m2"))), Map.of());
    CardinalDecision d = new ApprovalMethod().decide(r);
    assertThat(d.winners()).containsExactly("basement");
    assertThat(d.ranking()).containsExactly(List.of("basement"), List.of("east-lawn"),
        List.of("north-gate"));
  }

  @Test
  void tiesAreReportedOrDrawnByLot() {
    DecisionRequest r = request(SITES, List.of(
        ApprovalBallot.of(MemberId.of("m0"), "basement"),
        ApprovalBallot.of(MemberId.of("m1"), "east-lawn")), Map.of());
    CardinalDecision none = new ApprovalMethod().decide(r);
    assertThat(none.tie()).isTrue();
    assertThat(none.winners()).containsExactly("basement", "east-lawn");
    CardinalDecision lot = new ApprovalMethod().decide(r.withParameters(
        Parameters.of(Map.of("tieBreak", "lot"))).withSeed(11));
    assertThat(lot.tie()).isFalse();
    assertThat(lot.winners()).hasSize(1).isSubsetOf("basement", "east-lawn");
    assertThat(lot).isEqualTo(new ApprovalMethod().decide(r.withParameters(
        Parameters.of(Map.of("tieBreak", "lot"))).withSeed(11)));
  }

  static Stream<Arguments> badBallots() {
    return Stream.of(
        Arguments.of(new ScoreMethod(), Map.of(), Map.of("north-gate", 6),
            "ballot.scores.north-gate", "must be on the scale [0, 5] of rule 'score'"),
        Arguments.of(new StarMethod(), Map.of(), Map.of("basement", -1),
            "ballot.scores.basement", "[0, 5]"),
        Arguments.of(new ScoreMethod(), Map.of(), Map.of("moon", 1), "ballot.scores",
            "must be an alternative on the slate"),
        Arguments.of(new MajorityJudgmentMethod(), Map.of("grades", 3), Map.of("basement", 4),
            "ballot.scores.basement", "[0, 3]"),
        Arguments.of(new DotVotingMethod(), Map.of(), Map.of("basement", -1),
            "ballot.scores.basement", "negative"),
        Arguments.of(new DotVotingMethod(), Map.of("dots", 5, "maxPerOption", 2),
            Map.of("basement", 3), "ballot.scores.basement", "at most 2 dots on one option"),
        Arguments.of(new DotVotingMethod(), Map.of(), Map.of("basement", 2, "east-lawn", 2),
            "ballot.scores", "more dots than the 3 each voter has"));
  }

  @ParameterizedTest
  @MethodSource("badBallots")
  void badBallotsAreRefusedWhenCastAndWhenCounted(CardinalMethod method,
      Map<String, ?> parameters, Map<String, Integer> scores, String field, String rule) {
    ScoreBallot good = scores(0, Map.of("basement", 1));
    ScoreBallot bad = scores(1, scores);
    DecisionRequest r = request(SITES, List.of(good), parameters);
    CardinalDecision before = method.decide(r);
    assertThatThrownBy(() -> method.checkBallot(bad, r))
        .isInstanceOf(InvalidBallotException.class).hasMessageContaining(field)
        .hasMessageContaining(rule);
    assertThatThrownBy(() -> method.decide(r.withBallots(List.of(good, bad))))
        .isInstanceOf(InvalidBallotException.class).hasMessageContaining(field)
        .hasMessageContaining(rule);
    assertThat(method.decide(r)).isEqualTo(before);
  }

  @Test
  void fewerDotsThanAllowedAreValid() {
    DecisionRequest r = request(SITES, List.of(scores(0, Map.of("basement", 1)),
        scores(1, Map.of())), Map.of("dots", 4));
    CardinalDecision d = new DotVotingMethod().decide(r);
    assertThat(d.winners()).containsExactly("basement");
    assertThat(d.explain()).contains("1 dots placed of the 8 the voters had");
  }

  @Test
  void aProfileThatOverspendsDotsIsRefused() {
    ScoreProfile p = ScoreProfile.builder(SITES, 0, 5).add(new int[] {2, 2, 1}, 3).build();
    assertThatThrownBy(() -> new DotVotingMethod().decide(p, Parameters.empty(), 0))
        .isInstanceOf(InvalidBallotException.class).hasMessageContaining("ballot.scores")
        .hasMessageContaining("5").hasMessageContaining("3 each voter has");
    assertThat(new DotVotingMethod().decide(p, Parameters.of(Map.of("dots", 5)), 0).winners())
        .containsExactly("north-gate", "basement");
  }

  static Stream<Arguments> badParameters() {
    return Stream.of(
        Arguments.of(new ScoreMethod(), Map.of("max", 0), "parameters.max",
            "must be greater than min (0)"),
        Arguments.of(new ScoreMethod(), Map.of("min", 0, "max", 1001), "parameters.max",
            "at most min + 1000"),
        Arguments.of(new StarMethod(), Map.of("max", "five"), "parameters.max",
            "must be a whole number"),
        Arguments.of(new StarMethod(), Map.of("seats", 2), "parameters.seats",
            "is not a parameter of 'star'"),
        Arguments.of(new MajorityJudgmentMethod(), Map.of("grades", 0), "parameters.grades",
            "from 1 to 1000"),
        Arguments.of(new MajorityJudgmentMethod(), Map.of("grades", 2, "gradeNames",
            List.of("bad", "good")), "parameters.gradeNames", "must name each of the 3 grades"),
        Arguments.of(new DotVotingMethod(), Map.of("dots", 0), "parameters.dots",
            "from 1 to 1000"),
        Arguments.of(new DotVotingMethod(), Map.of("dots", 3, "maxPerOption", 4),
            "parameters.maxPerOption", "must be at most dots (3)"),
        Arguments.of(new ApprovalMethod(), Map.of("tieBreak", "coin"), "parameters.tieBreak",
            "must be one of [none, lot]"));
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void badParametersAreRefused(DecisionRule rule, Map<String, ?> parameters, String field,
      String message) {
    Parameters p = Parameters.of(parameters);
    assertThatThrownBy(() -> rule.checkParameters(p))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining(field)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> rule.decide(request(SITES, List.of(), parameters)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining(field);
  }

  @Test
  void aProfileOnAnotherScaleIsRefusedWhenTheParametersSetOne() {
    ScoreProfile p = ScoreProfile.builder(SITES, 0, 10).add(new int[] {10, 0, 3}, 1).build();
    assertThat(new ScoreMethod().decide(p, Parameters.empty(), 0).winners())
        .containsExactly("north-gate");
    assertThatThrownBy(() -> new ScoreMethod().decide(p, Parameters.of(Map.of("max", 5)), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("the profile's scale is [0, 10]");
  }

  @Test
  void anEmptySlateIsRefused() {
    assertThatThrownBy(() -> new StarMethod().decide(request(List.of(), List.of(), Map.of())))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("alternatives");
  }

  @Test
  void aSecondBallotOfOneMemberIsRefused() {
    DecisionRequest r = request(SITES, List.of(scores(0, Map.of()), scores(0, Map.of())),
        Map.of());
    assertThatThrownBy(() -> new ScoreMethod().decide(r))
        .isInstanceOf(InvalidBallotException.class).hasMessageContaining("ballot.voter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"approval", "score", "star", "majority-judgment", "dots"})
  void decisionsSurviveAJsonRoundTrip(String id) throws Exception {
    DecisionRule rule = PluginRegistry.load().decisionRule(id);
    List<Ballot> ballots = id.equals("approval")
        ? List.of(ApprovalBallot.of(MemberId.of("m0"), "basement"),
            ApprovalBallot.of(MemberId.of("m1"), "basement", "east-lawn"))
        : List.of(scores(0, Map.of("basement", 2, "east-lawn", 1)),
            scores(1, Map.of("north-gate", 1)), scores(2, Map.of("east-lawn", 1)));
    Decision d = rule.decide(request(SITES, ballots, Map.of()));
    String text = JSON.writeValueAsString(d);
    assertThat(text).contains("\"type\":\"cardinal\"");
    assertThat(JSON.readValue(text, Decision.class)).isEqualTo(d);
    assertThat(JSON.readValue(text, CardinalDecision.class)).isEqualTo(d);
  }

  @Test
  void aStarRunoffSurvivesAJsonRoundTrip() throws Exception {
    CardinalDecision d = new StarMethod().decide(CardinalExamplesTest.ballots(
        List.of("a", "b", "c"), new int[][] {{5, 3, 0}, {2, 4, 1}, {3, 3, 5}}),
        Parameters.empty(), 0);
    assertThat(d.runoff().held()).isTrue();
    String text = JSON.writeValueAsString(d);
    assertThat(text).contains("\"runoff\":{\"finalists\":[");
    assertThat(JSON.readValue(text, Decision.class)).isEqualTo(d);
  }

  @Test
  void aRunoffMustHaveTwoFinalistsAndTheirCounts() {
    assertThatThrownBy(() -> new CardinalDecision.Runoff(List.of("a"), List.of(1L), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runoff.finalists");
    assertThatThrownBy(() -> new CardinalDecision.Runoff(List.of("a", "b"), List.of(1L), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runoff.preferred");
  }
}
