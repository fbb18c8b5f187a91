package io.yishi.voting.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Published worked examples of the approval committee rules, from Martin Lackner and Piotr
 * Skowron, <i>Multi-Winner Voting with Approval Preferences</i> (SpringerBriefs in Intelligent
 * Systems, 2023, doi:10.1007/978-3-031-09016-5), chapter 2. The exact loads of sequential
 * Phragmén are those the book's companion library prints for the same examples (abcvoting,
 * github.com/martinlackner/abcvoting, {@code examples/abcbook/example209.py} and {@code
 * example212.py} with their expected outputs in {@code tests/expected_output}).
 */
class ApprovalCommitteeExamplesTest {

  static final BlockApprovalRule BLOCK = new BlockApprovalRule();
  static final ProportionalApprovalRule PAV = new ProportionalApprovalRule();
  static final PhragmenRule PHRAGMEN = new PhragmenRule();

  static Parameters seats(int k, String... more) {
    Map<String, Object> p = new java.util.TreeMap<>();
    p.put("seats", k);
    for (int i = 0; i < more.length; i += 2) {
      p.put(more[i], more[i + 1]);
    }
    return Parameters.of(p);
  }

  static ApprovalProfile profile(List<String> candidates, Object... setsAndCounts) {
    ApprovalProfile.Builder builder = ApprovalProfile.builder(candidates);
    for (int i = 0; i < setsAndCounts.length; i += 2) {
      String set = (String) setsAndCounts[i];
      builder.addNames(set.chars().mapToObj(ch -> String.valueOf((char) ch)).toList(),
          ((Number) setsAndCounts[i + 1]).longValue());
    }
    return builder.build();
  }

  /**
   * The running example of the book (Example 2.1): 12 voters, candidates a to h (h approved by
   * nobody, as in the companion library's version), committee size 4.
   */
  static ApprovalProfile runningExample() {
    return profile(List.of("a", "b", "c", "d", "e", "f", "g", "h"),
        "ab", 3, "ac", 3, "ad", 2, "bcf", 1, "e", 1, "f", 1, "g", 1);
  }

  static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Nested
  @DisplayName("Lackner and Skowron (2023), Example 2.2: AV on the running example")
  class BlockApproval {

    /** {a, b, c, d} and {a, b, c, f} are both AV committees: d and f have 2 approvals each. */
    @Test
    void theTieForTheLastSeatIsReportedWithTieBreakNone() {
      CommitteeDecision d = BLOCK.decide(runningExample(), seats(4, "tieBreak", "none"), 0L);

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(d.elected()).containsExactly("a", "b", "c");
      assertThat(d.tie()).isTrue();
      assertThat(d.tied()).containsExactly("d", "f");
      assertThat(d.steps().get(0).values()).containsEntry("a", dec("8"))
          .containsEntry("b", dec("4")).containsEntry("c", dec("4"))
          .containsEntry("d", dec("2")).containsEntry("f", dec("2"))
          .containsEntry("e", dec("1")).containsEntry("h", dec("0"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7})
    void aLotElectsOneOfThePublishedCommittees(long seed) {
      CommitteeDecision d = BLOCK.decide(runningExample(), seats(4), seed);

      assertThat(d.verdict()).isEqualTo(Verdict.CHOSEN);
      assertThat(d.elected()).hasSize(4).startsWith("a", "b", "c");
      assertThat(d.elected().get(3)).isIn("d", "f");
      assertThat(d.steps().get(0).note()).contains("settled by lot");
    }
  }

  @Nested
  @DisplayName("Lackner and Skowron (2023), Examples 2.4 and 2.5: PAV and sequential PAV")
  class Pav {

    /** Example 2.4: PAV elects {a, b, c, f}; its score, 83/6, is checked by hand. */
    @Test
    void exactPavElectsThePublishedCommitteeOnTheRunningExample() {
      CommitteeDecision d = PAV.decide(runningExample(), seats(4, "tieBreak", "none"), 0L);

      assertThat(d.verdict()).isEqualTo(Verdict.CHOSEN);
      assertThat(d.elected()).containsExactly("a", "b", "c", "f");
      assertThat(d.explain()).contains("exact PAV").contains("Optimum PAV score 83/6");
      assertThat(d.steps()).hasSize(1);
    }

