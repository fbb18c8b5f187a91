package io.yishi.mediation.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BargainingTest {

  /** Tenant and landlord, the example of {@link BargainingProblem}'s Javadoc. */
  static BargainingProblem repairs() {
    return BargainingProblem.builder("tenant", "landlord")
        .disagreement(0, 0)
        .option("repair now", 8, 2)
        .option("repair next year", 3, 7)
        .option("rent cut", 5, 3)
        .build();
  }

  static BargainingProblem splitTheDollar() {
    return BargainingProblem.builder("A", "B")
        .option("all to A", 1, 0)
        .option("all to B", 0, 1)
        .build();
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Nested
  class Nash {

    /**
     * Splitting one dollar between two players with linear utilities and disagreement (0, 0):
     * Nash (1950, "The Bargaining Problem", Econometrica 18) — by symmetry and Pareto optimality
     * each gets one half. Here as a lottery over the two extreme options.
     */
    @Test
    @DisplayName("Nash 1950: the symmetric split gives each party one half")
    void symmetricSplitIsAnEvenLottery() {
      BargainingSolution s = NashBargaining.solve(splitTheDollar());
      assertThat(s.agreement()).isTrue();
      assertThat(s.isLottery()).isTrue();
      assertThat(s.lottery()).extracting(BargainingSolution.Share::probability)
          .containsExactly(dec("0.5"), dec("0.5"));
      assertThat(s.utilities()).containsExactly(dec("0.5"), dec("0.5"));
      assertThat(s.ruleId()).isEqualTo("nash-bargaining");
    }

    /**
     * Hand-checked: the rent cut (5, 3) lies below the frontier edge from (3, 7) to (8, 2), on
     * which (3 + 5t)(7 − 5t) peaks at t = 2/5 with product 25 at (5, 5).
     */
    @Test
    void mixesTheTwoFrontierOptionsWhenThatRaisesTheProduct() {
      BargainingSolution s = NashBargaining.solve(repairs());
      assertThat(s.lottery()).containsExactly(
          new BargainingSolution.Share("repair next year", dec("0.6")),
          new BargainingSolution.Share("repair now", dec("0.4")));
      assertThat(s.utilities()).containsExactly(dec("5"), dec("5"));
      assertThat(s.explain())
          .contains("Pareto frontier of the lotteries (vertices): repair next year (3, 7)"
              + " repair now (8, 2)")
          .contains("Edge repair next year – repair now: best weight on repair now 2/5 ≈ 0.4,"
              + " Nash product 25.")
          .contains("largest Nash product 25");
    }

    /** Hand-checked: products 16, 21 and 15; the second option wins without lotteries. */
    @Test
    void withoutLotteriesChoosesTheOptionWithTheLargestProduct() {
      BargainingSolution s = NashBargaining.solve(repairs(), false, 7);
      assertThat(s.chosen()).contains("repair next year");
      assertThat(s.explain()).contains("repair now: Nash product 16.")
          .contains("repair next year: Nash product 21.").contains("rent cut: Nash product 15.");
    }

    /** Hand-checked: both pure options give one party nothing, so no pure agreement helps. */
    @Test
    void withoutLotteriesTheSplitHasNoAgreement() {
      BargainingSolution s = NashBargaining.solve(splitTheDollar(), false, 1);
      assertThat(s.agreement()).isFalse();
      assertThat(s.lottery()).isEmpty();
      assertThat(s.utilities()).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO);
      assertThat(s.explain()).contains("No agreement beats disagreement");
    }

    /** Hand-checked: (2, 2) is the only option; the disagreement point (1, 3) beats it for B. */
    @Test
    void reportsNoAgreementWhenTheDisagreementPointIsBetter() {
      BargainingProblem p = BargainingProblem.builder("A", "B").disagreement(1, 3)
          .option("only", 2, 2).build();
      assertThat(NashBargaining.solve(p).agreement()).isFalse();
      assertThat(KalaiSmorodinsky.solve(p).agreement()).isFalse();
      assertThat(NashBargaining.solve(p).utilities()).containsExactly(dec("1"), dec("3"));
    }

    /** Hand-checked: the clamp. On (0, 10)–(10, 0) with d = (6, 0) the optimum t = 1/2 is cut. */
    @Test
    void clampsTheOptimumToTheIndividuallyRationalPart() {
      BargainingProblem p = BargainingProblem.builder("A", "B").disagreement(7, 0)
          .option("x", 0, 10).option("y", 10, 0).build();
      // (10t − 7)(10 − 10t) peaks at t = 17/20 inside [7/10, 1].
      BargainingSolution s = NashBargaining.solve(p);
      assertThat(s.lottery()).extracting(BargainingSolution.Share::probability)
          .containsExactly(dec("0.15"), dec("0.85"));
      assertThat(s.utilities()).containsExactly(dec("8.5"), dec("1.5"));
    }

    /** Hand-checked: a tie of pure options on product and sum is settled by the seeded lot. */
    @Test
    void settlesAPureTieByTheSeededLot() {
      BargainingProblem p = BargainingProblem.builder("A", "B")
          .option("p", 2, 3).option("q", 3, 2).build();
      BargainingSolution once = NashBargaining.solve(p, false, 42);
      assertThat(NashBargaining.solve(p, false, 42)).isEqualTo(once);
      assertThat(once.explain()).contains("settled by lot (seed 42)");
      assertThat(once.chosen()).get().isIn("p", "q");
    }
  }

  @Nested
  class KalaiSmorodinskyTests {

    @Test
    @DisplayName("Kalai and Smorodinsky 1975: symmetric problems give equal gains")
    void symmetricSplitIsAnEvenLottery() {
      BargainingSolution s = KalaiSmorodinsky.solve(splitTheDollar());
      assertThat(s.utilities()).containsExactly(dec("0.5"), dec("0.5"));
      assertThat(s.ruleId()).isEqualTo("kalai-smorodinsky");
    }

    /**
     * Hand-checked: ideal (8, 7); the ray s(8, 7) meets the edge x + y = 10 at s = 2/3, i.e.
     * (16/3, 14/3), weight 7/15 on "repair now".
     */
    @Test
    void meetsTheRayToTheIdealPoint() {
      BargainingSolution s = KalaiSmorodinsky.solve(repairs());
      assertThat(s.lottery()).extracting(BargainingSolution.Share::option)
          .containsExactly("repair next year", "repair now");
      assertThat(s.lottery().get(1).probability())
          .isEqualTo(new BigDecimal("7").divide(new BigDecimal("15"),
              java.math.MathContext.DECIMAL128));
      assertThat(s.explain()).contains("Ideal point (best individually rational utility of each"
          + " party): (8, 7)").contains("weight 7/15 ≈ 0.4667 on repair now")
          .contains("expected utilities (16/3 ≈ 5.3333, 14/3 ≈ 4.6667)");
    }

    /** Hand-checked: relative gains min(1, 2/7), min(3/8, 1), min(5/8, 3/7); rent cut wins. */
    @Test
    void withoutLotteriesMaximisesTheSmallestShareOfTheIdealGain() {
      BargainingSolution s = KalaiSmorodinsky.solve(repairs(), false, 0);
      assertThat(s.chosen()).contains("rent cut");
      assertThat(s.explain()).contains("rent cut: smallest share of the ideal gain 3/7");
    }

    /**
     * Hand-checked: the ideal can come from a lottery. With d = (2, 2) and options (0, 10),
     * (10, 0): party A's ideal is 8 (the lottery leaving B exactly 2), B's ideal 8; the solution
     * is the midpoint (5, 5).
     */
    @Test
    void readsTheIdealPointOffTheFrontierOfLotteries() {
      BargainingProblem p = BargainingProblem.builder("A", "B").disagreement(2, 2)
          .option("x", 0, 10).option("y", 10, 0).build();
      BargainingSolution s = KalaiSmorodinsky.solve(p);
      assertThat(s.explain()).contains("(8, 8)");
      assertThat(s.utilities()).containsExactly(dec("5"), dec("5"));
    }
  }

  @Test
  void treatsEqualDecimalsAsEqualUtilities() {
    BargainingProblem a = BargainingProblem.builder("A", "B")
        .option("x", dec("2.00"), dec("1")).build();
    BargainingProblem b = BargainingProblem.builder("A", "B")
        .option("x", dec("2"), dec("1.0")).build();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void namesOptionsWithTheSameUtilities() {
    BargainingProblem p = BargainingProblem.builder("A", "B")
        .option("x", 4, 4).option("y", 4, 4).build();
    BargainingSolution s = NashBargaining.solve(p);
    assertThat(s.chosen()).contains("x");
    assertThat(s.explain()).contains("Options [y] have the same utilities as x");
  }

  static Stream<Arguments> badProblems() {
    BigDecimal one = BigDecimal.ONE;
    return Stream.of(
        Arguments.of((Runnable) () -> BargainingProblem.builder("A", "B").build(),
            "options: a bargaining problem needs at least one option"),
        Arguments.of((Runnable) () -> BargainingProblem.builder("A", "B")
            .option("x", Double.NaN, 1), "option 'x'.utilities[0]: utility must be a finite"
            + " number, was NaN"),
        Arguments.of((Runnable) () -> BargainingProblem.builder("A", "B")
            .disagreement(0, Double.POSITIVE_INFINITY), "disagreement[1]: utility must be"),
        Arguments.of((Runnable) () -> BargainingProblem.builder("A", "B")
            .option("x", one, null), "option 'x'.utilities[1]: utility is missing"),
        Arguments.of((Runnable) () -> new BargainingProblem(List.of("A", "B"),
            List.of(new BargainingProblem.Option("x", List.of(one))), List.of(one, one)),
            "options[0].utilities: option 'x' needs one utility for each of 2 parties [A, B]"),
        Arguments.of((Runnable) () -> new BargainingProblem(List.of("A", "B", "C"),
            List.of(new BargainingProblem.Option("x", List.of(one, one, one))),
            List.of(one, one, one)), "parties: bargaining solutions here are for exactly two"),
        Arguments.of((Runnable) () -> BargainingProblem.builder("A", "A").option("x", 1, 1)
            .build(), "party 'A' is named twice"),
        Arguments.of((Runnable) () -> BargainingProblem.builder("A", "B").option("x", 1, 1)
            .option("x", 2, 2).build(), "options[1].name: option names must be distinct"),
        Arguments.of((Runnable) () -> BargainingProblem.builder("A", "B").option(" ", 1, 1),
            "option.name: an option needs a name"),
        Arguments.of((Runnable) () -> new BargainingProblem(List.of("A", "B"),
            List.of(new BargainingProblem.Option("x", List.of(one, one))), List.of(one)),
            "disagreement: the disagreement point needs one utility for each of 2 parties"),
        Arguments.of((Runnable) () -> new BargainingProblem(List.of("A", "B"),
            List.of(new BargainingProblem.Option("x", List.of(one, one))),
            Arrays.asList(one, null)), "disagreement[1]: utility is missing"));
  }

  @ParameterizedTest
  @MethodSource("badProblems")
  void refusesBadProblemsNamingFieldAndRule(Runnable build, String message) {
    assertThatThrownBy(build::run).isInstanceOf(InvalidBargainingProblemException.class)
        .hasMessageContaining(message);
  }
}
