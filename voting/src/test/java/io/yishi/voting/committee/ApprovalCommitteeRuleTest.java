package io.yishi.voting.committee;

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
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.cardinal.ApprovalBallot;
import io.yishi.voting.cardinal.ApprovalProfile;
import io.yishi.voting.ranked.RankingBallot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The approval committee rules as plugins: found by id, deciding from a request's ballots,
 * refusing bad ballots and parameters with the field, the value and the rule, choosing PAV's
 * variant, and writing decisions that survive a JSON round trip.
 */
class ApprovalCommitteeRuleTest {

  static final List<String> IDS = List.of("block", "pav", "phragmen");
  static final List<String> SLATE = List.of("lamps", "fence", "gate", "bench", "trees");
  static final LocalDate DAY = LocalDate.of(2025, 5, 10);
  static final ObjectMapper JSON = YishiJson.mapper();
  static final ObjectMapper CANONICAL = YishiJson.canonicalMapper();

  static ApprovalCommitteeRule rule(String id) {
    return (ApprovalCommitteeRule) PluginRegistry.load().decisionRule(id);
  }

  static MemberId member(int i) {
    return MemberId.of("h" + i);
  }

  static DecisionRequest request(List<? extends Ballot> ballots, Map<String, ?> parameters) {
    Electorate households = Electorate.of(Weighting.PER_HOUSEHOLD, IntStream.rangeClosed(1, 9)
        .mapToObj(i -> Member.of(member(i))).toList());
    return DecisionRequest.of(households, ballots, DAY).withAlternatives(SLATE)
        .withParameters(Parameters.of(parameters)).withSeed(7L);
  }

