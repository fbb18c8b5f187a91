package io.yishi.voting.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.spi.Parameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples with published results; each names its source. */
class CardinalExamplesTest {

  static final List<String> TENNESSEE = List.of("Memphis", "Nashville", "Chattanooga",
      "Knoxville");

  /** One score row per group of voters, with the group's size. */
  static ScoreProfile profile(List<String> names, int min, int max, long[] counts,
      int[][] rows) {
    ScoreProfile.Builder b = ScoreProfile.builder(names, min, max);
    for (int i = 0; i < rows.length; i++) {
      b.add(rows[i], counts[i]);
    }
    return b.build();
  }

  static ScoreProfile ballots(List<String> names, int[][] rows) {
    ScoreProfile.Builder b = ScoreProfile.builder(names, 0, 5);
    for (int[] row : rows) {
      b.add(row, 1);
    }
    return b.build();
  }

  static BigDecimal n(long v) {
    return BigDecimal.valueOf(v);
  }

  /**
   * The Tennessee capital example (Wikipedia, "Approval voting" and "STAR voting": 42 % of voters
   * live near Memphis, 26 % near Nashville, 15 % near Chattanooga, 17 % near Knoxville), each
   * voter approving the two cities nearest: Nashville wins with 68 approvals, as the articles say;
   * the counts are the sums of the published group sizes.
   */
  @Test
  @DisplayName("Tennessee, approval of the two nearest cities (Wikipedia): Nashville 68")
  void tennesseeApproval() {
    ApprovalProfile p = ApprovalProfile.builder(TENNESSEE)
        .addNames(List.of("Memphis", "Nashville"), 42)
        .addNames(List.of("Nashville", "Chattanooga"), 26)
        .addNames(List.of("Chattanooga", "Knoxville"), 15)
        .addNames(List.of("Knoxville", "Chattanooga"), 17)
        .build();
    CardinalDecision d = new ApprovalMethod().decide(p, Parameters.empty(), 0);
    assertThat(d.winners()).containsExactly("Nashville");
    assertThat(d.tie()).isFalse();
    assertThat(d.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("Memphis", n(42), "Nashville", n(68),
        "Chattanooga", n(58), "Knoxville", n(32)));
    assertThat(d.ranking()).containsExactly(List.of("Nashville"), List.of("Chattanooga"),
        List.of("Memphis"), List.of("Knoxville"));
    assertThat(d.explain()).contains("Approvals: Memphis 42; Nashville 68");
  }

  /**
   * The Tennessee example of Wikipedia's "Score voting" article, scores 0 to 10 by distance
   * (Memphis voters 10/4/2/0, Nashville voters 0/10/4/2, Chattanooga voters 0/6/10/6, Knoxville
   * voters 0/5/7/10 for Memphis/Nashville/Chattanooga/Knoxville): Nashville wins. The totals are
   * the sums over the published groups, checked by hand.
   */
  @Test
  @DisplayName("Tennessee, score voting 0-10 (Wikipedia): Nashville 603")
  void tennesseeScore() {
    ScoreProfile p = profile(TENNESSEE, 0, 10, new long[] {42, 26, 15, 17}, new int[][] {
        {10, 4, 2, 0}, {0, 10, 4, 2}, {0, 6, 10, 6}, {0, 5, 7, 10}});
    CardinalDecision d = new ScoreMethod().decide(p, Parameters.of(Map.of("max", 10)), 0);
    assertThat(d.winners()).containsExactly("Nashville");
    assertThat(d.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("Memphis", n(420), "Nashville",
        n(603), "Chattanooga", n(457), "Knoxville", n(312)));
    assertThat(d.explain()).contains("Nashville: total 603, average 6.03");
  }

