package io.yishi.voting.sortition.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The greedy draw the field used before the distribution algorithms (RULES.md section 5, step
 * 7): fill the feature value whose unmet minimum is largest relative to the volunteers left with
 * it, with one of them at random; remove housemates and values that are full; start again when
 * the draw runs into a dead end.
 */
public final class Legacy {

  private Legacy() {}

  /**
   * Estimates the legacy draw's distribution by repeating it.
   *
   * @param in the compiled problem
   * @param draws the number of draws, ≥ 1
   * @param attempts the restarts each draw may use, ≥ 1
   * @return the distinct panels drawn (seats per group) with their frequencies, in the order
   *     first drawn
   * @throws IllegalStateException if a draw fails every attempt
   * @param seed the seed of the draws
   */
  public static ColumnGeneration.Result estimate(Instance in, int draws, int attempts,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<List<Integer>, Integer> index = new HashMap<>();
    List<int[]> panels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int d = 0; d < draws; d++) {
      int[] people = null;
      for (int a = 0; a < attempts && people == null; a++) {
        people = drawOnce(in, random);
      }
      if (people == null) {
        throw new IllegalStateException("the legacy draw found no panel in " + attempts
            + " attempts");
      }
      int[] seats = new int[in.groupCount()];
      for (int i : people) {
        seats[in.groupOf[i]]++;
      }
      List<Integer> key = new ArrayList<>();
      for (int s : seats) {
        key.add(s);
      }
      Integer at = index.get(key);
      if (at == null) {
        index.put(key, panels.size());
        panels.add(seats);
        counts.add(1);
      } else {
        counts.set(at, counts.get(at) + 1);
      }
    }
    double[] p = counts.stream().mapToDouble(c -> (double) c / draws).toArray();
    return new ColumnGeneration.Result(panels, p);
  }

  /** {@return the volunteers of one greedy draw, or null if it ran into a dead end} */
  static int @Nullable [] drawOnce(Instance in, SplittableRandom random) {
    int quotas = in.quotas.size();
    boolean[] available = new boolean[in.n];
    int[] remaining = new int[quotas];
    int[] selected = new int[quotas];
    for (int i = 0; i < in.n; i++) {
      available[i] = true;
      for (int q : in.quotaOf[i]) {
        remaining[q]++;
      }
    }
    for (int q = 0; q < quotas; q++) {
      if (in.hi[q] == 0) {
        closeValue(in, q, available, remaining);
      }
    }
    int[] panel = new int[in.k];
    for (int seat = 0; seat < in.k; seat++) {
      int best = -1;
      double bestRatio = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < quotas; q++) {
        if (remaining[q] > 0 && selected[q] < in.hi[q]) {
          double ratio = (double) (in.lo[q] - selected[q]) / remaining[q];
          if (ratio > bestRatio) {
            bestRatio = ratio;
            best = q;
          }
        }
      }
      if (best < 0) {
        return null;
      }
      int pick = random.nextInt(remaining[best]);
      int person = -1;
      for (int i = 0; i < in.n; i++) {
        if (available[i] && has(in, i, best) && pick-- == 0) {
          person = i;
          break;
        }
      }
      panel[seat] = person;
      remove(in, person, available, remaining);
      for (int q : in.quotaOf[person]) {
        selected[q]++;
      }
      for (int mate : in.housemates[person]) {
        if (available[mate]) {
          remove(in, mate, available, remaining);
        }
      }
      for (int q : in.quotaOf[person]) {
        if (selected[q] == in.hi[q]) {
          closeValue(in, q, available, remaining);
        }
      }
    }
    for (int q = 0; q < quotas; q++) {
      if (selected[q] < in.lo[q]) {
        return null;
      }
    }
    return panel;
  }

  private static boolean has(Instance in, int person, int quota) {
    for (int q : in.quotaOf[person]) {
      if (q == quota) {
        return true;
      }
    }
    return false;
  }

  private static void remove(Instance in, int person, boolean[] available, int[] remaining) {
    available[person] = false;
    for (int q : in.quotaOf[person]) {
      remaining[q]--;
    }
  }

  private static void closeValue(Instance in, int quota, boolean[] available, int[] remaining) {
    for (int i = 0; i < in.n; i++) {
      if (available[i] && has(in, i, quota)) {
        remove(in, i, available, remaining);
      }
    }
  }
}
