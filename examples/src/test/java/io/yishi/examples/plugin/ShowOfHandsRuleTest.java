package io.yishi.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShowOfHandsRuleTest {

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  final ShowOfHandsRule rule = new ShowOfHandsRule();

  static Electorate members(int n) {
    return Electorate.of(Weighting.PER_HOUSEHOLD, IntStream.rangeClosed(1, n)
        .mapToObj(i -> Member.of(new MemberId("h" + i))).toList());
  }

  static List<Ballot> hands(int forHands, int against, int abstain) {
    List<Ballot> ballots = new ArrayList<>();
    int i = 1;
    for (int k = 0; k < forHands; k++) {
      ballots.add(new HandBallot(new MemberId("h" + i++), Hand.FOR));
    }
    for (int k = 0; k < against; k++) {
      ballots.add(new HandBallot(new MemberId("h" + i++), Hand.AGAINST));
    }
    for (int k = 0; k < abstain; k++) {
      ballots.add(new HandBallot(new MemberId("h" + i++), Hand.ABSTAIN));
    }
    return ballots;
  }

  @ParameterizedTest(name = "{0} for, {1} against, {2} abstain of 10 -> {3}")
  @CsvSource({
      "3, 2, 0, ADOPTED",
      "2, 2, 1, REJECTED",       // a tie fails
      "2, 2, 0, NOT_DECIDED",    // 4 present of 10 is below the quorum of 5
      "3, 1, 1, ADOPTED",        // exactly half present meets a quorum of 1/2
      "1, 0, 4, ADOPTED",        // abstentions are not counted
  })
  void countsHandsAgainstTheQuorum(int forHands, int against, int abstain, Verdict verdict) {
    Decision d = rule.decide(DecisionRequest.of(members(10), hands(forHands, against, abstain),
        DAY));

    assertThat(d.verdict()).isEqualTo(verdict);
    assertThat(d.explain()).contains("present " + (forHands + against + abstain) + " of 10");
  }

  @Test
  void refusesAQuorumAboveOne() {
    DecisionRequest request = DecisionRequest.of(members(3), hands(1, 0, 0), DAY)
        .withParameters(Parameters.of(Map.of("quorum", "3/2")));

    assertThatThrownBy(() -> rule.decide(request))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.quorum: must lie in [0, 1], was 3/2");
  }

  @Test
  void isFoundThroughMetaInfServicesAndItsTypesRoundTripAsJson() throws Exception {
    assertThat(PluginRegistry.load().decisionRule("show-of-hands"))
        .isInstanceOf(ShowOfHandsRule.class);
    Decision d = rule.decide(DecisionRequest.of(members(4), hands(2, 1, 0), DAY));
    Ballot ballot = new HandBallot(new MemberId("h1"), Hand.ABSTAIN);

    String json = YishiJson.mapper().writeValueAsString(d);
    assertThat(json).startsWith("{\"type\":\"show-of-hands\"");
    assertThat(YishiJson.mapper().readValue(json, Decision.class)).isEqualTo(d);
    assertThat(YishiJson.mapper().readValue(
        YishiJson.mapper().writeValueAsString(ballot), Ballot.class)).isEqualTo(ballot);
  }
}
