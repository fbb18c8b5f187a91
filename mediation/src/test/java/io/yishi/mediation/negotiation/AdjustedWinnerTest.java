package io.yishi.mediation.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.Fraction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdjustedWinnerTest {

  private static final List<String> DIVORCE =
      List.of("retirement account", "home", "summer cottage", "investments", "other");

  /**
   * The Bob and Carol divorce on the NYU Adjusted Winner site (Brams and Taylor,
   * https://pages.nyu.edu/adjustedwinner/awProcedure.htm), also quoted in RULES.md §6.1: Carol
   * wins the retirement account and the cottage (65), Bob the home and "other" (40) and, trailing,
   * the tied investments (50); the retirement account has the smallest ratio 50/40 and is split,
   * Bob getting 1/6 of it; both end with 56 2/3 points.
   */
  @Nested
  @DisplayName("Bob and Carol's divorce, NYU Adjusted Winner site (Brams & Taylor)")
  class CarolAndBob {
    private final AdjustedWinnerResult result =
        AdjustedWinner.divide(
            DIVORCE, "Carol", new int[] {50, 20, 15, 10, 5}, "Bob", new int[] {40, 30, 10, 10, 10});

    @Test
    void bothEndWithFiftySixAndTwoThirdsPoints() {
      assertThat(result.totalA()).isEqualTo(Fraction.of(170, 3));
      assertThat(result.totalB()).isEqualTo(Fraction.of(170, 3));
    }

    @Test
    void bobGetsOneSixthOfTheRetirementAccount() {
      assertThat(result.splitIssue())
          .contains(new AdjustedWinnerResult.Split("retirement account", Fraction.of(5, 6)));
      assertThat(result.shareOfB("retirement account")).isEqualTo(Fraction.of(1, 6));
    }

    @Test
    void tiedInvestmentsGoToTrailingBobAndTheRestToTheHigherBidder() {
      assertThat(result.shareOfA())
          .containsExactly(
              Map.entry("retirement account", Fraction.of(5, 6)),
              Map.entry("home", Fraction.ZERO),
              Map.entry("summer cottage", Fraction.ONE),
              Map.entry("investments", Fraction.ZERO),
              Map.entry("other", Fraction.ZERO));
    }

    @Test
    void explanationShowsEachPhase() {
      assertThat(result.explanation())
          .containsExactly(
              "winner phase: Carol gets retirement account (50 to 40), summer cottage (15 to 10);"
                  + " Bob gets home (30 to 20), other (10 to 5)",
              "ties: investments (10 each) go to Bob, who has fewer points from the other issues"
                  + " (40 to 65)",
              "after the winner phase: Carol 65, Bob 50",
              "Carol leads; transfer order by Carol's points over Bob's: retirement account"
                  + " (50/40 = 5/4), summer cottage (15/10 = 3/2)",
              "split retirement account (ratio 5/4): Bob gets 1/6 = (65 - 50) / (50 + 40), Carol"
                  + " keeps 5/6",
              "final: Carol 170/3 points, Bob 170/3 points");
    }

    @Test
    void mapFormGivesTheSameDivision() {
      Map<String, Integer> carol = new LinkedHashMap<>();
      Map<String, Integer> bob = new LinkedHashMap<>();
      int[] c = {50, 20, 15, 10, 5};
      int[] b = {40, 30, 10, 10, 10};
      for (int j = 0; j < DIVORCE.size(); j++) {
        carol.put(DIVORCE.get(j), c[j]);
        bob.put(DIVORCE.get(j), b[j]);
      }
      assertThat(AdjustedWinner.divide("Carol", carol, "Bob", bob)).isEqualTo(result);
    }
  }

  /**
   * Points from the Trump divorce exercise (Donald and Ivana Trump), as printed in the course
   * handout "The Adjusted Winner" (https://vdocuments.mx/the-a-djusted-winner.html) that follows
   * Brams and Taylor's <i>The Win-Win Solution</i>. The handout gives the points only; the result
   * below is hand-checked: Donald wins Palm Beach and the triplex (78), Ivana the Connecticut
   * estate and the Plaza apartment (68) plus the tied cash and jewellery (70); Palm Beach has the
   * smaller ratio 40/20 and is split with p = (78 - 70) / (40 + 20) = 2/15 to Ivana; both end
   * with 38 + 40 * 13/15 = 70 + 20 * 2/15 = 218/3 points.
   */
  @Test
  @DisplayName("Trump divorce points (course handout after The Win-Win Solution), hand-checked")
  void trumpDivorceSplitsPalmBeach() {
    AdjustedWinnerResult result =
        AdjustedWinner.divide(
            List.of("Connecticut estate", "Palm Beach mansion", "Trump Plaza apartment",
                "Trump Tower triplex", "cash and jewelry"),
            "Donald", new int[] {10, 40, 10, 38, 2},
            "Ivana", new int[] {38, 20, 30, 10, 2});

    assertThat(result.totalA()).isEqualTo(Fraction.of(218, 3));
    assertThat(result.totalB()).isEqualTo(Fraction.of(218, 3));
    assertThat(result.splitIssue())
        .contains(new AdjustedWinnerResult.Split("Palm Beach mansion", Fraction.of(13, 15)));
    assertThat(result.shareOfA().get("cash and jewelry")).isEqualTo(Fraction.ZERO);
    assertThat(result.shareOfA().get("Trump Tower triplex")).isEqualTo(Fraction.ONE);
  }

  /** Hand-checked: each party wins one issue worth 60 of its points; nothing moves. */
  @Test
  void equalTotalsAfterTheWinnerPhaseNeedNoTransfer() {
    AdjustedWinnerResult result =
        AdjustedWinner.divide(List.of("x", "y"), "A", new int[] {60, 40}, "B", new int[] {40, 60});

    assertThat(result.totalA()).isEqualTo(Fraction.of(60, 1));
    assertThat(result.totalB()).isEqualTo(Fraction.of(60, 1));
    assertThat(result.splitIssue()).isEmpty();
    assertThat(result.explanation()).contains("totals are equal: no transfer is needed");
  }

  /**
   * Hand-checked: the parties are level (50 each) on the issues they value differently, so the
   * tied issue goes to A, the first party; A then leads 80 to 50 and gives back half of it.
   */
  @Test
  void tiesBetweenLevelPartiesGoToTheFirstPartyAndAreEvenedOut() {
    AdjustedWinnerResult result =
        AdjustedWinner.divide(
            List.of("x", "y", "z"), "A", new int[] {50, 30, 20}, "B", new int[] {20, 30, 50});

    assertThat(result.explanation())
        .contains("ties: y (30 each) go to A, the first party, as both have 50 points from the"
            + " other issues");
    assertThat(result.splitIssue()).contains(new AdjustedWinnerResult.Split("y", Fraction.HALF));
    assertThat(result.totalA()).isEqualTo(Fraction.of(65, 1));
    assertThat(result.totalB()).isEqualTo(Fraction.of(65, 1));
  }

  /** Hand-checked: identical points on a single issue split it in half, 50 points each. */
  @Test
  void singleIssueValuedAlikeIsHalved() {
    AdjustedWinnerResult result =
        AdjustedWinner.divide(List.of("land"), "A", new int[] {100}, "B", new int[] {100});

    assertThat(result.shareOfA()).containsExactly(Map.entry("land", Fraction.HALF));
    assertThat(result.totalA()).isEqualTo(Fraction.of(50, 1));
  }

  static Stream<Arguments> invalidPoints() {
    List<String> two = List.of("home", "car");
    return Stream.of(
        Arguments.of(two, "A", new int[] {-5, 105}, "B", new int[] {50, 50},
            "points.A['home']: points must be whole numbers >= 0", "-5"),
        Arguments.of(two, "A", new int[] {50, 50}, "B", new int[] {60, 50},
            "points.B: each party must spread exactly 100 points", "110 in all [60, 50]"),
        Arguments.of(two, "A", new int[] {100}, "B", new int[] {50, 50},
            "points.A: must give one value per issue, 2 for [home, car]", "1 values"),
        Arguments.of(List.of("home", "home"), "A", new int[] {50, 50}, "B", new int[] {50, 50},
            "issues: issue names must be distinct", "'home' twice"),
        Arguments.of(List.of("home", " "), "A", new int[] {50, 50}, "B", new int[] {50, 50},
            "issues: issue names must not be blank", "' '"),
        Arguments.of(List.of(), "A", new int[] {}, "B", new int[] {},
            "issues: there must be at least one issue", "[]"),
        Arguments.of(two, "A", new int[] {50, 50}, "A", new int[] {50, 50},
            "parties: the two parties must have different names", "'A' twice"),
        Arguments.of(two, "", new int[] {50, 50}, "B", new int[] {50, 50},
            "parties: names must not be blank", "'', 'B'"));
  }

  @ParameterizedTest
  @MethodSource("invalidPoints")
  void refusesPointsThatBreakTheRules(
      List<String> issues, String a, int[] pa, String b, int[] pb, String message, String value) {
    assertThatThrownBy(() -> AdjustedWinner.divide(issues, a, pa, b, pb))
        .isInstanceOf(InvalidPointsException.class)
        .hasMessageStartingWith(message)
        .hasMessageContaining("RULES.md §6.1")
        .hasMessageEndingWith(", was " + value);
  }

  @ParameterizedTest
  @MethodSource("invalidPoints")
  void aProblemValueRefusesWhatDivideRefuses(
      List<String> issues, String a, int[] pa, String b, int[] pb, String message, String value) {
    assertThatThrownBy(() -> new AdjustedWinnerProblem(issues,
        AdjustedWinnerProblem.Party.of(a, pa), AdjustedWinnerProblem.Party.of(b, pb)))
        .isInstanceOf(InvalidPointsException.class)
        .hasMessageStartingWith(message)
        .hasMessageEndingWith(", was " + value);
  }

  @Test
  void aProblemValueRefusesAMissingPointNamingThePartyAndThePlace() {
    assertThatThrownBy(() -> new AdjustedWinnerProblem.Party("Bob",
        java.util.Arrays.asList(40, null, 60)))
        .isInstanceOf(InvalidPointsException.class)
        .hasMessageStartingWith("points.Bob[1]: is missing");
  }

  @Test
  void dividingAProblemValueIsDividingItsParts() {
    AdjustedWinnerProblem problem = new AdjustedWinnerProblem(DIVORCE,
        AdjustedWinnerProblem.Party.of("Carol", 50, 20, 15, 10, 5),
        AdjustedWinnerProblem.Party.of("Bob", 40, 30, 10, 10, 10));

    assertThat(AdjustedWinner.divide(problem)).isEqualTo(AdjustedWinner.divide(
        DIVORCE, "Carol", new int[] {50, 20, 15, 10, 5}, "Bob", new int[] {40, 30, 10, 10, 10}));
    assertThat(problem.partyA().points()).containsExactly(50, 20, 15, 10, 5);
  }

  @Test
  void refusesAnIssueOneSideLeftOut() {
    assertThatThrownBy(
            () -> AdjustedWinner.divide("A", Map.of("home", 60, "car", 40), "B",
                Map.of("home", 100)))
        .isInstanceOf(InvalidPointsException.class)
        .hasMessageStartingWith("points.B['car']: missing; both parties must give every issue");
  }

  @Test
  void refusesAnIssueOnlyTheSecondPartyScored() {
    assertThatThrownBy(
            () -> AdjustedWinner.divide("A", Map.of("home", 100), "B",
                Map.of("home", 90, "boat", 10)))
        .isInstanceOf(InvalidPointsException.class)
        .hasMessageStartingWith("points.B['boat']: is not an issue of A [home]")
        .hasMessageEndingWith(", was 10");
  }

  @Test
  void doesNotKeepTheCallersArrays() {
    int[] a = {60, 40};
    int[] b = {40, 60};
    AdjustedWinnerResult first = AdjustedWinner.divide(List.of("x", "y"), "A", a, "B", b);
    a[0] = 0;
    assertThat(first.totalA()).isEqualTo(Fraction.of(60, 1));
  }
}
