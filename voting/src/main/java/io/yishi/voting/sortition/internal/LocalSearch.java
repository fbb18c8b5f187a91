package io.yishi.voting.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fast heuristic for pricing: from a known compliant panel, move one seat at a time from one
 * group to another while the total weight rises and the quotas and the household rule still
 * hold. It finds a panel of high weight in microseconds; only when it finds none better than the
 * current bound is the exact integer program asked to prove that none exists.
 *
 * <p>Where the quotas sit at their bounds a single move can break one of them even though a
 * second move would mend it, and such panels can lie far below the best: on the benchmark's
 * 1000/40 pool the single-move climbs of a late leximin stage ended a hair above the bound while
 * the best panel, 34 of 40 seats away, lay 6 % above it. {@link #improvePairs} also makes
 * pairs of moves, the second mending the quota that the first breaks.
 */
final class LocalSearch {

  /** How many pair moves one climb by pairs makes at most. */
  private static final int PAIR_MOVES = 500;
  /** The least gain a move must bring, against rounding. */
  private static final double LEAST_GAIN = 1e-12;

  private LocalSearch() {}

  /** {@return a compliant panel of locally greatest weight, starting from the best start} */
  static int[] improve(Instance in, double[] weight, List<int[]> starts) {
    return improve(in, weight, byWeight(weight), starts);
  }

  /**
   * {@return the groups by weight, heaviest first and ties by index} The climbs of one pricing
   * round share the weights, so they share this order too.
   */
  static int[] byWeight(double[] weight) {
    return IntStream.range(0, weight.length).boxed()
        .sorted((x, y) -> weight[x] != weight[y]
            ? Double.compare(weight[y], weight[x]) : Integer.compare(x, y))
        .mapToInt(Integer::intValue).toArray();
  }

  /**
   * {@return a compliant panel of locally greatest weight, starting from the best start}
   *
   * @param byWeight the groups in the order of {@link #byWeight(double[])}
   */
  static int[] improve(Instance in, double[] weight, int[] byWeight, List<int[]> starts) {
    int[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int[] start : starts) {
      double v = value(start, weight);
      if (v > bestValue) {
        bestValue = v;
        best = start;
      }
    }
    int[] seats = best.clone();
    int[] counts = in.quotaCounts(seats);
    int[] householdOfGroup = householdOf(in);
    int[] householdSeats = householdSeats(in, householdOfGroup, seats);
    int groups = in.groupCount();
    int features = in.groupQuotas.length == 0 ? 0 : in.groupQuotas[0].length;
    // the groups to move a seat to are scanned by weight (heaviest first, ties by index): the
    // scan for a group a stops at the first that would not gain, and picks the same move as a
    // scan of all
    int quotas = in.lo.length;
    boolean[] canLose = new boolean[quotas];  // a seat may leave a value without breaking its min
    boolean[] canGain = new boolean[quotas];  // or join one without breaking its max
    for (int pass = 0; pass < 10 * in.k + 100; pass++) {
      for (int q = 0; q < quotas; q++) {
        canLose[q] = counts[q] - 1 >= in.lo[q];
        canGain[q] = counts[q] + 1 <= in.hi[q];
      }
      int from = -1;
      int to = -1;
      double gain = LEAST_GAIN;
      for (int a = 0; a < groups; a++) {
        if (seats[a] == 0) {
          continue;
        }
        int[] qa = in.groupQuotas[a];
        for (int b : byWeight) {
          if (weight[b] - weight[a] <= gain) {
            break;
          }
          if (b == a || seats[b] >= in.size(b)) {
            continue;
          }
          int hb = householdOfGroup[b];
          if (hb >= 0 && householdSeats[hb] >= 1 && householdOfGroup[a] != hb) {
            continue;
          }
          int[] qb = in.groupQuotas[b];
          boolean ok = true;
          for (int f = 0; f < features && ok; f++) {
            if (qa[f] != qb[f]) {
              ok = canLose[qa[f]] && canGain[qb[f]];
            }
          }
          if (ok) {
            gain = weight[b] - weight[a];
            from = a;
            to = b;
          }
        }
      }
      if (from < 0) {
        break;
      }
      seats[from]--;
      seats[to]++;
      for (int q : in.groupQuotas[from]) {
        counts[q]--;
      }
      for (int q : in.groupQuotas[to]) {
        counts[q]++;
      }
      if (householdOfGroup[from] >= 0) {
        householdSeats[householdOfGroup[from]]--;
      }
      if (householdOfGroup[to] >= 0) {
        householdSeats[householdOfGroup[to]]++;
      }
    }
    return seats;
  }

  /**
   * {@return a compliant panel of high weight, climbed from start by single moves and by pairs of
   * moves} Each step takes the pair of largest gain that the scan finds (a move that gains but
   * breaks one lower or one upper bound, or one of each, with the move that mends them), then
   * climbs by single moves again, until no pair gains. The mending move found for one kind of
   * break is reused for every first move that breaks the same bounds in the same scan, when it
   * still applies, so the scan is a heuristic: it may miss a better pair, never return a panel
   * that breaks a rule. Deterministic: ties go to the earlier group in byWeight.
   *
   * @param byWeight the groups in the order of {@link #byWeight(double[])}
   * @param start a compliant panel
   */
  static int[] improvePairs(Instance in, double[] weight, int[] byWeight, int[] start) {
    int[] seats = improve(in, weight, byWeight, List.of(start));
    if (in.lo.length == 0) {
      return seats;
    }
    Pairs pairs = new Pairs(in, weight, byWeight);
    for (int step = 0; step < PAIR_MOVES && pairs.moveBest(seats); step++) {
      seats = improve(in, weight, byWeight, List.of(seats));
    }
    return seats;
  }

  /** The state of one climb by pairs of moves. */
  private static final class Pairs {

    private static final int UNKNOWN = -1;
    private static final int NONE = -2;

    private final Instance in;
    private final double[] weight;
    private final int[] byWeight;
    private final int features;
    /** For each quota, its feature. */
    private final int[] featureOf;
    /** For each quota, the groups of its value, heaviest first. */
    private final int[][] withQuota;
    /** For each group, its household, or −1. */
    private final int[] householdOf;
    private int[] counts;
    private int[] householdSeats;
    /** The mending move found per kind of break in this scan: from, to, or UNKNOWN or NONE. */
    private final int[] mendFrom;
    private final int[] mendTo;

    Pairs(Instance in, double[] weight, int[] byWeight) {
      this.in = in;
      this.weight = weight;
      this.byWeight = byWeight;
      int quotas = in.lo.length;
      features = in.groupQuotas[0].length;
      featureOf = new int[quotas];
      List<List<Integer>> lists = new ArrayList<>();
      for (int q = 0; q < quotas; q++) {
        lists.add(new ArrayList<>());
      }
      for (int g : byWeight) {
        int[] qg = in.groupQuotas[g];
        for (int f = 0; f < features; f++) {
          featureOf[qg[f]] = f;
          lists.get(qg[f]).add(g);
        }
      }
      withQuota = new int[quotas][];
      for (int q = 0; q < quotas; q++) {
        withQuota[q] = lists.get(q).stream().mapToInt(Integer::intValue).toArray();
      }
      householdOf = householdOf(in);
      mendFrom = new int[(quotas + 1) * (quotas + 1)];
      mendTo = new int[mendFrom.length];
    }

    /**
     * Makes the pair of moves (or single move) of largest gain that the scan finds.
     *
     * @return false if it finds none that gains
     */
    boolean moveBest(int[] seats) {
      counts = in.quotaCounts(seats);
      householdSeats = householdSeats(in, householdOf, seats);
      Arrays.fill(mendFrom, UNKNOWN);
      int[] occupied = Arrays.stream(byWeight).filter(g -> seats[g] > 0).toArray();
      double heaviest = weight[byWeight[0]];
      double best = LEAST_GAIN;
      int[] move = null;
      for (int ia = occupied.length - 1; ia >= 0; ia--) {  // lightest first
        int a = occupied[ia];
        if (2 * (heaviest - weight[a]) <= best) {
          break;  // neither move of a pair from here can gain enough
        }
        for (int b : byWeight) {
          double first = weight[b] - weight[a];
          if (first <= best / 2) {
            break;  // the move of larger gain comes first
          }
          if (b == a || !fits(seats, a, b)) {
            continue;
          }
          shift(seats, a, b, 1);
          int under = -1;
          int over = -1;
          boolean mendable = true;
          int[] qa = in.groupQuotas[a];
          int[] qb = in.groupQuotas[b];
          for (int f = 0; f < features; f++) {
            if (qa[f] != qb[f]) {
              if (counts[qa[f]] < in.lo[qa[f]]) {
                mendable &= under < 0;
                under = qa[f];
              }
              if (counts[qb[f]] > in.hi[qb[f]]) {
                mendable &= over < 0;
                over = qb[f];
              }
            }
          }
          if (under < 0 && over < 0) {
            if (first > best) {
              best = first;
              move = new int[] {a, b};
            }
          } else if (mendable) {
            int kind = (under + 1) * (in.lo.length + 1) + over + 1;
            if (mendFrom[kind] == UNKNOWN) {
              mend(seats, occupied, under, over, kind);
            }
            int c = mendFrom[kind];
            int d = mendTo[kind];
            if (c >= 0 && first + weight[d] - weight[c] > best && mends(seats, c, d, under, over)) {
              best = first + weight[d] - weight[c];
              move = new int[] {a, b, c, d};
            }
          }
          shift(seats, a, b, -1);
        }
      }
      if (move == null) {
        return false;
      }
      for (int t = 0; t < move.length; t += 2) {
        seats[move[t]]--;
        seats[move[t + 1]]++;
      }
      return true;
    }

    /** Finds the heaviest move that mends the given breaks, in the state after a first move. */
    private void mend(int[] seats, int[] occupied, int under, int over, int kind) {
      int[] targets = under >= 0 ? withQuota[under] : byWeight;
      double most = targets.length == 0 ? Double.NEGATIVE_INFINITY : weight[targets[0]];
      double best = Double.NEGATIVE_INFINITY;
      mendFrom[kind] = NONE;
      for (int ic = occupied.length - 1; ic >= 0; ic--) {
        int c = occupied[ic];
        if (most - weight[c] <= best) {
          break;
        }
        for (int d : targets) {
          if (weight[d] - weight[c] <= best) {
            break;
          }
          if (mends(seats, c, d, under, over)) {
            best = weight[d] - weight[c];
            mendFrom[kind] = c;
            mendTo[kind] = d;
          }
        }
      }
    }

    /** Whether moving a seat from c to d is allowed now and mends the given breaks. */
    private boolean mends(int[] seats, int c, int d, int under, int over) {
      if (c == d || seats[c] == 0 || !fits(seats, c, d)) {
        return false;
      }
      int[] qc = in.groupQuotas[c];
      int[] qd = in.groupQuotas[d];
      if (over >= 0 && (qc[featureOf[over]] != over || qd[featureOf[over]] == over)) {
        return false;
      }
      if (under >= 0 && (qd[featureOf[under]] != under || qc[featureOf[under]] == under)) {
        return false;
      }
      for (int f = 0; f < features; f++) {
        if (qc[f] != qd[f]
            && (counts[qc[f]] - 1 < in.lo[qc[f]] || counts[qd[f]] + 1 > in.hi[qd[f]])) {
          return false;
        }
      }
      return true;
    }

    /** Whether group b has room for one more seat taken from a (size and household rule). */
    private boolean fits(int[] seats, int a, int b) {
      if (seats[b] >= in.size(b)) {
        return false;
      }
      int h = householdOf[b];
      return h < 0 || householdSeats[h] - (householdOf[a] == h ? 1 : 0) < 1;
    }

    /** Moves a seat from a to b (sign 1) or back (sign −1), with the counts. */
    private void shift(int[] seats, int a, int b, int sign) {
      seats[a] -= sign;
      seats[b] += sign;
      for (int q : in.groupQuotas[a]) {
        counts[q] -= sign;
      }
      for (int q : in.groupQuotas[b]) {
        counts[q] += sign;
      }
      if (householdOf[a] >= 0) {
        householdSeats[householdOf[a]] -= sign;
      }
      if (householdOf[b] >= 0) {
        householdSeats[householdOf[b]] += sign;
      }
    }
  }

  /** {@return for each group, the index of its household in {@code in.households}, or −1} */
  private static int[] householdOf(Instance in) {
    int[] of = new int[in.groupCount()];
    Arrays.fill(of, -1);
    for (int h = 0; h < in.households.length; h++) {
      for (int g : in.households[h]) {
        of[g] = h;
      }
    }
    return of;
  }

  /** {@return the seats of each household of {@code in.households} on the panel} */
  private static int[] householdSeats(Instance in, int[] householdOf, int[] seats) {
    int[] of = new int[in.households.length];
    for (int g = 0; g < seats.length; g++) {
      if (householdOf[g] >= 0) {
        of[householdOf[g]] += seats[g];
      }
    }
    return of;
  }

  static double value(int[] seats, double[] weight) {
    double sum = 0;
    for (int g = 0; g < seats.length; g++) {
      sum += seats[g] * weight[g];
    }
    return sum;
  }
}
