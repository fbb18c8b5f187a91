package io.yishi.voting.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import io.yishi.voting.ranked.Profile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeekStvRuleTest {

  private static final MeekStvRule MEEK = new MeekStvRule();

  private static Parameters seats(int seats) {
    return Parameters.of(Map.of("seats", seats));
  }

  /**
   * Hand-checked on the ballots of Wikipedia's food election ("Single transferable vote",
   * section Example). Quota (20 − 0) / 4 = 5 plus 10^-9. Chocolate (12) keeps about 5/12 of
   * each vote, so Strawberries reach 1 + 8 × 7/12 ≈ 5.67 and are elected; Pears are then
   * excluded and Oranges reach 6. The committee is the published one.
   */
  @Test
  void foodElectionHandChecked() {
    Profile p = Profile.builder(List.of("Oranges", "Pears", "Chocolate", "Strawberries",
            "Sweets"))
        .addOrder(new int[] {0}, 4)
        .addOrder(new int[] {1, 0}, 2)
        .addOrder(new int[] {2, 3}, 8)
        .addOrder(new int[] {2, 4}, 4)
        .addOrder(new int[] {3}, 1)
        .addOrder(new int[] {4}, 1)
        .build();

    CommitteeDecision d = MEEK.decide(p, seats(3), 0);

    assertThat(d.verdict()).isEqualTo(Verdict.CHOSEN);
    assertThat(d.elected()).containsExactly("Chocolate", "Strawberries", "Oranges");
    assertThat(d.steps().get(0).note()).contains("quota 5.000000001");
    CommitteeDecision.Step strawberries = d.steps().get(1);
    assertThat(strawberries.elected()).containsExactly("Strawberries");
    assertThat(strawberries.note()).contains("keep values: Chocolate 0.41");
    assertThat(strawberries.values().get("Strawberries"))
        .isBetween(new BigDecimal("5.66"), new BigDecimal("5.67"));
    assertThat(d.steps().get(2).eliminated()).containsExactly("Pears");
  }

  /**
   * Hand-checked: Meek lets a surplus flow through an elected candidate to the next preference
   * (here b's voters' second choice c), which elects c over d.
   */
  @Test
  void surplusesPassThroughElectedCandidates() {
    Profile p = Profile.builder(List.of("a", "b", "c", "d"))
        .addOrder(new int[] {0, 1, 2}, 9)
        .addOrder(new int[] {1, 2}, 3)
        .addOrder(new int[] {3}, 4)
        .addOrder(new int[] {2}, 1)
        .build();

    CommitteeDecision d = MEEK.decide(p, seats(3), 0);

    assertThat(d.elected()).containsExactly("a", "b", "c");
    CommitteeDecision.Step last = d.steps().get(d.steps().size() - 1);
    BigDecimal total = last.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isLessThanOrEqualTo(new BigDecimal("17"));
  }

  @Test
  void votesAreConservedAtEveryStep() {
    Profile p = Blt.read("partick-west-2007.blt").profile;

    CommitteeDecision d = MEEK.decide(p, seats(4), 0);

    assertThat(d.elected()).hasSize(4);
    for (CommitteeDecision.Step s : d.steps()) {
      BigDecimal held = s.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      String excess = s.note().replaceAll(".*excess ([0-9.]+),.*", "$1");
      assertThat(held.add(new BigDecimal(excess))).as(s.note())
          .isEqualByComparingTo(new BigDecimal("12744"));
    }
  }
}
