package io.yishi.mediation.negotiation;

import io.yishi.core.Rational;
import io.yishi.core.spi.Tie;
import io.yishi.core.tie.LotTieBreaker;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact geometry of one two-party problem: the options' utilities as rationals, the Pareto
 * frontier of their convex hull, and the four solution procedures, each writing its explanation.
 */
final class BargainingGeometry {

  private final BargainingProblem problem;
  private final Rational[] u0;
  private final Rational[] u1;
  private final Rational d0;
  private final Rational d1;
  /** Options with the same utilities as an earlier option, keyed by that option's index. */
  private final Map<Integer, List<String>> twins = new LinkedHashMap<>();
  /** Frontier vertices (option indices): first party's utility rising, second's falling. */
  private final int[] chain;
  final List<String> lines = new ArrayList<>();

  BargainingGeometry(BargainingProblem problem) {
    this.problem = problem;
    int n = problem.size();
    u0 = new Rational[n];
    u1 = new Rational[n];
    for (int i = 0; i < n; i++) {
      u0[i] = Rational.of(problem.options().get(i).utilities().get(0));
      u1[i] = Rational.of(problem.options().get(i).utilities().get(1));
    }
    d0 = Rational.of(problem.disagreement().get(0));
    d1 = Rational.of(problem.disagreement().get(1));
    chain = frontier();
  }

  private int[] frontier() {
    List<Integer> distinct = new ArrayList<>();
    for (int i = 0; i < u0.length; i++) {
      int twin = -1;
      for (int j : distinct) {
        if (u0[i].equals(u0[j]) && u1[i].equals(u1[j])) {
          twin = j;
          break;
        }
      }
      if (twin < 0) {
        distinct.add(i);
      } else {
        twins.computeIfAbsent(twin, k -> new ArrayList<>()).add(name(i));
      }
    }
    // Pareto-optimal options: scanning by the first utility downwards, keep those that raise the
    // best second utility seen so far.
    distinct.sort(Comparator.<Integer, Rational>comparing(i -> u0[i]).reversed()
        .thenComparing(Comparator.<Integer, Rational>comparing(i -> u1[i]).reversed()));
    List<Integer> pareto = new ArrayList<>();
    Rational best = null;
    for (int i : distinct) {
      if (best == null || u1[i].compareTo(best) > 0) {
        pareto.add(0, i);
        best = u1[i];
      }
    }
    // Upper hull: drop a vertex strictly below the segment joining its neighbours; it is beaten
    // by a lottery of the two. Collinear vertices stay, so a solution on them is a pure option.
    List<Integer> hull = new ArrayList<>();
    for (int c : pareto) {
      while (hull.size() >= 2) {
        int a = hull.get(hull.size() - 2);
        int b = hull.get(hull.size() - 1);
        Rational cross = u0[c].subtract(u0[a]).multiply(u1[b].subtract(u1[a]))
            .subtract(u1[c].subtract(u1[a]).multiply(u0[b].subtract(u0[a])));
        if (cross.signum() < 0) {
          hull.remove(hull.size() - 1);
        } else {
          break;
        }
      }
      hull.add(c);
    }
    return hull.stream().mapToInt(Integer::intValue).toArray();
  }

  String name(int i) {
    return problem.options().get(i).name();
  }

  int[] chain() {
    return chain.clone();
  }

  Rational u0(int i) {
    return u0[i];
  }

  Rational u1(int i) {
    return u1[i];
  }

  Rational d0() {
    return d0;
  }

  Rational d1() {
    return d1;
  }

