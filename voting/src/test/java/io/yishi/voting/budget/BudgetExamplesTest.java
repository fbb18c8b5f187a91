package io.yishi.voting.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import io.yishi.voting.budget.BudgetDecision.Reason;
import io.yishi.voting.cardinal.ApprovalBallot;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of greedy-budget and equal-shares, parameters, and bad input. */
class BudgetExamplesTest {

  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final ObjectMapper JSON = YishiJson.mapper();
  static final BudgetRule GREEDY = (BudgetRule) REGISTRY.decisionRule("greedy-budget");
  static final BudgetRule MES = (BudgetRule) REGISTRY.decisionRule("equal-shares");
  static final Parameters NONE = Parameters.of(Map.of("completion", "none"));

  /** The sample file of pabulib.org/format (a Wieliczka-style instance), as printed there. */
  static final String SAMPLE = """
      META
      key; value
      description; Municipal PB in Wieliczka
      country; Poland
      unit; Wieliczka
      instance; 2020
      num_projects; 5
      num_votes; 10
      budget; 2500
      rule; greedy
      vote_type; approval
      min_length; 1
      max_length; 3
      PROJECTS
      project_id; cost; category
      1; 600; culture, education
      2; 800; sport
      4; 1400; culture
      5; 1000; health, sport
      7; 1200; education
      VOTES
      voter_id; age; sex; vote
      1; 34; f; 1,2,4
      2; 51; m; 1,2
      3; 23; m; 2,4,5
      4; 19; f; 5,7
      5; 62; f; 1,4,7
      6; 54; m; 1,7
      7; 49; m; 5
      8; 27; f; 4
      9; 39; f; 2,4,5
      10; 44; m; 4,5
      """;

  static BudgetInstance sample() throws Exception {
    return Pabulib.read(new StringReader(SAMPLE)).toInstance();
  }

  /** The profile of Example 1 of Lackner and Skowron, "Multi-Winner Voting with Approval Preferences" (2023). */
  static ApprovalProfile bookExample() {
    return ApprovalProfile.builder(List.of("a", "b", "c", "d", "e", "f", "g"))
        .addNames(List.of("a", "b"), 3).addNames(List.of("a", "c"), 3)
        .addNames(List.of("a", "d"), 2).addNames(List.of("b", "c", "f"), 1)
        .addNames(List.of("e"), 1).addNames(List.of("f"), 1).addNames(List.of("g"), 1).build();
  }

  /**
   * Hand-checked on the sample of pabulib.org/format (META says its rule is greedy): approvals
   * 1: 4, 2: 4, 4: 6, 5: 5, 7: 3; greedy funds 4 (1400) and 5 (1000), then 1, 2 and 7 no longer
   * fit the 100 left.
   */
  @Test
  @DisplayName("greedy on the pabulib.org/format sample funds 4 and 5")
  void greedyOnThePabulibSample() throws Exception {
    BudgetDecision d = GREEDY.decide(sample(), Parameters.empty(), 0);
    assertThat(d.funded()).containsExactly("4", "5");
    assertThat(d.spent()).isEqualByComparingTo("2400");
    BudgetDecision.ProjectOutcome one = d.projects().get(0);
    assertThat(one.support()).isEqualTo(4);
    assertThat(one.reason()).isEqualTo(Reason.OVER_BUDGET);
    assertThat(one.why()).isEqualTo(
        "not funded: costs 600, over the remaining budget of 100 at its turn");
    assertThat(d.steps().get(0).remaining()).isEqualByComparingTo("1100");
  }

  /**
   * Hand-checked: each of the 10 voters holds 250. Project 4 (1400, six supporters) has the
   * lowest price, 1400 / 6 = 233.33… each (ρ = 1/6); afterwards no other project's supporters
   * hold its cost (e.g. 5: 3 × 50/3 + 2 × 250 = 550 < 1000).
   */
  @Test
  void equalSharesOnThePabulibSampleWithoutCompletion() throws Exception {
    BudgetDecision d = MES.decide(sample(), NONE, 0);
    assertThat(d.funded()).containsExactly("4");
    BudgetDecision.Step s = d.steps().get(0);
    assertThat(s.maxPayment()).isEqualByComparingTo("233.3333333333333");
    assertThat(s.rho()).isEqualByComparingTo("0.1666666666666667");
    assertThat(s.payers()).isEqualTo(6);
    assertThat(d.projects().get(3).why()).isEqualTo(
        "not funded: its supporters' money ran out: they had 550 of the 1000 it costs");
    assertThat(d.projects().get(4).reason()).isEqualTo(Reason.SUPPORTERS_RAN_OUT);
  }

  /**
   * The method of equal shares for committees on Example 1 of Lackner and Skowron (2023), k = 4:
   * the first phase elects only a, each of its eight supporters paying 1/8 (published output of
   * abcvoting for the book's Example 11, "Method of Equal Shares with Phragmén phase", phase 1).
   */
  @Test
  @DisplayName("Lackner & Skowron Example 11: equal shares' first phase elects only a at 1/8")
  void bookExampleFirstPhase() {
    BudgetDecision d = MES.decide(BudgetInstance.committee(bookExample(), 4), NONE, 0);
    assertThat(d.funded()).containsExactly("a");
    assertThat(d.steps().get(0).maxPayment()).isEqualByComparingTo("0.125");
    assertThat(d.spent()).isEqualByComparingTo("1");
  }