  /**
   * Majority judgment on the Tennessee example as Wikipedia's "Majority judgment" article grades
   * it (each voter grades the four cities Excellent, Good, Fair, Poor by distance; grades 3 to 0
   * here): majority grades Memphis Poor, Nashville Good, Chattanooga Good, Knoxville Fair, and
   * Nashville wins the tie-break with Chattanooga. The grade shares (Nashville 26 % Excellent,
   * 42 % Good, 32 % Fair; Chattanooga 15/43/42) are those of the article's chart.
   */
  @Test
  @DisplayName("Tennessee, majority judgment (Wikipedia): Nashville, Good, ahead of Chattanooga")
  void tennesseeMajorityJudgment() {
    ScoreProfile p = profile(TENNESSEE, 0, 3, new long[] {42, 26, 15, 17}, new int[][] {
        {3, 2, 1, 0}, {0, 3, 2, 1}, {0, 1, 3, 2}, {0, 1, 2, 3}});
    assertThat(p.histogram(1)).containsExactly(0, 32, 42, 26);
    assertThat(p.histogram(2)).containsExactly(0, 42, 43, 15);
    CardinalDecision d = new MajorityJudgmentMethod().decide(p, Parameters.of(Map.of(
        "grades", 3, "gradeNames", List.of("Poor", "Fair", "Good", "Excellent"))), 0);
    assertThat(d.winners()).containsExactly("Nashville");
    assertThat(d.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("Memphis", n(0), "Nashville", n(2),
        "Chattanooga", n(2), "Knoxville", n(1)));
    assertThat(d.ranking()).containsExactly(List.of("Nashville"), List.of("Chattanooga"),
        List.of("Knoxville"), List.of("Memphis"));
    assertThat(d.explain()).contains("Nashville: majority grade 2 (Good)")
        .contains("Nashville ahead of Chattanooga: same majority grade");
  }

  /**
   * Wikipedia, "Condorcet winner criterion", majority judgment: 35 voters grade A Excellent, B
   * Fair, C Poor; 34 grade C Excellent, B Fair, A Poor; 31 grade B Excellent, C Good, A Fair. C
   * wins with the majority grade Good although B is the Condorcet winner.
   */
  @Test
  @DisplayName("Majority judgment elects C, not the Condorcet winner B (Wikipedia)")
  void majorityJudgmentFailsCondorcet() {
    ScoreProfile p = profile(List.of("A", "B", "C"), 0, 3, new long[] {35, 34, 31},
        new int[][] {{3, 1, 0}, {0, 1, 3}, {1, 3, 2}});
    CardinalDecision d = new MajorityJudgmentMethod().decide(p, Parameters.of(Map.of(
        "grades", 3)), 0);
    assertThat(d.winners()).containsExactly("C");
    assertThat(d.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("A", n(1), "B", n(1), "C", n(2)));
  }

  /**
   * The full-ballot tests of Equal Vote's reference STAR tabulator (Equal-Vote/star-server,
   * {@code Star.test.ts}), which implements the Official Tiebreaker Protocol of
   * starvoting.org/ties.
   */
  @Nested
  class StarReference {

    final List<String> four = List.of("Allison", "Bill", "Carmen", "Doug");

    @Test
    @DisplayName("Condorcet winner: Allison beats the runner-up Carmen")
    void condorcetWinner() {
      CardinalDecision d = new StarMethod().decide(ballots(four, new int[][] {
          {5, 2, 1, 4}, {5, 2, 1, 0}, {5, 2, 1, 0}, {5, 2, 1, 0}, {5, 3, 4, 0}, {5, 1, 4, 0},
          {5, 1, 4, 0}, {4, 0, 5, 1}, {3, 4, 5, 0}, {3, 5, 5, 5}}), Parameters.empty(), 0);
      assertThat(d.winners()).containsExactly("Allison");
      assertThat(d.runoff().finalists()).containsExactly("Allison", "Carmen");
      assertThat(d.runoff().preferred()).containsExactly(7L, 3L);
      assertThat(d.runoff().noPreference()).isZero();
      assertThat(d.ranking().get(1)).containsExactly("Carmen");
      assertThat(d.scores().get("Allison")).isEqualByComparingTo("45");
    }

    @Test
    @DisplayName("Runner-up tie: Bill beats Carmen head to head, then Allison wins on total")
    void runnerUpTie() {
      CardinalDecision d = new StarMethod().decide(ballots(four, new int[][] {
          {5, 4, 3, 3}, {4, 5, 1, 1}, {4, 5, 1, 2}, {3, 5, 1, 0}, {5, 4, 3, 0}, {5, 0, 4, 1},
          {5, 0, 4, 0}, {4, 0, 5, 1}, {3, 4, 5, 0}, {3, 5, 5, 4}}), Parameters.empty(), 0);
      assertThat(d.scores()).containsEntry("Bill", n(32)).containsEntry("Carmen", n(32));
      assertThat(d.runoff().finalists()).containsExactly("Allison", "Bill");
      assertThat(d.runoff().preferred()).containsExactly(5L, 5L);
      assertThat(d.winners()).containsExactly("Allison");
      assertThat(d.explain()).contains("Carmen lost the most match-ups")
          .contains("Runoff tie, broken by the higher total: Allison");
    }