  private void describeProblem(String ruleId, boolean lotteries) {
    List<String> parties = problem.parties();
    lines.add(ruleId + ": " + problem.size() + " options between " + parties.get(0) + " and "
        + parties.get(1) + "; disagreement point (" + fmt(d0) + ", " + fmt(d1) + ")"
        + (lotteries ? "; lotteries over two options allowed" : "; pure options only"));
    for (Map.Entry<Integer, List<String>> e : twins.entrySet()) {
      lines.add("Options " + e.getValue() + " have the same utilities as " + name(e.getKey())
          + " and are represented by it.");
    }
    if (lotteries) {
      StringBuilder s = new StringBuilder("Pareto frontier of the lotteries (vertices):");
      for (int i : chain) {
        s.append(' ').append(name(i)).append(' ').append(pair(u0[i], u1[i]));
      }
      lines.add(s.toString());
    }
  }

  /** Nash bargaining over the convex hull: per frontier edge, the concave quadratic's maximum. */
  BargainingPoint nash() {
    describeProblem(NashBargaining.ID, true);
    BargainingPoint bestPoint = null;
    Rational bestProduct = Rational.ZERO;
    if (chain.length == 1) {
      int v = chain[0];
      Rational g = product(u0[v], u1[v]);
      lines.add("Only one frontier option: " + name(v) + ", Nash product " + fmt(g) + ".");
      if (g.signum() > 0 && gainsNonNegative(u0[v], u1[v])) {
        bestPoint = pure(v);
        bestProduct = g;
      }
    }
    for (int k = 0; k + 1 < chain.length; k++) {
      int p = chain[k];
      int q = chain[k + 1];
      Rational x = u0[p].subtract(d0);
      Rational y = u1[p].subtract(d1);
      Rational dx = u0[q].subtract(u0[p]);
      Rational dy = u1[q].subtract(u1[p]);
      // Gains stay non-negative for t in [lo, hi]: x + t dx ≥ 0 and y + t dy ≥ 0 (dx > 0 > dy).
      Rational lo = Rational.ZERO.max(x.negate().divide(dx));
      Rational hi = Rational.ONE.min(y.divide(dy.negate()));
      String edge = "Edge " + name(p) + " – " + name(q);
      if (lo.compareTo(hi) > 0) {
        lines.add(edge + ": no point on it is individually rational.");
        continue;
      }
      // (x + t dx)(y + t dy) has derivative dx y + dy x + 2 t dx dy, zero at tStar.
      Rational tStar = dx.multiply(y).add(dy.multiply(x)).negate()
          .divide(dx.multiply(dy).add(dx.multiply(dy)));
      Rational t = tStar.max(lo).min(hi);
      Rational g = x.add(t.multiply(dx)).multiply(y.add(t.multiply(dy)));
      lines.add(edge + ": best weight on " + name(q) + " " + fmt(t)
          + (t.equals(tStar) ? "" : " (the unconstrained optimum " + fmt(tStar) + " is clamped)")
          + ", Nash product " + fmt(g) + ".");
      if (g.compareTo(bestProduct) > 0) {
        bestProduct = g;
        bestPoint = onEdge(p, q, t);
      }
    }
    if (bestPoint == null) {
      return noAgreement();
    }
    return conclude(bestPoint, "largest Nash product " + fmt(bestProduct));
  }

