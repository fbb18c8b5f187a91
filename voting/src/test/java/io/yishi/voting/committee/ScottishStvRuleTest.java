package io.yishi.voting.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import io.yishi.voting.ranked.Profile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScottishStvRuleTest {

  private static final ScottishStvRule STV = new ScottishStvRule();

  private static Parameters seats(int seats) {
    return Parameters.of(Map.of("seats", seats));
  }

  private static BigDecimal v(String value) {
    return new BigDecimal(value);
  }

  /**
   * Partick West ward, Glasgow City Council election of 3 May 2007: 9 candidates, 4 seats,
   * 12,744 valid ballot papers. The full preference data was published by Glasgow City Council
   * after the count; the file is the copy in the test set of the Droop STV package (J. Lundell,
   * test/blt/scotland/Partick-West-2007.blt). Elected, as declared: Kenny McLean, Christopher
   * Mason, Aileen Colleran, Stuart Clay. The stage figures are those of Droop's Scottish STV
   * reference count of the same data (test/ref/report/scotland/Partick-West-2007-scotland-fixed
   * -p5-d5.txt), which agree with the declared result.
   */
  @Test
  @DisplayName("Partick West 2007 (Glasgow): the declared councillors and every stage figure")
  void partickWest2007() {
    Blt blt = Blt.read("partick-west-2007.blt");
    CommitteeDecision d = STV.decide(blt.profile, seats(blt.seats), 1);

    assertThat(d.verdict()).isEqualTo(Verdict.CHOSEN);
    assertThat(d.elected()).containsExactly("Kenny McLean", "Christopher Mason",
        "Aileen Colleran", "Stuart Clay");
    List<CommitteeDecision.Step> s = d.steps();
    assertThat(s.get(0).note()).contains("12744 valid ballot papers", "quota 2549.00000");
    assertThat(s.get(0).values()).containsEntry("Kenny McLean", v("2811.00000"))
        .containsEntry("Andrew Gray", v("240.00000"));
    assertThat(s.get(0).elected()).containsExactly("Kenny McLean");

    // stage 2: McLean's surplus of 262 at 262 / 2811 = 0.09320 a paper
    assertThat(s.get(1).note()).contains("surplus 262.00000 of Kenny McLean",
        "transfer value 0.09320 for papers worth 1.00000", "non-transferable 65.42640",
        "0.01480 lost to rounding");
    assertThat(s.get(1).values()).containsEntry("Kenny McLean", v("2549.00000"))
        .containsEntry("George Aytoun Atkinson", v("268.63480"))
        .containsEntry("Stuart Clay", v("1652.43640"))
        .containsEntry("Aileen Colleran", v("2115.31000"))
        .containsEntry("Irene Graham", v("1716.89440"))
        .containsEntry("Andrew Gray", v("253.14120"))
        .containsEntry("Christopher Mason", v("2300.94000"))
        .containsEntry("Jimmy Ross", v("402.82400"))
        .containsEntry("Richard Alan Sullivan", v("1419.37800"));

    // stages 3 to 6: Gray, Atkinson, Ross and Sullivan excluded in turn
    assertThat(s.get(2).eliminated()).containsExactly("Andrew Gray");
    assertThat(s.get(2).values()).containsEntry("Stuart Clay", v("1744.81680"))
        .containsEntry("Jimmy Ross", v("465.20440"));
    assertThat(s.get(2).note()).contains("(total 107.10400)");
    assertThat(s.get(3).eliminated()).containsExactly("George Aytoun Atkinson");
    assertThat(s.get(3).values()).containsEntry("Richard Alan Sullivan", v("1516.14880"));
    assertThat(s.get(4).eliminated()).containsExactly("Jimmy Ross");
    assertThat(s.get(4).values()).containsEntry("Christopher Mason", v("2411.06600"))
        .containsEntry("Irene Graham", v("1785.97000"));
    assertThat(s.get(5).eliminated()).containsExactly("Richard Alan Sullivan");
    assertThat(s.get(5).values()).containsEntry("Christopher Mason", v("2910.75120"))
        .containsEntry("Stuart Clay", v("2175.33840"))
        .containsEntry("Aileen Colleran", v("2275.01280"))
        .containsEntry("Irene Graham", v("1866.71560"));
    assertThat(s.get(5).note()).contains("(total 967.16720)");
    assertThat(s.get(5).elected()).containsExactly("Christopher Mason");

    // stage 7: Mason's surplus, papers worth 1 and papers worth 0.09320 from McLean
    assertThat(s.get(6).note()).contains("surplus 361.75120 of Christopher Mason",
        "(total 1104.61340)", "(total 0.01948)");
    assertThat(s.get(6).values()).containsEntry("Stuart Clay", v("2304.71570"))
        .containsEntry("Aileen Colleran", v("2316.49150"))
        .containsEntry("Irene Graham", v("1920.15992"));

    // stage 8: Graham excluded; Colleran passes the quota; Clay fills the last vacancy
    assertThat(s.get(7).eliminated()).containsExactly("Irene Graham");
    assertThat(s.get(7).values()).containsEntry("Stuart Clay", v("2531.20856"))
        .containsEntry("Aileen Colleran", v("3522.28506"));
    assertThat(s.get(7).note()).contains("(total 1592.48690)");
    assertThat(s.get(8).note()).contains("rule 52");
    assertThat(s.get(8).elected()).containsExactly("Stuart Clay");
    assertThat(s).hasSize(9);
  }

  /**
   * The "food election" of the Wikipedia article "Single transferable vote" (section Example):
   * 20 guests, 3 to be chosen, Droop quota 6. Published result: Chocolate, Oranges, Strawberries.
   */
  @Test
  @DisplayName("Wikipedia's food election: Chocolate, Oranges and Strawberries")
  void wikipediaFoodElection() {
    List<String> names = List.of("Oranges", "Pears", "Chocolate", "Strawberries", "Sweets");
    Profile p = Profile.builder(names)
        .addOrder(new int[] {0}, 4)
        .addOrder(new int[] {1, 0}, 2)
        .addOrder(new int[] {2, 3}, 8)
        .addOrder(new int[] {2, 4}, 4)
        .addOrder(new int[] {3}, 1)
        .addOrder(new int[] {4}, 1)
        .build();

    CommitteeDecision d = STV.decide(p, seats(3), 0);

    assertThat(d.elected()).containsExactly("Chocolate", "Oranges", "Strawberries");
    assertThat(d.steps().get(0).note()).contains("quota 6.00000");
    // Chocolate's surplus of 6 passes at 0.5: Strawberries 1 + 4, Sweets 1 + 2
    assertThat(d.steps().get(1).values()).containsEntry("Strawberries", v("5.00000"))
        .containsEntry("Sweets", v("3.00000"));
    assertThat(d.steps().get(2).eliminated()).containsExactly("Pears");
    assertThat(d.steps().get(2).values()).containsEntry("Oranges", v("6.00000"));
  }

  /** Hand-checked: equal lowest now, unequal at the first stage; rule 51(2)(a) decides. */
  @Test
  void equalLowestAreSeparatedByTheEarlierStages() {
    // a: 5, b: 2, c: 3 (the b voters), d: 2 + ... after a's exclusion? Built so that after the
    // first exclusion c and d stand equal, though c had more first preferences.
    List<String> names = List.of("a", "b", "c", "d", "e");
    Profile p = Profile.builder(names)
        .addOrder(new int[] {0}, 10)
        .addOrder(new int[] {1}, 9)
        .addOrder(new int[] {2}, 4)
        .addOrder(new int[] {3}, 3)
        .addOrder(new int[] {4, 3}, 1)
        .build();
    // stage 1: a 10, b 9, c 4, d 3, e 1; quota floor(27 / 3) + 1 = 10: a elected, no surplus
    // stage 2: e excluded, d 4 = c 4; at stage 1 d had 3 < 4, so d is excluded, not by lot
    CommitteeDecision d = STV.decide(p, seats(2).with("tieBreak", "none"), 0);

    assertThat(d.verdict()).isEqualTo(Verdict.CHOSEN);
    assertThat(d.steps().get(2).eliminated()).containsExactly("d");
    assertThat(d.steps().get(2).note()).contains("settled by the earlier stages, rule 51(2)");
    assertThat(d.elected()).containsExactly("a", "b");
  }

  @Test
  void aTieEqualAtEveryStageIsDrawnByLotOrStopsTheCount() {
    Profile p = Profile.builder(List.of("a", "b", "c"))
        .addOrder(new int[] {0}, 4)
        .addOrder(new int[] {1}, 2)
        .addOrder(new int[] {2}, 2)
        .build();

    CommitteeDecision lot = STV.decide(p, seats(2), 7);
    CommitteeDecision none = STV.decide(p, seats(2).with("tieBreak", "none"), 7);

    assertThat(lot.verdict()).isEqualTo(Verdict.CHOSEN);
    assertThat(lot.elected()).hasSize(2).startsWith("a");
    // stage 2 passes a's surplus (all non-transferable); stage 3 excludes b or c by lot
    assertThat(lot.steps().get(2).note()).contains("settled by lot, seed 7");
    assertThat(STV.decide(p, seats(2), 7)).isEqualTo(lot);
    assertThat(none.verdict()).isEqualTo(Verdict.NOT_DECIDED);
    assertThat(none.tie()).isTrue();
    assertThat(none.tied()).containsExactly("b", "c");
    assertThat(none.elected()).containsExactly("a");
  }

  @Test
  void rankingsWithoutASingleFirstPreferenceAreSetAside() {
    Profile p = Profile.builder(List.of("a", "b", "c"))
        .addOrder(new int[] {0, 1}, 3)
        .add(new int[][] {{1, 2}, {0}}, 5)
        .addOrder(new int[] {2}, 2)
        .build();

    CommitteeDecision d = STV.decide(p, seats(1), 0);

    assertThat(d.steps().get(0).note()).contains("5 valid ballot papers", "quota 3.00000",
        "5 rankings without a single first preference set aside");
    assertThat(d.elected()).containsExactly("a");
  }

  @Test
  void aLaterTieEndsThePapersPreferences() {
    Profile p = Profile.builder(List.of("a", "b", "c", "d"))
        .add(new int[][] {{0}, {1, 2}, {3}}, 2)
        .addOrder(new int[] {1}, 3)
        .addOrder(new int[] {2}, 4)
        .addOrder(new int[] {3}, 5)
        .build();
    // quota floor(14 / 2) + 1 = 8; a (2) is excluded first and b = c ends its papers
    CommitteeDecision d = STV.decide(p, seats(1).with("tieBreak", "none"), 0);

    assertThat(d.steps().get(1).eliminated()).containsExactly("a");
    assertThat(d.steps().get(1).note()).contains("non-transferable 2.00000");
    assertThat(d.steps().get(1).values()).containsEntry("b", v("3.00000"))
        .containsEntry("d", v("5.00000"));
  }

  @Test
  void refusesMoreSeatsThanCandidates() {
    Profile p = Profile.builder(List.of("a", "b")).addOrder(new int[] {0, 1}, 1).build();

    assertThatThrownBy(() -> STV.decide(p, seats(3), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.seats").hasMessageContaining("3")
        .hasMessageContaining("number of candidates, 2");
    assertThatThrownBy(() -> STV.decide(p, seats(0), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.seats").hasMessageContaining("at least 1");
    assertThatThrownBy(() -> STV.decide(p, Parameters.of(Map.of("tieBreak", "coin")), 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.tieBreak").hasMessageContaining("[lot, none]");
    assertThatThrownBy(() -> STV.decide(p, Parameters.of(Map.of("quota", "hare")), 0))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("quota");
  }
}
