package io.yishi.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ranked.ProfileGenerator.Culture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ranking ballots and ranked decisions survive a JSON round trip unchanged, under their type
 * names {@code "ranking"} and {@code "ranked"}, and write the same JSON when written again.
 */
class RankedJsonTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final ObjectMapper CANONICAL = YishiJson.canonicalMapper();
  static final MemberId WANG = MemberId.of("m-001");
  static final MemberId LI = MemberId.of("m-002");

  static Stream<RankingBallot> ballots() {
    return Stream.of(
        RankingBallot.of(WANG, "a", "b", "c"),
        RankingBallot.of(LI, "c"),
        new RankingBallot(WANG, List.of(List.of("b"), List.of("a", "c"))),
        new RankingBallot(LI, List.of(List.of("a", "b", "c"))));
  }

  @ParameterizedTest
  @MethodSource("ballots")
  void aBallotReadsBackEqualAsBallotAndAsRankingBallot(RankingBallot ballot) throws Exception {
    String json = JSON.writeValueAsString(ballot);

    assertThat(json).startsWith("{\"type\":\"ranking\"");
    assertThat(JSON.readValue(json, Ballot.class)).isEqualTo(ballot);
    assertThat(JSON.readValue(json, RankingBallot.class)).isEqualTo(ballot);
    assertThat(JSON.writeValueAsString(JSON.readValue(json, Ballot.class))).isEqualTo(json);
  }

  @Test
  void aBallotWithATieHasThisShape() throws Exception {
    assertThat(JSON.writeValueAsString(
        new RankingBallot(WANG, List.of(List.of("b"), List.of("a", "c")))))
        .isEqualTo("{\"type\":\"ranking\",\"voter\":\"m-001\","
            + "\"ranking\":[[\"b\"],[\"a\",\"c\"]]}");
  }

  static Stream<Arguments> methodsAndProfiles() {
    return RankedProperties.METHODS.stream().flatMap(id -> Stream.of(
        Arguments.of(id, "tennessee", RankedExamplesTest.tennessee(), Parameters.empty()),
        Arguments.of(id, "paradox", RankedExamplesTest.paradox(), Parameters.empty()),
        Arguments.of(id, "paradox, lot", RankedExamplesTest.paradox(),
            Parameters.of(Map.of("tieBreak", "lot"))),
        Arguments.of(id, "ties and truncation, seed 3", random(3), Parameters.empty()),
        Arguments.of(id, "ties and truncation, seed 4, lot", random(4),
            Parameters.of(Map.of("tieBreak", "lot")))));
  }

  static Profile random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return ProfileGenerator.build(ProfileGenerator.names(5),
        ProfileGenerator.ballots(r, Culture.TIES_AND_TRUNCATION, 5, 30));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("methodsAndProfiles")
  void aDecisionOfEveryMethodReadsBackEqualAndWritesTheSameJson(String id, String what,
      Profile profile, Parameters parameters) throws Exception {
    RankedDecision decision = RankedProperties.method(id).decide(profile, parameters, 11L);

    for (ObjectMapper mapper : List.of(JSON, CANONICAL)) {
      String json = mapper.writeValueAsString(decision);
      Decision read = mapper.readValue(json, Decision.class);

      assertThat(json).as("%s on %s", id, what).contains("\"type\":\"ranked\"");
      assertThat(read).as("%s on %s", id, what).isInstanceOf(RankedDecision.class)
          .isEqualTo(decision);
      assertThat(mapper.writeValueAsString(read)).as("%s on %s", id, what).isEqualTo(json);
      assertThat(read.explain()).as("%s on %s", id, what).isEqualTo(decision.explain());
    }
  }

  @Test
  void aDecisionFromBallotsOfMembersReadsBackEqual() throws Exception {
    Electorate three = Electorate.of(Weighting.PER_PERSON, List.of(Member.of(WANG),
        Member.of(LI), Member.of(MemberId.of("m-003"))));
    List<RankingBallot> ballots = List.of(RankingBallot.of(WANG, "b", "a"),
        new RankingBallot(LI, List.of(List.of("a", "b"), List.of("c"))),
        RankingBallot.of(MemberId.of("m-003"), "c", "b", "a"));
    DecisionRequest request = DecisionRequest.of(three, ballots, LocalDate.of(2025, 3, 1))
        .withAlternatives(List.of("a", "b", "c"));

    RankedDecision decision = RankedProperties.method("irv").decide(request);
    String json = JSON.writeValueAsString(decision);

    assertThat(JSON.readValue(json, Decision.class)).isEqualTo(decision);
    assertThat(decision.rounds()).isNotEmpty();
    assertThat(json).contains("\"rounds\":[{\"number\":1,");
  }
}