  /** Kalai–Smorodinsky over the convex hull: the frontier point on the ray from d to the ideal. */
  BargainingPoint kalaiSmorodinsky() {
    describeProblem(KalaiSmorodinsky.ID, true);
    Rational a0 = null;
    Rational a1 = null;
    // Ideal of the first party: the largest first utility on the frontier where the second's
    // utility is still at least d1; symmetrically for the second party.
    int last = chain.length - 1;
    if (u1[chain[last]].compareTo(d1) >= 0) {
      a0 = u0[chain[last]];
    } else {
      for (int k = 0; k < last; k++) {
        int p = chain[k];
        int q = chain[k + 1];
        if (u1[p].compareTo(d1) >= 0 && u1[q].compareTo(d1) < 0) {
          Rational t = u1[p].subtract(d1).divide(u1[p].subtract(u1[q]));
          a0 = u0[p].add(t.multiply(u0[q].subtract(u0[p])));
        }
      }
    }
    if (u0[chain[0]].compareTo(d0) >= 0) {
      a1 = u1[chain[0]];
    } else {
      for (int k = last; k > 0; k--) {
        int p = chain[k];
        int q = chain[k - 1];
        if (u0[p].compareTo(d0) >= 0 && u0[q].compareTo(d0) < 0) {
          Rational t = u0[p].subtract(d0).divide(u0[p].subtract(u0[q]));
          a1 = u1[p].add(t.multiply(u1[q].subtract(u1[p])));
        }
      }
    }
    if (a0 == null || a1 == null || a0.compareTo(d0) <= 0 || a1.compareTo(d1) <= 0) {
      lines.add("Ideal point: " + (a0 == null || a1 == null ? "none, no lottery is individually"
          + " rational" : pair(a0, a1) + ", no gain for one party"));
      return noAgreement();
    }
    Rational g0 = a0.subtract(d0);
    Rational g1 = a1.subtract(d1);
    lines.add("Ideal point (best individually rational utility of each party): " + pair(a0, a1)
        + "; ideal gains " + pair(g0, g1) + ".");
    if (chain.length == 1) {
      return conclude(pure(chain[0]), "gains proportional to the ideal gains");
    }
    for (int k = 0; k < last; k++) {
      int p = chain[k];
      int q = chain[k + 1];
      Rational hp = balance(p, g0, g1);
      Rational hq = balance(q, g0, g1);
      if (hq.signum() < 0) {
        continue;
      }
      Rational t = hp.negate().divide(hp.negate().add(hq));
      lines.add("Edge " + name(p) + " – " + name(q) + " crosses the line from the disagreement"
          + " point to the ideal point at weight " + fmt(t) + " on " + name(q) + ".");
      return conclude(onEdge(p, q, t), "gains proportional to the ideal gains");
    }
    throw new AssertionError("the frontier must cross the ray to the ideal point");
  }

  /** (u0 − d0) g1 − (u1 − d1) g0: zero where gains are proportional to (g0, g1), rising along. */
  private Rational balance(int v, Rational g0, Rational g1) {
    return u0[v].subtract(d0).multiply(g1).subtract(u1[v].subtract(d1).multiply(g0));
  }

  /** Nash without lotteries: the individually rational option with the largest product. */
  BargainingPoint nashPure(long seed) {
    describeProblem(NashBargaining.ID, false);
    Rational[] score = new Rational[u0.length];
    for (int i = 0; i < u0.length; i++) {
      if (gainsNonNegative(u0[i], u1[i])) {
        score[i] = product(u0[i], u1[i]);
        lines.add(name(i) + ": Nash product " + fmt(score[i]) + ".");
      } else {
        lines.add(name(i) + ": below the disagreement point for one party, not a candidate.");
      }
    }
    return bestPure(score, seed, "largest Nash product");
  }

  /** Kalai–Smorodinsky without lotteries: the option maximising the smallest relative gain. */
  BargainingPoint kalaiSmorodinskyPure(long seed) {
    describeProblem(KalaiSmorodinsky.ID, false);
    Rational a0 = null;
    Rational a1 = null;
    for (int i = 0; i < u0.length; i++) {
      if (gainsNonNegative(u0[i], u1[i])) {
        a0 = a0 == null ? u0[i] : a0.max(u0[i]);
        a1 = a1 == null ? u1[i] : a1.max(u1[i]);
      }
    }
    if (a0 == null || a1 == null || a0.compareTo(d0) <= 0 || a1.compareTo(d1) <= 0) {
      lines.add("Ideal point: " + (a0 == null || a1 == null ? "none, no option is individually"
          + " rational" : pair(a0, a1) + ", no gain for one party"));
      return noAgreement();
    }
    Rational g0 = a0.subtract(d0);
    Rational g1 = a1.subtract(d1);
    lines.add("Ideal point (best individually rational option for each party): " + pair(a0, a1)
        + ".");
    Rational[] score = new Rational[u0.length];
    for (int i = 0; i < u0.length; i++) {
      if (gainsNonNegative(u0[i], u1[i])) {
        score[i] = u0[i].subtract(d0).divide(g0).min(u1[i].subtract(d1).divide(g1));
        lines.add(name(i) + ": smallest share of the ideal gain " + fmt(score[i]) + ".");
      } else {
        lines.add(name(i) + ": below the disagreement point for one party, not a candidate.");
      }
    }
    return bestPure(score, seed, "largest smallest share of the ideal gain");
  }

