package io.yishi.core.simulation;

import java.util.SplittableRandom;

/** Deffuant–Weisbuch: random meetings of neighbours who compromise when close enough. */
final class PairwiseMeetings implements OpinionProcess {

  private final int rounds;
  private final double epsilon;
  private final double mu;
  private final boolean strict;
  /** Meetings per round, or 0 for one per agent. */
  private final long steps;

  PairwiseMeetings(int rounds, double epsilon, double mu, boolean strict, long steps) {
    this.rounds = rounds;
    this.epsilon = epsilon;
    this.mu = mu;
    this.strict = strict;
    this.steps = steps;
  }

  @Override
  public void run(double[] opinions, SocialNetwork network, SplittableRandom random) {
    Models.checkRun(opinions, network, random);
    int n = opinions.length;
    if (n == 0) {
      return;
    }
    int[] offsets = network.offsets();
    int[] targets = network.targets();
    long meetings = steps == 0 ? n : steps;
    for (int t = 0; t < rounds; t++) {
      for (long m = 0; m < meetings; m++) {
        int i = random.nextInt(n);
        int degree = offsets[i + 1] - offsets[i];
        if (degree == 0) {
          continue;  // nobody to meet
        }
        int j = targets[offsets[i] + random.nextInt(degree)];
        double xi = opinions[i];
        double xj = opinions[j];
        double gap = xj - xi;
        double distance = Math.abs(gap);
        if (strict ? distance < epsilon : distance <= epsilon) {
          // Both moves are computed from the old values; each lands between xi and xj.
          opinions[i] = xi + mu * gap;
          opinions[j] = xj - mu * gap;
        }
      }
    }
  }

  @Override
  public String toString() {
    return DeffuantDynamics.ID + "[rounds=" + rounds + ", epsilon=" + epsilon + ", mu=" + mu
        + ", strict=" + strict + ", steps=" + (steps == 0 ? "agents" : steps) + "]";
  }
}