  static List<ApprovalBallot> ballots() {
    return List.of(ApprovalBallot.of(member(1), "lamps", "fence"),
        ApprovalBallot.of(member(2), "lamps", "fence"),
        ApprovalBallot.of(member(3), "lamps", "gate"),
        ApprovalBallot.of(member(4), "bench"),
        ApprovalBallot.of(member(5), "bench", "trees"),
        ApprovalBallot.of(member(6), "fence", "lamps"),
        ApprovalBallot.of(member(7)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"block", "pav", "phragmen"})
  void theRegistryFindsTheRuleWithItsParameters(String id) {
    ApprovalCommitteeRule rule = rule(id);

    assertThat(rule.id()).isEqualTo(id);
    assertThat(rule.ballotType()).isEqualTo(ApprovalBallot.class);
    assertThat(rule.parameters()).extracting(ParameterSpec::name).startsWith("seats", "tieBreak");
    assertThat(rule.parameters().get(0).defaultValue()).isEqualTo("1");
    assertThat(rule.parameters().get(1).defaultValue()).isEqualTo("lot");
  }

  @Test
  void pavDeclaresItsVariant() {
    assertThat(rule("pav").parameters()).extracting(ParameterSpec::name)
        .containsExactly("seats", "tieBreak", "variant");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block", "pav", "phragmen"})
  void aRequestIsDecidedAsItsProfile(String id) {
    CommitteeDecision fromRequest = rule(id).decide(request(ballots(), Map.of("seats", 2)));

    ApprovalProfile.Builder builder = ApprovalProfile.builder(SLATE);
    ballots().forEach(b -> builder.addNames(b.approved(), 1));
    CommitteeDecision fromProfile = rule(id).decide(builder.build(),
        Parameters.of(Map.of("seats", 2)), 7L);

    assertThat(fromRequest).isEqualTo(fromProfile);
    assertThat(fromRequest.ruleId()).isEqualTo(id);
    assertThat(fromRequest.candidates()).isEqualTo(SLATE);
    assertThat(fromRequest.elected()).hasSize(2).contains("lamps");
  }

  /** Hand-checked: PAV and Phragmén give the bench voters a seat; block gives both to the trio. */
  @Test
  void theProportionalRulesRepresentTheMinority() {
    DecisionRequest twoSeats = request(ballots(), Map.of("seats", 2));

    assertThat(rule("block").decide(twoSeats).elected()).containsExactly("lamps", "fence");
    assertThat(rule("pav").decide(twoSeats).elected()).containsExactlyInAnyOrder("lamps",
        "bench");
    assertThat(rule("phragmen").decide(twoSeats).elected()).containsExactly("lamps", "bench");
  }

  /** The checkers can fail: block approval leaves a cohesive minority without a seat. */
  @Test
  void theAxiomCheckersCatchBlockApprovalIgnoringAMinority() {
    ApprovalProfile p = ApprovalProfile.builder(List.of("a", "b", "c", "d"))
        .addNames(List.of("a", "b", "c"), 4).addNames(List.of("d"), 2).build();
    List<Integer> blockCommittee = List.of(0, 1, 2);

    assertThat(ApprovalAxioms.ejrViolation(p, 3, blockCommittee)).get().asString()
        .contains("l = 1").contains("{d}");
    assertThat(ApprovalAxioms.pjrViolation(p, 3, blockCommittee)).get().asString()
        .contains("l = 1").contains("{d}");
    assertThat(ApprovalAxioms.ejrViolation(p, 3, List.of(0, 1, 3))).isEmpty();
    assertThat(ApprovalAxioms.pjrViolation(p, 3, List.of(0, 1, 3))).isEmpty();
    assertThat(new BlockApprovalRule().decide(p, Parameters.of(Map.of("seats", 3)), 0L)
        .elected()).containsExactly("a", "b", "c");
  }

  /**
   * EJR asks more than PJR (hand-checked): two voters, two seats, approving {a, b, c} and {a, b,
   * d}. They are 2-cohesive through {a, b}; committee {c, d} gives each of them one member (EJR
   * fails for l = 2) but both together two (PJR holds).
   */
  @Test
  void theEjrCheckerAsksMoreThanThePjrChecker() {
    ApprovalProfile p = ApprovalProfile.builder(List.of("a", "b", "c", "d"))
        .addNames(List.of("a", "b", "c"), 1).addNames(List.of("a", "b", "d"), 1).build();

    assertThat(ApprovalAxioms.ejrViolation(p, 2, List.of(2, 3))).get().asString()
        .contains("l = 2").contains("{a, b}");
    assertThat(ApprovalAxioms.pjrViolation(p, 2, List.of(2, 3))).isEmpty();
    assertThat(ApprovalAxioms.pjrViolation(p, 2, List.of(2, 1))).isEmpty();
    assertThat(ApprovalAxioms.ejrViolation(p, 2, List.of(0, 3))).isEmpty();
  }

  // ---- bad input ----

  @ParameterizedTest
  @ValueSource(strings = {"block", "pav", "phragmen"})
  void aNameNotOnTheSlateIsRefused(String id) {
    List<Ballot> bad = new ArrayList<>(ballots());
    bad.add(ApprovalBallot.of(member(8), "lamps", "pool"));

    assertThatThrownBy(() -> rule(id).decide(request(bad, Map.of())))
        .isInstanceOf(InvalidBallotException.class)
        .hasMessageContaining("ballot.approved").hasMessageContaining("pool")
        .hasMessageContaining("slate");
    assertThatThrownBy(() -> rule(id).checkBallot(bad.get(bad.size() - 1),
        request(ballots(), Map.of()))).isInstanceOf(InvalidBallotException.class)
        .hasMessageContaining("pool");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block", "pav", "phragmen"})
  void aSecondBallotOfAMemberIsRefused(String id) {
    List<Ballot> bad = new ArrayList<>(ballots());
    bad.add(ApprovalBallot.of(member(3), "trees"));

    assertThatThrownBy(() -> rule(id).decide(request(bad, Map.of())))
        .isInstanceOf(InvalidBallotException.class)
        .hasMessageContaining("ballot.voter").hasMessageContaining("h3")
        .hasMessageContaining("one ballot per member");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block", "pav", "phragmen"})
  void aRankingIsRefused(String id) {
    List<Ballot> bad = new ArrayList<>(ballots());
    bad.add(RankingBallot.of(member(8), "lamps"));

    assertThatThrownBy(() -> rule(id).decide(request(bad, Map.of())))
        .isInstanceOf(InvalidBallotException.class).hasMessageContaining("ballot.type")
        .hasMessageContaining("approval");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block", "pav", "phragmen"})
  void moreSeatsThanCandidatesAreRefusedWithTheNumbers(String id) {
    assertThatThrownBy(() -> rule(id).decide(request(ballots(), Map.of("seats", 6))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.seats").hasMessageContaining("was 6")
        .hasMessageContaining("number of candidates, 5");
  }

  static Stream<Arguments> badParameters() {
    return IDS.stream().flatMap(id -> Stream.of(
        Arguments.of(id, Map.of("seats", 0), "parameters.seats"),
        Arguments.of(id, Map.of("seats", -2), "parameters.seats"),
        Arguments.of(id, Map.of("seats", 1.5), "parameters.seats"),
        Arguments.of(id, Map.of("seats", "two"), "parameters.seats"),
        Arguments.of(id, Map.of("tieBreak", "coin"), "parameters.tieBreak"),
        Arguments.of(id, Map.of("quota", "droop"), "parameters.quota")));
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @MethodSource("badParameters")
  void badParametersAreRefusedBeforeCounting(String id, Map<String, Object> parameters,
      String field) {
    assertThatThrownBy(() -> rule(id).checkParameters(Parameters.of(parameters)))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith(field);
    assertThatThrownBy(() -> rule(id).decide(request(ballots(), parameters)))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith(field);
  }

  @Test
  void anEmptySlateIsRefused() {
    assertThatThrownBy(() -> rule("pav").decide(request(List.of(), Map.of())
        .withAlternatives(List.of()))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("alternatives");
  }

  @Test
  void pavRefusesAnUnknownVariant() {
    assertThatThrownBy(() -> rule("pav").checkParameters(Parameters.of(Map.of("variant",
        "fast")))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.variant").hasMessageContaining("[auto, exact, "
            + "sequential]");
  }

  // ---- PAV's variants ----

  static ApprovalProfile wide(int m, long seed) {
    List<String> names = IntStream.range(0, m).mapToObj(c -> "c" + c).toList();
    SplittableRandom random = new SplittableRandom(seed);
    ApprovalProfile.Builder builder = ApprovalProfile.builder(names);
    for (int v = 0; v < 200; v++) {
      builder.add(IntStream.range(0, m).filter(c -> random.nextInt(4) == 0).toArray(), 1);
    }
    return builder.build();
  }

  @Test
  void exactPavIsRefusedAboveTheLimitWithTheNumbers() {
    Parameters exact = Parameters.of(Map.of("seats", 15, "variant", "exact"));

    assertThatThrownBy(() -> new ProportionalApprovalRule().decide(wide(30, 1), exact, 0L))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.variant").hasMessageContaining("C(30, 15) = 155117520")
        .hasMessageContaining("200000");
  }

  @Test
  void autoFallsBackToSequentialPavAboveTheLimitAndSaysSo() {
    ApprovalProfile p = wide(30, 2);
    CommitteeDecision auto = new ProportionalApprovalRule().decide(p,
        Parameters.of(Map.of("seats", 15)), 3L);
    CommitteeDecision sequential = new ProportionalApprovalRule().decide(p,
        Parameters.of(Map.of("seats", 15, "variant", "sequential")), 3L);

    assertThat(auto.elected()).isEqualTo(sequential.elected());
    assertThat(auto.steps()).hasSize(15);
    assertThat(auto.explain()).contains("sequential PAV")
        .contains("exact PAV not run: C(30, 15) = 155117520 committees exceed the limit");
  }

  @Test
  void autoRunsExactPavWithinTheLimit() {
    CommitteeDecision auto = new ProportionalApprovalRule().decide(wide(12, 4),
        Parameters.of(Map.of("seats", 4)), 3L);

    assertThat(auto.explain()).contains("exact PAV, all 495 committees of 4 scored");
    assertThat(auto.steps()).hasSize(1);
    assertThat(auto.steps().get(0).values()).hasSize(12);
  }

  @Test
  void exactPavWithTieBreakNoneElectsWhatEveryOptimalCommitteeShares() {
    // a is in every optimal committee; b, c and d tie for the other seat.
    ApprovalProfile p = ApprovalProfile.builder(List.of("a", "b", "c", "d"))
        .addNames(List.of("a"), 3).addNames(List.of("b"), 1).addNames(List.of("c"), 1)
        .addNames(List.of("d"), 1).build();

    CommitteeDecision none = new ProportionalApprovalRule().decide(p,
        Parameters.of(Map.of("seats", 2, "tieBreak", "none")), 0L);
    CommitteeDecision lot = new ProportionalApprovalRule().decide(p,
        Parameters.of(Map.of("seats", 2)), 0L);

    assertThat(none.elected()).containsExactly("a");
    assertThat(none.tied()).containsExactly("b", "c", "d");
    assertThat(none.explain()).contains("3 committees reach it");
    assertThat(lot.elected()).hasSize(2).contains("a");
    assertThat(lot.explain()).contains("settled by lot (seed 0)");
  }

  @Test
  void candidatesWithoutApprovalsFillTheLastSeatsAndTheExplanationSaysSo() {
    ApprovalProfile p = ApprovalProfile.builder(List.of("a", "b", "c", "d"))
        .addNames(List.of("a"), 2).addNames(List.of("b"), 1).build();
    Parameters four = Parameters.of(Map.of("seats", 4, "tieBreak", "none"));
    Parameters three = Parameters.of(Map.of("seats", 3, "tieBreak", "none"));

    CommitteeDecision phragmen = new PhragmenRule().decide(p, four, 0L);
    CommitteeDecision pav = new ProportionalApprovalRule().decide(p,
        four.with("variant", "sequential"), 0L);

    assertThat(phragmen.elected()).containsExactly("a", "b", "c", "d");
    assertThat(phragmen.explain()).contains("c, d have no approvals");
    assertThat(pav.elected()).containsExactly("a", "b", "c", "d");
    assertThat(new PhragmenRule().decide(p, three, 0L).tied()).containsExactly("c", "d");
  }

  // ---- JSON ----

  static Stream<Arguments> decisions() {
    return IDS.stream().flatMap(id -> Stream.of(
        Arguments.of(id, Map.of("seats", 2)),
        Arguments.of(id, Map.of("seats", 3, "tieBreak", "none")),
        Arguments.of(id, Map.of("seats", 4))));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("decisions")
  void aDecisionReadsBackEqualAndWritesTheSameJson(String id, Map<String, Object> parameters)
      throws Exception {
    CommitteeDecision decision = rule(id).decide(request(ballots(), parameters));

    for (ObjectMapper mapper : List.of(JSON, CANONICAL)) {
      String json = mapper.writeValueAsString(decision);
      Decision read = mapper.readValue(json, Decision.class);

      assertThat(json).contains("\"type\":\"committee\"");
      assertThat(read).isInstanceOf(CommitteeDecision.class).isEqualTo(decision);
      assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }
  }

  @Test
  void sequentialPavDecisionsReadBackEqual() throws Exception {
    CommitteeDecision decision = new ProportionalApprovalRule().decide(wide(9, 5),
        Parameters.of(Map.of("seats", 4, "variant", "sequential")), 1L);

    String json = JSON.writeValueAsString(decision);

    assertThat(JSON.readValue(json, Decision.class)).isEqualTo(decision);
    assertThat(decision.steps()).hasSize(4);
  }
}