  private BargainingPoint bestPure(Rational[] score, long seed, String criterion) {
    Rational best = Rational.ZERO;
    for (Rational s : score) {
      if (s != null && s.compareTo(best) > 0) {
        best = s;
      }
    }
    if (best.signum() <= 0) {
      return noAgreement();
    }
    Rational bestSum = null;
    List<Integer> tied = new ArrayList<>();
    for (int i = 0; i < score.length; i++) {
      if (score[i] != null && score[i].equals(best)) {
        Rational sum = u0[i].add(u1[i]);
        int cmp = bestSum == null ? 1 : sum.compareTo(bestSum);
        if (cmp > 0) {
          tied.clear();
          bestSum = sum;
        }
        if (cmp >= 0) {
          tied.add(i);
        }
      }
    }
    int chosen = tied.get(0);
    if (tied.size() > 1) {
      List<String> names = new ArrayList<>();
      for (int i : tied) {
        names.add(name(i));
      }
      String drawn = new LotTieBreaker().choose(new Tie(names, seed));
      chosen = tied.get(names.indexOf(drawn));
      lines.add("Tie between " + names + " on the " + criterion + " and the sum of utilities,"
          + " settled by lot (seed " + seed + "): " + drawn + ".");
    }
    return conclude(pure(chosen), criterion + " " + fmt(best));
  }

  private boolean gainsNonNegative(Rational v0, Rational v1) {
    return v0.compareTo(d0) >= 0 && v1.compareTo(d1) >= 0;
  }

  private Rational product(Rational v0, Rational v1) {
    return v0.subtract(d0).multiply(v1.subtract(d1));
  }

  private BargainingPoint pure(int v) {
    return new BargainingPoint(v, -1, Rational.ZERO, u0[v], u1[v]);
  }

  private BargainingPoint onEdge(int p, int q, Rational t) {
    if (t.signum() == 0) {
      return pure(p);
    }
    if (t.equals(Rational.ONE)) {
      return pure(q);
    }
    return new BargainingPoint(p, q, t, u0[p].add(t.multiply(u0[q].subtract(u0[p]))),
        u1[p].add(t.multiply(u1[q].subtract(u1[p]))));
  }

  private BargainingPoint noAgreement() {
    lines.add("No agreement beats disagreement: no option or lottery gives both parties"
        + " more than their disagreement utility; each keeps (" + fmt(d0) + ", " + fmt(d1)
        + ").");
    return BargainingPoint.none(d0, d1);
  }

  private BargainingPoint conclude(BargainingPoint point, String why) {
    String what = point.second() < 0 ? name(point.first())
        : "lottery: " + name(point.first()) + " with probability "
            + fmt(Rational.ONE.subtract(point.weight())) + ", " + name(point.second())
            + " with probability " + fmt(point.weight());
    lines.add("Solution (" + why + "): " + what + "; expected utilities "
        + pair(point.u0(), point.u1()) + ", gains "
        + pair(point.u0().subtract(d0), point.u1().subtract(d1)) + ".");
    return point;
  }

  private static String pair(Rational a, Rational b) {
    return "(" + fmt(a) + ", " + fmt(b) + ")";
  }

  /** Exact, with a rounded decimal beside fractions: {@code 5/3 ≈ 1.6667}. */
  static String fmt(Rational r) {
    String exact = r.toString();
    if (r.isWhole()) {
      return exact;
    }
    String approx = r.toBigDecimal(MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
    return exact + " ≈ " + approx;
  }
}
