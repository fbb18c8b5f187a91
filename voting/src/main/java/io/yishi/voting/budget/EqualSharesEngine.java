package io.yishi.voting.budget;

import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The method of equal shares with cost utilities on one instance, run at a given virtual budget.
 *
 * <p>Voters with the same approval set always hold the same money, so the count works on the
 * profile's distinct sets with their counts. A project's price is found without sorting, by the
 * water-filling fixpoint: start with q = cost / supporters, let those holding less than q pay all
 * they have and share the rest equally, and repeat until nobody new falls below q. A project's
 * price per unit of utility only grows as money is spent, so the last one computed is a lower
 * bound and projects whose bound is already worse than the best found are not recomputed.
 *
 * <p>{@link #exact} holds every group's money as a numerator over one common denominator
 * (BigIntegers), so every comparison is exact. {@link #fast} does the same in doubles and gives
 * up (returns null) whenever a comparison that decides anything is closer than a relative 1e-7,
 * far above the rounding error of a count; the add1 completion uses it to try many virtual
 * budgets, and only the final run is reported, from the exact count.
 */
final class EqualSharesEngine {

  private static final double TOLERANCE = 1e-7;

  private final Ledger ledger;
  private final int m;
  private final int groups;
  private final long[] count;
  private final int[][] supporters;
  private final long[] cost;
  private final long[] support;
  private final long voters;

  EqualSharesEngine(Ledger ledger) {
    this.ledger = ledger;
    ApprovalProfile profile = ledger.profile;
    this.m = ledger.m;
    this.groups = profile.distinctBallots();
    this.count = new long[groups];
    int[] sizes = new int[m];
    int[][] sets = new int[groups][];
    for (int g = 0; g < groups; g++) {
      count[g] = profile.count(g);
      sets[g] = profile.approved(g);
      for (int c : sets[g]) {
        sizes[c]++;
      }
    }
    this.supporters = new int[m][];
    for (int c = 0; c < m; c++) {
      supporters[c] = new int[sizes[c]];
    }
    int[] fill = new int[m];
    for (int g = 0; g < groups; g++) {
      for (int c : sets[g]) {
        supporters[c][fill[c]++] = g;
      }
    }
    this.cost = ledger.cost;
    this.support = ledger.support;
    this.voters = profile.voters();
  }

  long voters() {
    return voters;
  }

  /** What one run funded, in order, and at what price. */
  static final class Run {
    final long virtual;
    final List<Integer> funded = new ArrayList<>();
    /** Per funded project: the largest payment as {numerator, denominator} in units. */
    final List<BigInteger[]> maxPayment = new ArrayList<>();
    final List<long[]> payers = new ArrayList<>();
    final Map<Integer, String> lots = new HashMap<>();
    /** For a project found unaffordable: its supporters' money then, {num, den} in units. */
    final BigInteger[][] ranOut;
    boolean[] isFunded;
    long spent;
    List<Integer> tied = List.of();

    Run(long virtual, int m) {
      this.virtual = virtual;
      this.ranOut = new BigInteger[m][];
      this.isFunded = new boolean[m];
    }

    void add(int c, BigInteger num, BigInteger den, long paying, long inFull, long cost) {
      funded.add(c);
      maxPayment.add(new BigInteger[] {num, den});
      payers.add(new long[] {paying, inFull});
      isFunded[c] = true;
      spent += cost;
    }
  }

  /** A run from the double count: only what was funded and what it cost. */
  record Outcome(boolean[] funded, long spent, boolean tie) {}

  /** {@return the run's outcome, from the double count if it is certain, else exact} */
  Outcome outcome(long virtual) {
    Outcome fast = fast(virtual);
    if (fast != null) {
      return fast;
    }
    Run run = exact(virtual);
    return new Outcome(run.isFunded, run.spent, !run.tied.isEmpty());
  }

  private static int compare(BigInteger a1, BigInteger b1, BigInteger a2, BigInteger b2) {
    return a1.multiply(b2).compareTo(a2.multiply(b1));
  }

  /** The exact count at this virtual budget, in units. */
  Run exact(long virtual) {
    Run run = new Run(virtual, m);
    for (int c = 0; c < m; c++) {
      if (cost[c] == 0 && support[c] > 0) {
        run.add(c, BigInteger.ZERO, BigInteger.ONE, 0, 0, 0);
      }
    }
    if (voters == 0) {
      return run;
    }
    BigInteger den = BigInteger.valueOf(voters);
    BigInteger[] num = new BigInteger[groups];
    Arrays.fill(num, BigInteger.valueOf(virtual));
    boolean[] active = new boolean[m];
    BigInteger[] boundA = new BigInteger[m];
    BigInteger[] boundB = new BigInteger[m];
    for (int c = 0; c < m; c++) {
      active[c] = cost[c] > 0 && support[c] > 0;
      boundA[c] = BigInteger.ONE;
      boundB[c] = BigInteger.valueOf(Math.max(1, support[c]));
    }
    int[] mark = new int[groups];
    int[] stamp = {0};
    long draws = 0;
    while (true) {
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (active[c]) {
          order.add(c);
        }
      }
      order.sort((x, y) -> compare(boundA[x], boundB[x], boundA[y], boundB[y]));
      List<Integer> best = new ArrayList<>();
      BigInteger bestA = null;
      BigInteger bestB = null;
      for (int c : order) {
        if (bestA != null && compare(boundA[c], boundB[c], bestA, bestB) > 0) {
          break;
        }
        BigInteger need = BigInteger.valueOf(cost[c]).multiply(den);
        BigInteger total = BigInteger.ZERO;
        for (int g : supporters[c]) {
          total = total.add(num[g].multiply(BigInteger.valueOf(count[g])));
        }
        if (total.compareTo(need) < 0) {
          active[c] = false;
          run.ranOut[c] = new BigInteger[] {total, den};
          continue;
        }
        BigInteger[] ak = price(c, need, num, mark, stamp);
        BigInteger a = ak[0];
        BigInteger b = den.multiply(ak[1]).multiply(BigInteger.valueOf(cost[c]));
        boundA[c] = a;
        boundB[c] = b;
        int cmp = bestA == null ? -1 : compare(a, b, bestA, bestB);
        if (cmp < 0) {
          best.clear();
          best.add(c);
          bestA = a;
          bestB = b;
        } else if (cmp == 0) {
          best.add(c);
        }
      }
      if (best.isEmpty()) {
        return run;
      }
      long most = best.stream().mapToLong(c -> support[c]).max().getAsLong();
      best.removeIf(c -> support[c] != most);
      long cheapest = best.stream().mapToLong(c -> cost[c]).min().getAsLong();
      best.removeIf(c -> cost[c] != cheapest);
      int w = best.get(0);
      if (best.size() > 1) {
        if (ledger.tieBreak == BudgetRule.TieBreak.NONE) {
          run.tied = List.copyOf(best);
          return run;
        }
        w = ledger.lot(best, draws++);
        run.lots.put(run.funded.size(), String.join(", ", best.stream().map(ledger::name)
            .sorted().toList()));
      }
      BigInteger need = BigInteger.valueOf(cost[w]).multiply(den);
      BigInteger[] ak = price(w, need, num, mark, stamp);
      BigInteger a = ak[0];
      BigInteger k = ak[1];
      long paying = 0;
      long inFull = 0;
      for (int g : supporters[w]) {
        if (mark[g] == stamp[0]) {
          if (num[g].signum() > 0) {
            paying += count[g];
            inFull += count[g];
          }
          num[g] = BigInteger.ZERO;
        } else {
          paying += count[g];
          num[g] = num[g].multiply(k).subtract(a);
        }
      }
      boolean[] isSupporter = new boolean[groups];
      for (int g : supporters[w]) {
        isSupporter[g] = true;
      }
      for (int g = 0; g < groups; g++) {
        if (!isSupporter[g]) {
          num[g] = num[g].multiply(k);
        }
      }
      BigInteger oldDen = den;
      den = den.multiply(k);
      run.add(w, a, oldDen.multiply(k), paying, inFull, cost[w]);
      active[w] = false;
      BigInteger gcd = den;
      for (int g = 0; g < groups && !gcd.equals(BigInteger.ONE); g++) {
        gcd = gcd.gcd(num[g]);
      }
      if (!gcd.equals(BigInteger.ONE)) {
        den = den.divide(gcd);
        for (int g = 0; g < groups; g++) {
          num[g] = num[g].divide(gcd);
        }
      }
    }
  }

  /**
   * The water-filling fixpoint for project c: {a, k} such that each paying supporter pays at most
   * q = a / (den * k) units, k being the supporters who pay q; those who pay all they have are
   * marked with the new stamp.
   */
  private BigInteger[] price(int c, BigInteger need, BigInteger[] num, int[] mark, int[] stamp) {
    int s = ++stamp[0];
    BigInteger paid = BigInteger.ZERO;
    long k = support[c];
    boolean changed = true;
    while (changed) {
      changed = false;
      BigInteger a = need.subtract(paid);
      BigInteger kb = BigInteger.valueOf(k);
      for (int g : supporters[c]) {
        if (mark[g] != s && num[g].multiply(kb).compareTo(a) < 0) {
          mark[g] = s;
          paid = paid.add(num[g].multiply(BigInteger.valueOf(count[g])));
          k -= count[g];
          changed = true;
        }
      }
    }
    return new BigInteger[] {need.subtract(paid), BigInteger.valueOf(k)};
  }

  /** The same count in doubles; null when a deciding comparison is too close to call. */
  Outcome fast(long virtual) {
    boolean[] funded = new boolean[m];
    long spent = 0;
    for (int c = 0; c < m; c++) {
      if (cost[c] == 0 && support[c] > 0) {
        funded[c] = true;
      }
    }
    if (voters == 0) {
      return new Outcome(funded, 0, false);
    }
    double[] money = new double[groups];
    Arrays.fill(money, (double) virtual / voters);
    boolean[] active = new boolean[m];
    double[] bound = new double[m];
    int activeCount = 0;
    for (int c = 0; c < m; c++) {
      active[c] = cost[c] > 0 && support[c] > 0;
      bound[c] = 1.0 / Math.max(1, support[c]);
      activeCount += active[c] ? 1 : 0;
    }
    boolean[] poor = new boolean[groups];
    int[] order = new int[m];
    while (activeCount > 0) {
      int size = 0;
      for (int c = 0; c < m; c++) {
        if (active[c]) {
          order[size++] = c;
        }
      }
      sortByBound(order, size, bound);
      int best = -1;
      double bestRho = 0;
      for (int i = 0; i < size; i++) {
        int c = order[i];
        if (best >= 0 && bound[c] > bestRho * (1 + TOLERANCE)) {
          break;
        }
        double total = 0;
        for (int g : supporters[c]) {
          total += money[g] * count[g];
        }
        double need = cost[c];
        if (Math.abs(total - need) <= TOLERANCE * Math.max(total, need)) {
          return null;
        }
        if (total < need) {
          active[c] = false;
          activeCount--;
          continue;
        }
        double rho = fastPrice(c, money, null) / need;
        bound[c] = rho;
        if (best >= 0 && Math.abs(rho - bestRho) <= TOLERANCE * Math.max(rho, bestRho)) {
          return null;
        }
        if (best < 0 || rho < bestRho) {
          best = c;
          bestRho = rho;
        }
      }
      if (best < 0) {
        break;
      }
      Arrays.fill(poor, false);
      double q = fastPrice(best, money, poor);
      for (int g : supporters[best]) {
        money[g] = poor[g] ? 0 : money[g] - q;
      }
      funded[best] = true;
      spent += cost[best];
      active[best] = false;
      activeCount--;
    }
    return new Outcome(funded, spent, false);
  }

  private double fastPrice(int c, double[] money, boolean[] poorOut) {
    boolean[] poor = poorOut != null ? poorOut : new boolean[groups];
    double paid = 0;
    long k = support[c];
    double need = cost[c];
    boolean changed = true;
    while (changed) {
      changed = false;
      double q = (need - paid) / k;
      for (int g : supporters[c]) {
        if (!poor[g] && money[g] < q) {
          poor[g] = true;
          paid += money[g] * count[g];
          k -= count[g];
          changed = true;
        }
      }
    }
    return (need - paid) / k;
  }

  private static void sortByBound(int[] order, int size, double[] bound) {
    for (int i = 1; i < size; i++) {
      int c = order[i];
      int j = i - 1;
      while (j >= 0 && bound[order[j]] > bound[c]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = c;
    }
  }
}