    /**
     * Example 2.5: 3 {a, b}, 6 {a, d}, 4 {b}, 5 {c}, 5 {c, d}; two seats. PAV elects {a, c},
     * sequential PAV {c, d}.
     */
    @Test
    void sequentialPavDiffersFromPavInExample25() {
      ApprovalProfile p = profile(List.of("a", "b", "c", "d"),
          "ab", 3, "ad", 6, "b", 4, "c", 5, "cd", 5);

      CommitteeDecision exact = PAV.decide(p, seats(2, "tieBreak", "none", "variant", "exact"),
          0L);
      CommitteeDecision greedy = PAV.decide(p, seats(2, "tieBreak", "none",
          "variant", "sequential"), 0L);

      assertThat(exact.elected()).containsExactlyInAnyOrder("a", "c");
      assertThat(greedy.elected()).containsExactly("d", "c");
      assertThat(greedy.tie()).isFalse();
      // Hand-checked: d has 11 approvals, a 9; then c gains 5 + 5/2 = 15/2 > a's 3 + 6/2 = 6.
      assertThat(greedy.steps().get(0).values()).containsEntry("d", dec("11"))
          .containsEntry("a", dec("9"));
      assertThat(greedy.steps().get(1).values()).containsEntry("c", dec("7.5"))
          .containsEntry("a", dec("6"));
      assertThat(greedy.explain()).contains("sequential PAV");
    }

    /**
     * Example 2.5, second part (Thiele's example from Janson's survey, weights as counts): PAV
     * elects {a, b}, sequential PAV {a, c}.
     */
    @Test
    void thieleExampleFromJansonSurvey() {
      ApprovalProfile p = profile(List.of("a", "b", "c", "d"),
          "acd", 960, "bcd", 3000, "bc", 520, "ab", 1620, "ad", 1081, "ac", 1240, "bd", 360,
          "d", 360, "c", 120, "b", 60);

      assertThat(PAV.decide(p, seats(2, "tieBreak", "none"), 0L).elected())
          .containsExactlyInAnyOrder("a", "b");
      assertThat(PAV.decide(p, seats(2, "tieBreak", "none", "variant", "sequential"), 0L)
          .elected()).containsExactlyInAnyOrder("a", "c");
    }
  }

  @Nested
  @DisplayName("Lackner and Skowron (2023), Examples 2.9 and 2.12: sequential Phragmén")
  class Phragmen {

    /**
     * Example 2.9: a first (load 1/8), then b and c tied at 11/32, the other at 55/128, d at 5/8;
     * committee {a, b, c, d}.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4, 5})
    void runningExampleWithPublishedLoads(long seed) {
      CommitteeDecision d = PHRAGMEN.decide(runningExample(), seats(4), seed);

      assertThat(d.verdict()).isEqualTo(Verdict.CHOSEN);
      assertThat(d.elected()).hasSize(4).startsWith("a").endsWith("d")
          .containsExactlyInAnyOrder("a", "b", "c", "d");
      List<CommitteeDecision.Step> s = d.steps();
      assertThat(s.get(0).values()).containsEntry("a", dec("0.125"));
      assertThat(s.get(1).values()).containsEntry("b", dec("0.34375"))
          .containsEntry("c", dec("0.34375"));
      assertThat(s.get(1).note()).contains("11/32").contains("tie between b, c")
          .contains("settled by lot");
      String third = d.elected().get(2);
      assertThat(s.get(2).values()).containsEntry(third, dec("0.4296875"));
      assertThat(s.get(2).note()).contains("55/128");
      assertThat(s.get(3).values()).containsEntry("d", dec("0.625"));
      assertThat(s.get(3).note()).contains("5/8");
      assertThat(s.get(0).values()).doesNotContainKey("h");
      assertThat(d.explain()).contains("h has no approvals");
    }

    @Test
    void theTieAtTheSecondSeatStopsTheCountWithTieBreakNone() {
      CommitteeDecision d = PHRAGMEN.decide(runningExample(), seats(4, "tieBreak", "none"), 0L);

      assertThat(d.verdict()).isEqualTo(Verdict.NOT_DECIDED);
      assertThat(d.elected()).containsExactly("a");
      assertThat(d.tied()).containsExactly("b", "c");
      assertThat(d.steps()).hasSize(2);
    }

    /** Example 2.12: 3 {c, d}, 2 {a, b}, 2 {a, c}, 1 {b, d}; c (1/5), b (1/3), d (29/60). */
    @Test
    void example212WithPublishedLoads() {
      ApprovalProfile p = profile(List.of("a", "b", "c", "d"), "cd", 3, "ab", 2, "ac", 2,
          "bd", 1);

      CommitteeDecision d = PHRAGMEN.decide(p, seats(3, "tieBreak", "none"), 0L);

      assertThat(d.elected()).containsExactly("c", "b", "d");
      assertThat(d.steps().get(0).note()).contains("load 1/5");
      assertThat(d.steps().get(1).note()).contains("load 1/3");
      assertThat(d.steps().get(2).note()).contains("load 29/60");
      assertThat(d.steps().get(2).values()).containsEntry("d", dec("0.483333333"));
    }
  }
}
