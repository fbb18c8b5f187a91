package io.yishi.voting.sortition.internal;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A fast heuristic for pricing: from a known compliant panel, move one seat at a time from one
 * group to another while the total weight rises and the quotas and the household rule still
 * hold. It finds a panel of high weight in microseconds; only when it finds none better than the
 * current bound is the exact integer program asked to prove that none exists.
 */
final class LocalSearch {

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
    int[] householdSeats = new int[in.households.length];
    int[] householdOfGroup = new int[in.groupCount()];
    java.util.Arrays.fill(householdOfGroup, -1);
    for (int h = 0; h < in.households.length; h++) {
      for (int g : in.households[h]) {
        householdOfGroup[g] = h;
        householdSeats[h] += seats[g];
      }
    }
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
      double gain = 1e-12;
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

  static double value(int[] seats, double[] weight) {
    double sum = 0;
    for (int g = 0; g < seats.length; g++) {
      sum += seats[g] * weight[g];
    }
    return sum;
  }
}
