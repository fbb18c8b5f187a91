package io.yishi.voting.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import io.yishi.voting.ranked.Profile;
import io.yishi.voting.ranked.RankingBallot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SntvRuleTest {

  private static final SntvRule SNTV = new SntvRule();

  /** Hand-checked: first choices only; a ballot with two candidates first counts for none. */
  @Test
  void electsTheMostFirstChoices() {
    Profile p = Profile.builder(List.of("a", "b", "c", "d"))
        .addOrder(new int[] {0, 1}, 5)
        .addOrder(new int[] {1}, 4)
        .addOrder(new int[] {2, 0}, 3)
        .add(new int[][] {{3, 2}}, 6)
        .build();

    CommitteeDecision d = SNTV.decide(p, Parameters.of(Map.of("seats", 2)), 0);

    assertThat(d.elected()).containsExactly("a", "b");
    assertThat(d.steps().get(0).values()).containsEntry("a", BigDecimal.valueOf(5))
        .containsEntry("c", BigDecimal.valueOf(3)).containsEntry("d", BigDecimal.ZERO);
    assertThat(d.steps().get(0).note()).contains("6 with several candidates first count for"
        + " none");
  }

  @Test
  void aTieForTheLastSeatIsDrawnByLotOrReported() {
    Profile p = Profile.builder(List.of("a", "b", "c"))
        .addOrder(new int[] {0}, 5)
        .addOrder(new int[] {1}, 2)
        .addOrder(new int[] {2}, 2)
        .build();

    CommitteeDecision lot = SNTV.decide(p, Parameters.of(Map.of("seats", 2)), 3);
    CommitteeDecision none = SNTV.decide(p, Parameters.of(Map.of("seats", 2,
        "tieBreak", "none")), 3);

    assertThat(lot.elected()).hasSize(2).startsWith("a");
    assertThat(lot.steps().get(0).note()).contains("by lot (seed 3)");
    assertThat(none.verdict()).isEqualTo(Verdict.NOT_DECIDED);
    assertThat(none.elected()).containsExactly("a");
    assertThat(none.tied()).containsExactly("b", "c");
  }

  @Test
  void theRulesAreFoundByIdAndCountAConsultationsRankings() {
    PluginRegistry registry = PluginRegistry.load();
    List<Member> members = new ArrayList<>();
    List<RankingBallot> ballots = new ArrayList<>();
    String[][] orders = {{"a", "b"}, {"a", "c"}, {"a", "b"}, {"b", "a"}, {"c"}, {"c", "b"}};
    for (int i = 0; i < orders.length; i++) {
      MemberId id = MemberId.of("m-" + (i + 1));
      members.add(Member.of(id));
      ballots.add(RankingBallot.of(id, orders[i]));
    }
    DecisionRequest request = DecisionRequest.of(Electorate.of(Weighting.PER_PERSON, members),
            ballots, LocalDate.of(2025, 5, 1))
        .withAlternatives(List.of("a", "b", "c"))
        .withParameters(Parameters.of(Map.of("seats", 2)));

    for (String id : List.of("stv", "stv-meek", "sntv")) {
      Decision d = registry.decisionRule(id).decide(request);
      assertThat(d).isInstanceOf(CommitteeDecision.class);
      assertThat(d.chosen()).as(id).containsExactly("a", "c");
      assertThat(d.ruleId()).isEqualTo(id);
    }
  }
}
