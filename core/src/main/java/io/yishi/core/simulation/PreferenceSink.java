package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import org.jspecify.annotations.Nullable;

/**
 * Receives the preferences a {@link PreferenceSampler} draws: a strict ranking of the options,
 * with the voters' utilities where the model has them, and how many voters hold exactly these.
 * The arrays may be reused by the sampler after the call returns: copy them to keep them.
 */
@Experimental
@FunctionalInterface
public interface PreferenceSink {

  /**
   * Takes one ranking.
   *
   * @param ranking option indices, best first: a permutation of {@code 0..options-1}
   * @param utilities each option's utility for these voters, by option index; null when the model
   *     has none
   * @param count how many voters hold this ranking (and these utilities), at least 1
   */
  void accept(int[] ranking, double @Nullable [] utilities, long count);
}
