package io.yishi.voting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginKind;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.motion.MotionBallot;
import io.yishi.voting.motion.MotionDecision;
import io.yishi.voting.motion.MotionGenerator;
import io.yishi.voting.motion.MotionPreset;
import io.yishi.voting.motion.Vote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Motion ballots and decisions survive a JSON round trip unchanged, under their type name
 * {@code "motion"}, with votes as lower-case words; bad JSON fails naming what is wrong.
 */
class MotionJsonTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final LocalDate DATE = LocalDate.of(2025, 3, 1);
  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final MemberId WANG = MemberId.of("m-001");
  static final MemberId LI = MemberId.of("m-002");

  /** Every motion preset in the registry. */
  static final List<String> PRESETS = REGISTRY.ids(PluginKind.DECISION_RULE).stream()
      .filter(id -> REGISTRY.decisionRule(id) instanceof MotionPreset).toList();

  static Stream<MotionBallot> ballots() {
    return Stream.of(MotionBallot.of(WANG, Vote.YES), MotionBallot.of(WANG, Vote.INVALID),
        MotionBallot.byProxy(WANG, LI, Vote.ABSTAIN), MotionBallot.byProxy(LI, WANG, Vote.NO));
  }

  @ParameterizedTest
  @MethodSource("ballots")
  void aBallotReadsBackEqualAsBallotAndAsMotionBallot(MotionBallot ballot) throws Exception {
    String json = JSON.writeValueAsString(ballot);

    assertThat(json).contains("\"type\":\"motion\"");
    assertThat(JSON.readValue(json, Ballot.class)).isEqualTo(ballot);
    assertThat(JSON.readValue(json, MotionBallot.class)).isEqualTo(ballot);
  }

  @Test
  void aBallotInPersonAndOneByProxyHaveThisShape() throws Exception {
    assertThat(JSON.writeValueAsString(MotionBallot.of(WANG, Vote.YES)))
        .isEqualTo("{\"type\":\"motion\",\"voter\":\"m-001\",\"vote\":\"yes\",\"proxy\":null}");
    assertThat(JSON.writeValueAsString(MotionBallot.byProxy(WANG, LI, Vote.ABSTAIN)))
        .isEqualTo(
            "{\"type\":\"motion\",\"voter\":\"m-001\",\"vote\":\"abstain\",\"proxy\":\"m-002\"}");
  }

  @Test
  void aBallotWithoutProxyIsReadAsCastInPerson() throws Exception {
    Ballot read = JSON.readValue("{\"type\":\"motion\",\"voter\":\"m-001\",\"vote\":\"no\"}",
        Ballot.class);

    assertThat(read).isEqualTo(MotionBallot.of(WANG, Vote.NO));
    assertThat(((MotionBallot) read).castBy()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Vote.class)
  void aVoteIsWrittenAsItsLowerCaseWord(Vote vote) throws Exception {
    String word = vote.name().toLowerCase(Locale.ROOT);

    assertThat(JSON.writeValueAsString(vote)).isEqualTo("\"" + word + "\"");
    assertThat(JSON.readValue("\"" + word + "\"", Vote.class)).isEqualTo(vote);
    assertThat(JSON.writeValueAsString(MotionBallot.of(WANG, vote)))
        .contains("\"vote\":\"" + word + "\"");
  }

  static Stream<Arguments> presetsAndSeeds() {
    return PRESETS.stream().flatMap(id -> Stream.of(1L, 2L, 7L, 23L)
        .map(seed -> Arguments.of(id, seed)));
  }

  @Test
  void everyMotionPresetIsCovered() {
    assertThat(PRESETS).hasSize(11).contains("majority", "owners-major", "nantang-majority");
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("presetsAndSeeds")
  void aDecisionOfEveryPresetReadsBackEqualAndWritesTheSameJson(String id, long seed)
      throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    MotionGenerator.Profile profile = MotionGenerator.profile(seed);
    List<MotionBallot> ballots = profile.ballots();
    Parameters parameters = Parameters.empty();
    DecisionRule rule = REGISTRY.decisionRule(id);
    if (rule.parameters().stream().map(ParameterSpec::name).anyMatch("proxies"::equals)) {
      Map<MemberId, MemberId> mandates = MotionGenerator.mandates(profile.electorate(), random);
      parameters = Parameters.of(Map.of("proxies", MotionGenerator.proxiesParameter(mandates)));
      ballots = MotionGenerator.withProxies(ballots, mandates, random);
    }
    Decision decision = rule.decide(DecisionRequest.of(profile.electorate(), ballots, DATE)
        .withParameters(parameters).withSeed(seed));

    assertRoundTrip(decision, "seed " + seed + ", " + id);
  }

  @Test
  void aDecisionWithADelegationCycleAndATieSettledByLotReadsBackEqual() throws Exception {
    Electorate six = Electorate.of(Weighting.FLOOR_AREA, List.of(
        Member.of(MemberId.of("m-001"), new BigDecimal("45.37")),
        Member.of(MemberId.of("m-002"), new BigDecimal("45.37")),
        Member.of(MemberId.of("m-003"), new BigDecimal("88.10")),
        Member.of(MemberId.of("m-004"), new BigDecimal("120.00")),
        Member.of(MemberId.of("m-005"), new BigDecimal("60.5")),
        Member.of(MemberId.of("m-006"), new BigDecimal("88.10"))));
    DecisionRequest request = DecisionRequest.of(six,
            List.of(MotionBallot.of("m-001", Vote.YES), MotionBallot.of("m-002", Vote.NO)), DATE)
        .withParameters(Parameters.of(Map.of("tie", "lot", "delegations", Map.of(
            "m-003", "m-001", "m-004", "m-005", "m-005", "m-004", "m-006", "m-002"))))
        .withSeed(42);

    MotionDecision decision = (MotionDecision) REGISTRY.decisionRule("majority").decide(request);

    assertThat(decision.tally().delegationCycles()).containsExactly("m-004 → m-005 → m-004");
    assertThat(decision.majorities().get(0).tieSettledBy()).contains("lot");
    assertRoundTrip(decision, "delegation cycle and tie");
  }

  private static void assertRoundTrip(Decision decision, String what)
      throws JsonProcessingException {
    String json = JSON.writeValueAsString(decision);

    Decision read = JSON.readValue(json, Decision.class);

    assertThat(json).as(what).startsWith("{\"type\":\"motion\"");
    assertThat(read).as(what).isInstanceOf(MotionDecision.class).isEqualTo(decision);
    assertThat(JSON.writeValueAsString(read)).as(what).isEqualTo(json);
    assertThat(read.explain()).as(what).isEqualTo(decision.explain());
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "YES", "Yes", "abstention", ""})
  void anUnknownVoteWordFailsNamingTheWordAndTheAllowedWords(String word) {
    String json = "{\"type\":\"motion\",\"voter\":\"m-001\",\"vote\":\"" + word + "\"}";

    assertThatThrownBy(() -> JSON.readValue(json, Ballot.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"" + word + "\"")
        .hasMessageContaining("[yes, no, abstain, blank, invalid]")
        .hasMessageContaining("vote");
  }

  @Test
  void aVoteThatIsNotTextFails() {
    assertThatThrownBy(() -> JSON.readValue(
        "{\"type\":\"motion\",\"voter\":\"m-001\",\"vote\":1}", Ballot.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Vote");
  }

  @Test
  void anUnknownPropertyFailsNamingIt() {
    String json = "{\"type\":\"motion\",\"voter\":\"m-001\",\"vote\":\"yes\",\"colour\":\"red\"}";

    assertThatThrownBy(() -> JSON.readValue(json, Ballot.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"colour\"");
    assertThatThrownBy(() -> JSON.readValue(json, MotionBallot.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"colour\"");
  }

  @Test
  void anUnknownPropertyInADecisionFailsNamingIt() throws Exception {
    MotionGenerator.Profile profile = MotionGenerator.profile(5);
    String json = JSON.writeValueAsString(REGISTRY.decisionRule("majority")
        .decide(DecisionRequest.of(profile.electorate(), profile.ballots(), DATE)));
    String bad = json.replaceFirst("\"ruleId\"", "\"turnout\":0.5,\"ruleId\"");

    assertThatThrownBy(() -> JSON.readValue(bad, Decision.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"turnout\"");
  }

  @Test
  void aBallotNamingItsVoterAsProxyFailsNamingTheRule() {
    String json = "{\"type\":\"motion\",\"voter\":\"m-001\",\"vote\":\"yes\",\"proxy\":\"m-001\"}";

    assertThatThrownBy(() -> JSON.readValue(json, Ballot.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("ballot.proxy: a member cannot be their own proxy, was m-001");
  }
}
