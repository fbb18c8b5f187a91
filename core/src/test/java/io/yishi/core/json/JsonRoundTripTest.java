package io.yishi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.Fraction;
import io.yishi.core.community.Community;
import io.yishi.core.community.CommunityGenerator;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Role;
import io.yishi.core.community.SampleCommunity;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.CommandId;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.fixtures.SplitTestTool;
import io.yishi.core.fixtures.TallyDecision;
import io.yishi.core.fixtures.YesNoBallot;
import io.yishi.core.issue.Proposal;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every core value survives a JSON round trip unchanged. */
class JsonRoundTripTest {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final ResidentId WANG = SampleCommunity.WANG;

  static Stream<Arguments> values() {
    Community lixiong = SampleCommunity.lixiong();
    Instant at = Instant.parse("2024-05-01T09:00:00Z");
    return Stream.of(
        Arguments.of(Community.class, lixiong),
        Arguments.of(Electorate.class, Electorate.owners(lixiong, Scope.estate(SampleCommunity.E_OLD))),
        Arguments.of(Electorate.class, Electorate.of(lixiong, Eligibility.adults(),
            Weighting.PER_HOUSEHOLD, SampleCommunity.ON)),
        Arguments.of(Eligibility.class, Eligibility.adults().and(Eligibility.or(
            Eligibility.withRole(Role.PARTY_MEMBER),
            Eligibility.not(Eligibility.livesInBuilding(SampleCommunity.B1))))),
        Arguments.of(Scope.class, Scope.building(SampleCommunity.B3)),
        Arguments.of(Scope.class, Scope.community()),
        Arguments.of(Parameters.class, Parameters.of(Map.of("threshold", "2/3", "strict", true,
            "weights", List.of(1, 2.5), "nested", Map.of("a", "b")))),
        Arguments.of(Fraction.class, Fraction.of(2, 3)),
        Arguments.of(Proposal.class, Proposal.tabled(new ProposalId("p"), WANG, at, "T", "x")
            .revise(WANG, at.plusSeconds(60), "T", "y", "why not", "residents asked")),
        Arguments.of(Command.class, new Command.ReviseProposal(new ProposalId("p"), WANG, "T",
            "text", "change", "")),
        Arguments.of(Command.class, new Command.PostComment(WANG, null, "no proposal")),
        Arguments.of(Command.class, new Command.CastBallot(YesNoBallot.yes("m1"))),
        Arguments.of(Decision.class, new TallyDecision("yes-no-test", Verdict.ADOPTED, 3, 1)),
        Arguments.of(ConsultationEvent.class, new ConsultationEvent.ConsultationOpened(
            new io.yishi.core.consultation.ConsultationId("c-1"), "title", Fixtures.issue(),
            "discuss-and-decide", Parameters.empty(),
            new io.yishi.core.method.DiscussAndDecideMethod().phases(Parameters.empty()),
            "yes-no-test", Parameters.of(Map.of("minimumYes", 2)), List.of("a", "b"),
            Fixtures.members(3), 42)),
        Arguments.of(ConsultationEvent.class, new ConsultationEvent.DecisionReached(
            new TallyDecision("yes-no-test", Verdict.REJECTED, 1, 1), WANG)),
        Arguments.of(NegotiationResult.class, new SplitTestTool.Shares(List.of(2L, 1L),
            List.of("3 units among 2 parties"))),
        Arguments.of(CommandId.class, new CommandId("4f1c-retry")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("values")
  void roundTripsUnchanged(Class<?> type, Object value) throws Exception {
    String json = JSON.writeValueAsString(value);

    Object read = JSON.readValue(json, type);

    assertThat(read).isEqualTo(value);
    assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void generatedCommunitiesRoundTrip(long seed) throws Exception {
    Community community = CommunityGenerator.generate(seed, 4, 6);

    String json = JSON.writeValueAsString(community);

    assertThat(JSON.readValue(json, Community.class)).as("seed %d", seed).isEqualTo(community);
    assertThat(JSON.writeValueAsString(JSON.readValue(json, Community.class))).isEqualTo(json);
  }

  @Test
  void writesIdsAsStringsAndPolymorphicValuesWithStableTypeNames() throws Exception {
    String json = JSON.writeValueAsString(new Command.SubmitIdea(WANG, "gates"));

    assertThat(json).isEqualTo("{\"type\":\"submit-idea\",\"author\":\"r-wang\",\"text\":\"gates\"}");
  }

  @Test
  void writesANegotiationResultWithItsTypeName() throws Exception {
    String json = JSON.writeValueAsString(
        new SplitTestTool.Shares(List.of(2L, 1L), List.of("3 units among 2 parties")));

    assertThat(json).isEqualTo("{\"type\":\"split-test-shares\",\"units\":[2,1],"
        + "\"explanation\":[\"3 units among 2 parties\"]}");
  }

  @Test
  void canonicalJsonSortsPropertiesAndKeys() throws Exception {
    String json = YishiJson.canonicalMapper().writeValueAsString(
        new Command.SubmitIdea(WANG, "gates"));

    assertThat(json).isEqualTo("{\"type\":\"submit-idea\",\"author\":\"r-wang\",\"text\":\"gates\"}");
    assertThat(YishiJson.canonicalMapper().writeValueAsString(
        new Command.PostComment(WANG, null, "c")))
        .isEqualTo("{\"type\":\"post-comment\",\"about\":null,\"author\":\"r-wang\",\"text\":\"c\"}");
  }

  @Test
  void unknownPropertyFailsWithItsPath() {
    String json = "{\"type\":\"submit-idea\",\"author\":\"r-wang\",\"text\":\"x\",\"colour\":1}";

    assertThatThrownBy(() -> JSON.readValue(json, Command.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"colour\"");
  }

  @Test
  void unknownTypeNameFailsNamingIt() {
    String json = "{\"type\":\"io.yishi.core.consultation.Command$SubmitIdea\",\"author\":\"r\"}";

    assertThatThrownBy(() -> JSON.readValue(json, Command.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("io.yishi.core.consultation.Command$SubmitIdea");
  }

  @Test
  void malformedIdFailsWithThePathOfTheBadField() {
    String json = "{\"events\":[{\"sequence\":1,\"recordedAt\":\"2024-05-01T09:00:00Z\","
        + "\"commandId\":\"bad id!\",\"commandDigest\":null,\"event\":{\"type\":\"idea-submitted\","
        + "\"number\":1,\"author\":\"r-wang\",\"text\":\"x\"},\"previousHash\":\"0\",\"hash\":\"0\"}]}";

    assertThatThrownBy(() -> JSON.readValue(json, io.yishi.core.consultation.EventLog.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("bad id!")
        .hasMessageContaining("events")
        .hasMessageContaining("commandId");
  }

  @Test
  void invalidValueFailsWithThePathAndTheDomainMessage() {
    String json = "{\"weighting\":\"floor-area\",\"members\":[{\"id\":\"r-wang\",\"weight\":-3}]}";

    assertThatThrownBy(() -> JSON.readValue(json, Electorate.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("members")
        .hasMessageContaining("-3");
  }

  @Test
  void missingRequiredFieldFailsWithThePath() {
    String json = "{\"type\":\"submit-idea\",\"author\":\"r-wang\"}";

    assertThatThrownBy(() -> JSON.readValue(json, Command.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("text");
  }

  @Test
  void trailingTokensFail() {
    assertThatThrownBy(() -> JSON.readValue("\"r-wang\" \"r-li\"", ResidentId.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Trailing token");
  }
}
