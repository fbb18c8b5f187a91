package io.yishi.voting.sortition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lottery rounding (RULES.md section 5, step 8; Flanigan, Kehne and Procaccia, "Fair sortition
 * made transparent", NeurIPS 2021): a distribution over panels becomes a whole number of
 * tickets per panel, M in all, with each panel's expected tickets exactly M times its
 * probability; the fractional parts are rounded by pipage rounding, which keeps every part's
 * expectation and the total.
 */
public final class Lottery {

  private Lottery() {}

  /**
   * Rounds probabilities to tickets.
   *
   * @param probabilities panel probabilities summing to 1
   * @param tickets M, the number of tickets, ≥ 1
   * @param random the source of the pipage coin flips
   * @return tickets per panel, summing to M
   */
  public static int[] round(double[] probabilities, int tickets, SplittableRandom random) {
    int n = probabilities.length;
    int[] whole = new int[n];
    double[] fraction = new double[n];
    for (int b = 0; b < n; b++) {
      double x = probabilities[b] * tickets;
      double nearest = Math.rint(x);
      if (Math.abs(x - nearest) < 1e-9) {
        x = nearest;
      }
      whole[b] = (int) Math.floor(x);
      fraction[b] = x - whole[b];
    }
    List<Integer> open = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      if (fraction[b] > 1e-9) {
        open.add(b);
      }
    }
    while (open.size() >= 2) {
      int i = open.get(0);
      int j = open.get(1);
      double up = Math.min(1 - fraction[i], fraction[j]);
      double down = Math.min(fraction[i], 1 - fraction[j]);
      if (random.nextDouble() * (up + down) < down) {
        fraction[i] += up;
        fraction[j] -= up;
      } else {
        fraction[i] -= down;
        fraction[j] += down;
      }
      open.removeIf(b -> fraction[b] < 1e-9 || fraction[b] > 1 - 1e-9);
    }
    int total = 0;
    for (int b = 0; b < n; b++) {
      whole[b] += (int) Math.round(fraction[b]);
      total += whole[b];
    }
    // the fractions summed to a whole number up to rounding; settle any last ticket on the
    // panel with the largest probability
    int largest = 0;
    for (int b = 1; b < n; b++) {
      if (probabilities[b] > probabilities[largest]) {
        largest = b;
      }
    }
    whole[largest] += tickets - total;
    return whole;
  }
}
