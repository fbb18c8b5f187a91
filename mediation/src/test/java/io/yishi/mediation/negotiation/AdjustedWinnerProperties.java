package io.yishi.mediation.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guarantees Brams and Taylor prove for Adjusted Winner (RULES.md §6.1), checked on 300
 * seeded random instances: equitable, envy-free, efficient, at most one issue split.
 */
class AdjustedWinnerProperties {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void divisionIsEquitableEnvyFreeAndEfficientWithAtMostOneSplit(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 1 + random.nextInt(8);
    int[] a = points(random, m);
    int[] b = random.nextInt(4) == 0 ? perturb(random, a) : points(random, m);
    List<String> issues = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      issues.add("i" + j);
    }
    String where = "seed " + seed + ": a=" + Arrays.toString(a) + " b=" + Arrays.toString(b);

    AdjustedWinnerResult result = AdjustedWinner.divide(issues, "A", a, "B", b);

    Q[] x = new Q[m];
    for (int j = 0; j < m; j++) {
      Fraction f = result.shareOfA().get(issues.get(j));
      x[j] = new Q(f.numerator(), f.denominator());
      assertThat(f.isProper()).as(where).isTrue();
    }
    Q ownA = Q.ZERO;
    Q ownB = Q.ZERO;
    Q otherA = Q.ZERO;
    Q otherB = Q.ZERO;
    int splits = 0;
    for (int j = 0; j < m; j++) {
      Q y = Q.ONE.minus(x[j]);
      ownA = ownA.plus(x[j].times(a[j]));
      otherA = otherA.plus(y.times(a[j]));
      ownB = ownB.plus(y.times(b[j]));
      otherB = otherB.plus(x[j].times(b[j]));
      if (x[j].signum() > 0 && y.signum() > 0) {
        splits++;
        assertThat(result.splitIssue().orElseThrow().issue()).as(where).isEqualTo(issues.get(j));
      }
    }
    assertThat(splits).as(where + ": at most one split").isLessThanOrEqualTo(1);
    assertThat(result.splitIssue().isPresent()).as(where).isEqualTo(splits == 1);
    assertThat(ownA).as(where + ": A's total").isEqualTo(Q.of(result.totalA()));
    assertThat(ownB).as(where + ": B's total").isEqualTo(Q.of(result.totalB()));
    assertThat(ownA).as(where + ": equitable").isEqualTo(ownB);
    assertThat(ownA.compareTo(otherA)).as(where + ": A does not envy B").isGreaterThanOrEqualTo(0);
    assertThat(ownB.compareTo(otherB)).as(where + ": B does not envy A").isGreaterThanOrEqualTo(0);
    assertThat(ratioSeparated(a, b, x)).as(where + ": ratio characterisation").isTrue();
    assertThat(dominated(a, b, ownA, ownB)).as(where + ": Pareto-dominated").isFalse();
    assertThat(AdjustedWinner.divide(issues, "A", a, "B", b)).as(where).isEqualTo(result);
  }

  /** 100 points over m issues, often with zeros. */
  static int[] points(SplittableRandom random, int m) {
    int[] p = new int[m];
    int zeroChance = random.nextInt(3);
    for (int unit = 0; unit < 100; unit++) {
      int j = random.nextInt(m);
      if (zeroChance > 0 && j % 3 == 0 && m > 1 && random.nextInt(zeroChance + 1) > 0) {
        j = (j + 1) % m;
      }
      p[j]++;
    }
    return p;
  }

  /** A copy of {@code a} with a few points moved, so that many issues tie. */
  static int[] perturb(SplittableRandom random, int[] a) {
    int[] b = a.clone();
    int moves = random.nextInt(4);
    for (int k = 0; k < moves; k++) {
      int from = random.nextInt(b.length);
      int to = random.nextInt(b.length);
      int n = Math.min(b[from], 1 + random.nextInt(10));
      b[from] -= n;
      b[to] += n;
    }
    return b;
  }

  /**
   * Every issue B holds any part of has a ratio a/b no greater than every issue A holds any part
   * of, with a finite positive threshold between them: then the division maximises a positively
   * weighted sum of the two totals, so it is Pareto-optimal. Issues both value at 0 are ignored.
   */
  private static boolean ratioSeparated(int[] a, int[] b, Q[] x) {
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < a.length; k++) {
        boolean bHoldsI = x[i].compareTo(Q.ONE) < 0 && (a[i] > 0 || b[i] > 0);
        boolean aHoldsK = x[k].signum() > 0 && (a[k] > 0 || b[k] > 0);
        if (bHoldsI && aHoldsK && (long) a[i] * b[k] > (long) a[k] * b[i]) {
          return false;
        }
      }
      boolean wasted = x[i].compareTo(Q.ONE) < 0 && b[i] == 0 && a[i] > 0
          || x[i].signum() > 0 && a[i] == 0 && b[i] > 0;
      if (wasted) {
        return false;
      }
    }
    return true;
  }

  /**
   * Brute force over every division that splits at most one issue (these reach every point of
   * the Pareto frontier): does one give both parties at least their totals and one more?
   */
  private static boolean dominated(int[] a, int[] b, Q totalA, Q totalB) {
    int m = a.length;
    for (int j = 0; j < m; j++) {
      for (int mask = 0; mask < 1 << m; mask++) {
        if ((mask & 1 << j) != 0) {
          continue;
        }
        long sa = 0;
        long sb = 0;
        for (int i = 0; i < m; i++) {
          if (i == j) {
            continue;
          }
          if ((mask & 1 << i) != 0) {
            sa += a[i];
          } else {
            sb += b[i];
          }
        }
        // A's share x of issue j: A gets sa + x a_j, B gets sb + (1 - x) b_j.
        Q lo = Q.ZERO;
        Q hi = Q.ONE;
        Q needA = totalA.minus(Q.of(sa));
        if (a[j] > 0) {
          lo = max(lo, needA.over(a[j]));
        } else if (needA.signum() > 0) {
          continue;
        }
        Q roomB = Q.of(sb + b[j]).minus(totalB);
        if (b[j] > 0) {
          hi = min(hi, roomB.over(b[j]));
        } else if (Q.of(sb).compareTo(totalB) < 0) {
          continue;
        }
        if (lo.compareTo(hi) > 0) {
          continue;
        }
        for (Q x : List.of(lo, hi)) {
          Q ua = Q.of(sa).plus(x.times(a[j]));
          Q ub = Q.of(sb).plus(Q.ONE.minus(x).times(b[j]));
          if (ua.compareTo(totalA) > 0 || ub.compareTo(totalB) > 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Q max(Q p, Q q) {
    return p.compareTo(q) >= 0 ? p : q;
  }

  private static Q min(Q p, Q q) {
    return p.compareTo(q) <= 0 ? p : q;
  }

  /** A signed exact rational for the test's own arithmetic, independent of the code under test. */
  record Q(BigInteger num, BigInteger den) implements Comparable<Q> {
    static final Q ZERO = of(0);
    static final Q ONE = of(1);

    Q {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      if (g.signum() > 0) {
        num = num.divide(g);
        den = den.divide(g);
      }
    }

    Q(long num, long den) {
      this(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    static Q of(long n) {
      return new Q(n, 1);
    }

    static Q of(Fraction f) {
      return new Q(f.numerator(), f.denominator());
    }

    Q plus(Q o) {
      return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q minus(Q o) {
      return plus(new Q(o.num.negate(), o.den));
    }

    Q times(long k) {
      return new Q(num.multiply(BigInteger.valueOf(k)), den);
    }

    Q over(long k) {
      return new Q(num, den.multiply(BigInteger.valueOf(k)));
    }

    int signum() {
      return num.signum();
    }

    @Override
    public int compareTo(Q o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
      return num + "/" + den;
    }
  }
}
