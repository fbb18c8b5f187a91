package io.yishi.mediation.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of both bargaining solutions over seeded random problems (2–6 options, utilities in
 * 0..10 with some halves, disagreement in 0..5), checked against brute force over the options and
 * a grid of 60 steps on every pairwise lottery, exactly.
 */
class BargainingProperties {

  private static final int GRID = 60;

  static LongStream seeds() {
    return LongStream.range(1, 251);
  }

  static BargainingProblem random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    BargainingProblem.Builder b = BargainingProblem.builder("A", "B")
        .disagreement(r.nextInt(6), r.nextInt(6));
    int n = 2 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.option("o" + i, value(r), value(r));
    }
    return b.build();
  }

  private static double value(SplittableRandom r) {
    return r.nextInt(4) == 0 ? r.nextInt(21) / 2.0 : r.nextInt(11);
  }

  /** Every option and every grid lottery of two options, as exact utility pairs. */
  static List<Rational[]> feasible(BargainingProblem p) {
    List<Rational[]> points = new ArrayList<>();
    int n = p.size();
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        for (int k = 0; k <= (i == j ? 0 : GRID); k++) {
          Rational t = Rational.of(k, GRID);
          points.add(new Rational[] {mix(u(p, i, 0), u(p, j, 0), t),
              mix(u(p, i, 1), u(p, j, 1), t)});
        }
      }
    }
    return points;
  }

  static Rational u(BargainingProblem p, int option, int party) {
    return Rational.of(p.options().get(option).utilities().get(party));
  }

  static Rational d(BargainingProblem p, int party) {
    return Rational.of(p.disagreement().get(party));
  }

  private static Rational mix(
      Rational a, Rational b, Rational t) {
    return a.add(t.multiply(b.subtract(a)));
  }

  private static boolean dominates(Rational[] x, Rational v0,
      Rational v1) {
    int c0 = x[0].compareTo(v0);
    int c1 = x[1].compareTo(v1);
    return c0 >= 0 && c1 >= 0 && (c0 > 0 || c1 > 0);
  }

  private static boolean strictlyAbove(BargainingProblem p, Rational v0,
      Rational v1) {
    return v0.compareTo(d(p, 0)) > 0 && v1.compareTo(d(p, 1)) > 0;
  }

  private static void checkSolutionPoint(BargainingProblem p, BargainingPoint s, long seed) {
    String why = "seed " + seed + ": " + p;
    List<Rational[]> all = feasible(p);
    if (!s.agreement()) {
      assertThat(all).as(why).noneMatch(x -> strictlyAbove(p, x[0], x[1]));
      return;
    }
    assertThat(s.u0().compareTo(d(p, 0))).as(why).isGreaterThanOrEqualTo(0);
    assertThat(s.u1().compareTo(d(p, 1))).as(why).isGreaterThanOrEqualTo(0);
    assertThat(all).as("Pareto-optimal, " + why).noneMatch(x -> dominates(x, s.u0(), s.u1()));
    // The expected utilities are those of the stated lottery.
    Rational e0 = s.second() < 0 ? u(p, s.first(), 0)
        : mix(u(p, s.first(), 0), u(p, s.second(), 0), s.weight());
    assertThat(e0).as(why).isEqualTo(s.u0());
    for (int option : new int[] {s.first(), s.second()}) {
      if (option >= 0) {
        assertThat(u(p, option, 0).compareTo(d(p, 0)) <= 0
            && u(p, option, 1).compareTo(d(p, 1)) <= 0).as("option at/below d, " + why)
            .isFalse();
      }
    }
  }

  private static Rational product(BargainingProblem p, Rational v0,
      Rational v1) {
    return v0.subtract(d(p, 0)).multiply(v1.subtract(d(p, 1)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nashIsParetoOptimalRationalAndHasTheLargestProduct(long seed) {
    BargainingProblem p = random(seed);
    BargainingPoint s = NashBargaining.exact(p, true, seed);
    checkSolutionPoint(p, s, seed);
    Rational best = product(p, s.u0(), s.u1());
    for (Rational[] x : feasible(p)) {
      if (x[0].compareTo(d(p, 0)) >= 0 && x[1].compareTo(d(p, 1)) >= 0) {
        assertThat(product(p, x[0], x[1]).compareTo(best)).as("seed " + seed + ": " + p)
            .isLessThanOrEqualTo(0);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void kalaiSmorodinskyIsParetoOptimalWithGainsProportionalToIdealGains(long seed) {
    BargainingProblem p = random(seed);
    BargainingPoint s = KalaiSmorodinsky.exact(p, true, seed);
    checkSolutionPoint(p, s, seed);
    if (!s.agreement()) {
      return;
    }
    // Ideal by brute force, exactly: on each pairwise segment the best utility of one party
    // keeping the other at or above disagreement is at an end or where the other meets d.
    Rational[] ideal = new Rational[2];
    for (int party = 0; party < 2; party++) {
      int other = 1 - party;
      for (int i = 0; i < p.size(); i++) {
        for (int j = 0; j < p.size(); j++) {
          List<Rational> ts = new ArrayList<>(List.of(Rational.ZERO));
          Rational di = u(p, j, other).subtract(u(p, i, other));
          if (di.signum() != 0) {
            ts.add(d(p, other).subtract(u(p, i, other)).divide(di));
          }
          for (Rational t : ts) {
            if (t.signum() < 0 || t.compareTo(Rational.ONE) > 0) {
              continue;
            }
            Rational vo = mix(u(p, i, other), u(p, j, other), t);
            Rational vp = mix(u(p, i, party), u(p, j, party), t);
            if (vo.compareTo(d(p, other)) >= 0 && vp.compareTo(d(p, party)) >= 0) {
              ideal[party] = ideal[party] == null ? vp : ideal[party].max(vp);
            }
          }
        }
      }
    }
    Rational g0 = ideal[0].subtract(d(p, 0));
    Rational g1 = ideal[1].subtract(d(p, 1));
    assertThat(s.u0().subtract(d(p, 0)).multiply(g1))
        .as("seed " + seed + ": " + p).isEqualTo(s.u1().subtract(d(p, 1)).multiply(g0));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pureSolutionsAreRationalUndominatedOptionsAndMaximiseTheirCriterion(long seed) {
    BargainingProblem p = random(seed);
    String why = "seed " + seed + ": " + p;
    BargainingPoint nash = NashBargaining.exact(p, false, seed);
    BargainingPoint ks = KalaiSmorodinsky.exact(p, false, seed);
    boolean anyStrict = false;
    for (int i = 0; i < p.size(); i++) {
      anyStrict |= strictlyAbove(p, u(p, i, 0), u(p, i, 1));
    }
    assertThat(nash.agreement()).as(why).isEqualTo(anyStrict);
    assertThat(ks.agreement()).as(why).isEqualTo(anyStrict);
    if (!anyStrict) {
      return;
    }
    for (BargainingPoint s : List.of(nash, ks)) {
      assertThat(s.second()).as(why).isEqualTo(-1);
      assertThat(strictlyAbove(p, s.u0(), s.u1())).as(why).isTrue();
      for (int i = 0; i < p.size(); i++) {
        assertThat(dominates(new Rational[] {u(p, i, 0), u(p, i, 1)}, s.u0(), s.u1()))
            .as("option o" + i + " dominates, " + why).isFalse();
      }
    }
    for (int i = 0; i < p.size(); i++) {
      if (u(p, i, 0).compareTo(d(p, 0)) >= 0 && u(p, i, 1).compareTo(d(p, 1)) >= 0) {
        assertThat(product(p, u(p, i, 0), u(p, i, 1)))
            .as(why).isLessThanOrEqualTo(product(p, nash.u0(), nash.u1()));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void publicSolutionMatchesTheExactPoint(long seed) {
    BargainingProblem p = random(seed);
    BargainingSolution s = NashBargaining.solve(p);
    BargainingPoint exact = NashBargaining.exact(p, true, 0);
    assertThat(s.agreement()).isEqualTo(exact.agreement());
    assertThat(s.utilities().get(0))
        .isEqualByComparingTo(exact.u0().toBigDecimal(MathContext.DECIMAL128));
    if (s.agreement()) {
      assertThat(s.lottery().stream().map(BargainingSolution.Share::probability)
          .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(BigDecimal.ONE).abs())
          .isLessThan(new BigDecimal("1e-30"));
    }
  }
}
