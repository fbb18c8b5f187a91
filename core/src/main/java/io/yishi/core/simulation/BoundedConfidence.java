package io.yishi.core.simulation;

import java.util.SplittableRandom;

/** Hegselmann–Krause on a network: each agent averages itself and its neighbours within ε. */
final class BoundedConfidence implements OpinionProcess {

  private final int rounds;
  private final double epsilon;

  BoundedConfidence(int rounds, double epsilon) {
    this.rounds = rounds;
    this.epsilon = epsilon;
  }

  @Override
  public void run(double[] opinions, SocialNetwork network, SplittableRandom random) {
    Models.checkRun(opinions, network, random);
    int n = opinions.length;
    int[] offsets = network.offsets();
    int[] targets = network.targets();
    double[] previous = new double[n];
    for (int t = 0; t < rounds; t++) {
      System.arraycopy(opinions, 0, previous, 0, n);
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        double own = previous[i];
        double sum = 0;
        int count = 0;
        boolean selfAdded = false;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
          int j = targets[k];
          // The agent's own opinion joins the sum in index order, so agents with the same
          // confidence set add the same numbers in the same order and reach the same value.
          if (!selfAdded && j > i) {
            sum += own;
            count++;
            selfAdded = true;
          }
          double other = previous[j];
          if (Math.abs(other - own) <= epsilon) {
            sum += other;
            count++;
          }
        }
        if (!selfAdded) {
          sum += own;
          count++;
        }
        double next = Models.clamp(sum / count);
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
    return HegselmannKrauseDynamics.ID + "[rounds=" + rounds + ", epsilon=" + epsilon + "]";
  }
}