  /**
   * Hand-checked extension of the example above with the add1 completion, one seat at a time:
   * with 5, 6 and 7 seats' worth of money equal shares elects a, b, c (b and c tie at 1/4 and are
   * drawn by lot); with 8 it also elects d (2 × 13/24 ≥ 1), four seats, which fills the committee.
   */
  @Test
  void bookExampleWithAdd1() {
    BudgetDecision d = MES.decide(BudgetInstance.committee(bookExample(), 4),
        Parameters.empty(), 7);
    assertThat(d.funded()).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(d.funded().get(0)).isEqualTo("a");
    assertThat(d.explain()).contains("raised 4 seat(s)").contains("drawn by lot");
  }

  @Test
  void aTieWithTieBreakNoneLeavesTheDecisionOpen() {
    BudgetDecision d = MES.decide(BudgetInstance.committee(bookExample(), 4),
        Parameters.of(Map.of("tieBreak", "none")), 0);
    assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
    assertThat(d.tied()).containsExactly("b", "c");
    assertThat(d.funded()).containsExactly("a");
  }

  static DecisionRequest request(Parameters parameters) {
    Electorate electorate = Electorate.of(Weighting.PER_PERSON, List.of("m1", "m2", "m3")
        .stream().map(id -> Member.of(MemberId.of(id))).toList());
    List<ApprovalBallot> ballots = new ArrayList<>();
    ballots.add(ApprovalBallot.of(MemberId.of("m1"), "park", "library"));
    ballots.add(ApprovalBallot.of(MemberId.of("m2"), "park"));
    ballots.add(ApprovalBallot.of(MemberId.of("m3"), "lights"));
    return DecisionRequest.of(electorate, ballots, LocalDate.of(2025, 5, 1))
        .withAlternatives(List.of("park", "library", "lights")).withParameters(parameters);
  }

  @Test
  void decidesFromARequestWithCostsOrSeats() throws Exception {
    Parameters costs = Parameters.of(Map.of("budget", 1000,
        "costs", Map.of("park", 600, "library", 300, "lights", 350)));
    Decision greedy = GREEDY.decide(request(costs));
    assertThat(greedy.chosen()).containsExactly("park", "library");
    Decision mes = MES.decide(request(costs));
    assertThat(mes.chosen()).containsExactly("park", "lights");
    Decision committee = MES.decide(request(Parameters.of(Map.of("seats", 2))));
    assertThat(committee.chosen()).containsExactly("park", "lights");
    String text = JSON.writeValueAsString(mes);
    assertThat(text).contains("\"type\":\"budget\"").contains("\"reason\":\"funded\"");
    assertThat(JSON.readValue(text, Decision.class)).isEqualTo(mes);
  }

  @Test
  void badParametersNameTheProjectAndTheRule() {
    assertThatThrownBy(() -> GREEDY.decide(request(Parameters.of(Map.of("budget", 10,
        "costs", Map.of("park", 6, "library", 3))))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.costs.lights").hasMessageContaining("needs a cost");
    assertThatThrownBy(() -> GREEDY.decide(request(Parameters.of(Map.of("budget", 10,
        "costs", Map.of("park", 6, "library", 3, "lights", 1, "pool", 2))))))
        .hasMessageContaining("parameters.costs.pool").hasMessageContaining("not on the slate");
    assertThatThrownBy(() -> GREEDY.decide(request(Parameters.of(Map.of("budget", 10,
        "costs", Map.of("park", -6, "library", 3, "lights", 1))))))
        .hasMessageContaining("parameters.costs.park").hasMessageContaining(">= 0");
    assertThatThrownBy(() -> GREEDY.decide(request(Parameters.empty())))
        .hasMessageContaining("parameters.costs").hasMessageContaining("greedy-budget");
    assertThatThrownBy(() -> GREEDY.decide(request(Parameters.of(Map.of("seats", 2)))))
        .hasMessageContaining("parameters.seats").hasMessageContaining("not a parameter");
    assertThatThrownBy(() -> MES.decide(request(Parameters.of(Map.of("budget", 2)))))
        .hasMessageContaining("parameters.budget").hasMessageContaining("needs costs");
    assertThatThrownBy(() -> MES.decide(request(Parameters.of(Map.of("seats", 2,
        "completion", "add2"))))).hasMessageContaining("parameters.completion")
        .hasMessageContaining("add1-utilitarian");
    assertThatThrownBy(() -> MES.decide(request(Parameters.of(Map.of("budget", -1)))))
        .hasMessageContaining("parameters.budget").hasMessageContaining(">= 0");
  }

  @Test
  void badInstancesAreRefused() {
    ApprovalProfile p = ApprovalProfile.builder(List.of("x", "y")).build();
    assertThatThrownBy(() -> Project.of("x", -5)).hasMessageContaining("project 'x'")
        .hasMessageContaining(">= 0");
    assertThatThrownBy(() -> BudgetInstance.of(List.of(Project.of("x", 1)), BigDecimal.TEN, p))
        .hasMessageContaining("'y'").hasMessageContaining("no cost");
    assertThatThrownBy(() -> BudgetInstance.of(List.of(Project.of("x", 1), Project.of("z", 1)),
        BigDecimal.TEN, p)).hasMessageContaining("'z'");
    BudgetInstance tooDear = BudgetInstance.of(List.of(Project.of("x", 11), Project.of("y", 1)),
        BigDecimal.TEN, ApprovalProfile.builder(List.of("x", "y")).add(new int[] {0, 1}, 3)
            .build());
    BudgetDecision d = MES.decide(tooDear, Parameters.empty(), 0);
    assertThat(d.funded()).containsExactly("y");
    assertThat(d.projects().get(0).reason()).isEqualTo(Reason.OVER_BUDGET);
    assertThat(d.projects().get(0).why()).contains("more than the whole budget of 10");
  }
}
