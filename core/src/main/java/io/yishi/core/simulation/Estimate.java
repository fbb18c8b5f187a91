package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import io.yishi.core.annotation.Experimental;

/**
 * A metric's mean over the runs it applies to, with a 95% confidence interval: the Wilson score
 * interval for a rate (a share of runs), the normal interval mean ± 1.96 s/√n for other means.
 * With no sample the mean and bounds are NaN.
 *
 * @param mean the mean
 * @param low the lower bound of the 95% interval
 * @param high the upper bound of the 95% interval
 * @param samples how many runs the metric applied to
 */
@Experimental
public record Estimate(double mean, double low, double high, long samples) {

  private static final double Z = 1.959963984540054;

  /**
   * Checks the parts.
   *
   * @param mean the mean
   * @param low the lower bound
   * @param high the upper bound
   * @param samples how many runs, at least 0
   * @throws IllegalArgumentException if {@code samples} is negative or the bounds do not hold
   *     the mean
   */
  public Estimate {
    checkArgument(samples >= 0, "samples: must be >= 0, was %s", samples);
    checkArgument(samples == 0 || (low <= mean + 1e-12 && mean <= high + 1e-12),
        "interval [%s, %s] must hold the mean %s", low, high, mean);
  }

  /**
   * {@return the estimate of a rate from {@code successes} in {@code trials}, with the Wilson
   * score interval}; successes may be fractional (a tie shared among winners)
   *
   * @param successes the successes, 0 to {@code trials}
   * @param trials the trials, at least 0
   */
  public static Estimate rate(double successes, long trials) {
    checkArgument(trials >= 0 && successes >= 0 && successes <= trials + 1e-9,
        "rate: successes %s of %s trials", (Object) successes, (Object) trials);
    if (trials == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double p = Math.min(1, successes / trials);
    double z2 = Z * Z;
    double denominator = 1 + z2 / trials;
    double centre = (p + z2 / (2 * trials)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials))
        / denominator;
    return new Estimate(p, Math.max(0, Math.min(p, centre - half)),
        Math.min(1, Math.max(p, centre + half)), trials);
  }

  /**
   * {@return the estimate of a mean from a sum and a sum of squares, with the normal interval}
   *
   * @param sum the sum of the samples
   * @param sumOfSquares the sum of their squares
   * @param samples how many, at least 0
   */
  public static Estimate mean(double sum, double sumOfSquares, long samples) {
    checkArgument(samples >= 0, "samples: must be >= 0, was %s", samples);
    if (samples == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = sum / samples;
    if (samples == 1) {
      return new Estimate(mean, mean, mean, 1);
    }
    double variance = Math.max(0, (sumOfSquares - samples * mean * mean) / (samples - 1));
    double half = Z * Math.sqrt(variance / samples);
    return new Estimate(mean, mean - half, mean + half, samples);
  }
}
