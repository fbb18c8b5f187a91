package io.yishi.core.simulation;

import java.util.SplittableRandom;

/**
 * DeGroot and Friedkin–Johnsen: {@code x(t + 1) = λ W x(t) + (1 - λ) x(0)} with {@code W} the
 * row-normalised influence matrix of {@link Models#weights}; {@code λ = 1} is DeGroot.
 */
final class Averaging implements OpinionProcess {

  private final String id;
  private final int rounds;
  /** NaN for the default {@code 1 / (degree + 1)}. */
  private final double selfWeight;
  private final double susceptibility;

  Averaging(String id, int rounds, double selfWeight, double susceptibility) {
    this.id = id;
    this.rounds = rounds;
    this.selfWeight = selfWeight;
    this.susceptibility = susceptibility;
  }

  @Override
  public void run(double[] opinions, SocialNetwork network, SplittableRandom random) {
    Models.checkRun(opinions, network, random);
    int n = opinions.length;
    int[] offsets = network.offsets();
    int[] targets = network.targets();
    double[] previous = new double[n];
    double[] initial = susceptibility < 1 ? opinions.clone() : previous;
    boolean equalWeights = Double.isNaN(selfWeight);
    double lambda = susceptibility;
    for (int t = 0; t < rounds; t++) {
      System.arraycopy(opinions, 0, previous, 0, n);
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int from = offsets[i];
        int to = offsets[i + 1];
        double own = previous[i];
        double next;
        if (from == to) {
          next = own;
        } else {
          double sum = 0;
          for (int k = from; k < to; k++) {
            sum += previous[targets[k]];
          }
          next = equalWeights ? (own + sum) / (to - from + 1)
              : selfWeight * own + (1 - selfWeight) * sum / (to - from);
        }
        if (lambda < 1) {
          next = lambda * next + (1 - lambda) * initial[i];
        }
        next = Models.clamp(next);
        changed |= next != own;
        opinions[i] = next;
      }
      if (!changed) {
        break;  // a fixed point: the remaining rounds would change nothing
      }
    }
  }

  @Override
  public String toString() {
    return id + "[rounds=" + rounds + ", selfWeight="
        + (Double.isNaN(selfWeight) ? "1/(degree + 1)" : selfWeight)
        + (susceptibility < 1 ? ", stubbornness=" + (1 - susceptibility) : "") + "]";
  }
}
