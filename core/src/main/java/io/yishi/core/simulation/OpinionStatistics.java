package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import java.util.Arrays;

/**
 * Summaries of a population's opinions, as the simulator reports them before and after
 * deliberation: mean, variance, range and the number of opinion clusters.
 *
 * <p>Every method reads the array and leaves it unchanged; opinions are numbers in {@code [0,
 * 1]} (any finite numbers work). Sums are compensated (Kahan–Babuška), so a million opinions
 * are summed to about the precision of one.
 */
@Experimental
public final class OpinionStatistics {

  private OpinionStatistics() {}

  /**
   * {@return the arithmetic mean}
   *
   * @param opinions at least one opinion
   * @throws IllegalArgumentException if there is none or one is not finite
   */
  public static double mean(double[] opinions) {
    check(opinions);
    return sum(opinions, 0) / opinions.length;
  }

  /**
   * {@return the population variance, the mean squared distance from the mean, {@code >= 0}}
   *
   * @param opinions at least one opinion
   * @throws IllegalArgumentException if there is none or one is not finite
   */
  public static double variance(double[] opinions) {
    double mean = mean(opinions);
    double sum = 0;
    double compensation = 0;
    for (double x : opinions) {
      double d = (x - mean) * (x - mean);
      double t = sum + d;
      compensation += Math.abs(sum) >= Math.abs(d) ? (sum - t) + d : (d - t) + sum;
      sum = t;
    }
    return (sum + compensation) / opinions.length;
  }

  /**
   * {@return the largest opinion minus the smallest, {@code >= 0}}
   *
   * @param opinions at least one opinion
   * @throws IllegalArgumentException if there is none or one is not finite
   */
  public static double range(double[] opinions) {
    check(opinions);
    double min = opinions[0];
    double max = opinions[0];
    for (double x : opinions) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    return max - min;
  }

  /**
   * Counts the clusters of opinions: sorted, two neighbouring opinions are in one cluster when
   * they differ by at most {@code gap}.
   *
   * @param opinions at least one opinion
   * @param gap the largest difference within a cluster, {@code >= 0}
   * @return the number of clusters, {@code >= 1}
   * @throws IllegalArgumentException if there is no opinion, one is not finite, or the gap is
   *     negative or not a number
   */
  public static int clusters(double[] opinions, double gap) {
    return clusterSizes(opinions, gap).length;
  }

  /**
   * Sizes the clusters of opinions, as {@link #clusters} finds them.
   *
   * @param opinions at least one opinion
   * @param gap the largest difference within a cluster, {@code >= 0}
   * @return the number of opinions in each cluster, from the lowest cluster up; they sum to the
   *     number of opinions
   * @throws IllegalArgumentException if there is no opinion, one is not finite, or the gap is
   *     negative or not a number
   */
  public static int[] clusterSizes(double[] opinions, double gap) {
    check(opinions);
    if (!(gap >= 0)) {
      throw new IllegalArgumentException("gap must be >= 0, was " + gap);
    }
    double[] sorted = opinions.clone();
    Arrays.sort(sorted);
    int[] sizes = new int[sorted.length];
    int clusters = 0;
    int start = 0;
    for (int k = 1; k <= sorted.length; k++) {
      if (k == sorted.length || sorted[k] - sorted[k - 1] > gap) {
        sizes[clusters++] = k - start;
        start = k;
      }
    }
    return Arrays.copyOf(sizes, clusters);
  }

  private static double sum(double[] values, double start) {
    double sum = start;
    double compensation = 0;
    for (double x : values) {
      double t = sum + x;
      compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
      sum = t;
    }
    return sum + compensation;
  }

  private static void check(double[] opinions) {
    checkNotNull(opinions, "opinions");
    if (opinions.length == 0) {
      throw new IllegalArgumentException("opinions must hold at least one opinion, was empty");
    }
    for (int i = 0; i < opinions.length; i++) {
      if (!Double.isFinite(opinions[i])) {
        throw new IllegalArgumentException(
            "opinions[" + i + "] must be a finite number, was " + opinions[i]);
      }
    }
  }
}