    @Test
    @DisplayName("Runoff: Bill is preferred by both voters")
    void runoff() {
      CardinalDecision d = new StarMethod().decide(ballots(List.of("Allison", "Bill"),
          new int[][] {{0, 5}, {2, 4}}), Parameters.empty(), 0);
      assertThat(d.winners()).containsExactly("Bill");
      assertThat(d.ranking()).containsExactly(List.of("Bill"), List.of("Allison"));
    }

    @Test
    @DisplayName("Runoff tie, the higher total wins: Bill")
    void runoffTieScoreResolves() {
      CardinalDecision d = new StarMethod().decide(ballots(List.of("Allison", "Bill"),
          new int[][] {{0, 5}, {3, 2}}), Parameters.empty(), 0);
      assertThat(d.winners()).containsExactly("Bill");
      assertThat(d.tie()).isFalse();
    }

    @Test
    @DisplayName("Runoff and totals tied, the five-star count wins: Allison")
    void fiveStarTiebreaker() {
      CardinalDecision d = new StarMethod().decide(ballots(List.of("Allison", "Bill"),
          new int[][] {{2, 4}, {5, 3}}), Parameters.empty(), 0);
      assertThat(d.winners()).containsExactly("Allison");
      assertThat(d.explain()).contains("most ratings of 5: Allison (1 against 0)");
    }

    @Test
    @DisplayName("True tie: reported with tieBreak none, drawn with tieBreak lot")
    void trueTie() {
      ScoreProfile p = ballots(List.of("Allison", "Bill"), new int[][] {{1, 3}, {4, 2}});
      CardinalDecision none = new StarMethod().decide(p, Parameters.empty(), 0);
      assertThat(none.tie()).isTrue();
      assertThat(none.winners()).containsExactly("Allison", "Bill");
      CardinalDecision lot = new StarMethod().decide(p, Parameters.of(Map.of("tieBreak", "lot")),
          7);
      assertThat(lot.tie()).isFalse();
      assertThat(lot.winners()).hasSize(1);
      assertThat(lot.explain()).contains("settled by lot (seed 7)");
    }
  }

  /**
   * Test elections of the {@code starvote} package (Larry Hastings, PyPI), whose logs publish the
   * totals, the head-to-head counts and the five-star counts; the ballots here are reconstructed
   * to give exactly those published figures.
   */
  @Nested
  class StarvoteLogs {

    final List<String> names = List.of("Amy", "Brian", "Chuck");

    @Test
    @DisplayName("Breakable runoff tie: Brian 12, Chuck 12, 1-1-1 runoff, five-star 2 to 1: Chuck")
    void breakableRunoffTie() {
      CardinalDecision d = new StarMethod().decide(ballots(names, new int[][] {
          {1, 5, 5}, {1, 3, 5}, {1, 4, 2}}), Parameters.empty(), 0);
      assertThat(d.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("Amy", n(3), "Brian", n(12),
          "Chuck", n(12)));
      assertThat(d.runoff().preferred()).containsExactly(1L, 1L);
      assertThat(d.runoff().noPreference()).isEqualTo(1);
      assertThat(d.winners()).containsExactly("Chuck");
    }

    @Test
    @DisplayName("Unbreakable tie for second: Amy and Brian, yet Chuck wins either runoff")
    void unbreakableTieForSecond() {
      ScoreProfile p = ballots(names, new int[][] {{4, 0, 5}, {0, 4, 5}, {2, 2, 5}});
      CardinalDecision d = new StarMethod().decide(p, Parameters.empty(), 0);
      assertThat(d.scores()).containsExactlyInAnyOrderEntriesOf(Map.of("Amy", n(6), "Brian", n(6),
          "Chuck", n(15)));
      assertThat(d.explain()).contains("Amy, Brian remain tied for 1 place");
      assertThat(d.winners()).containsExactly("Chuck");
      assertThat(d.tie()).isFalse();
      assertThat(d.runoff().held()).isFalse();
      CardinalDecision lot = new StarMethod().decide(p, Parameters.of(Map.of("tieBreak", "lot")),
          3);
      assertThat(lot.winners()).containsExactly("Chuck");
      assertThat(lot.runoff().preferred()).containsExactly(3L, 0L);
      assertThat(lot.explain()).contains("drawn by lot (seed 3)");
    }
  }
}
