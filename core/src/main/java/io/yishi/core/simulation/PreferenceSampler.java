package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import java.util.SplittableRandom;

/**
 * Draws voters' preferences under a {@link PreferenceModel} with its parameters checked. Holds
 * no state across calls: every draw depends on the random alone.
 */
@Experimental
public interface PreferenceSampler {

  /** {@return whether the model gives utilities, so that welfare can be measured} */
  boolean hasUtilities();

  /**
   * Draws the preferences of {@code voters} voters into the sink.
   *
   * @param random the source of randomness, confined to the calling thread
   * @param voters how many voters, at least 0
   * @param sink where the rankings go; their counts sum to {@code voters}
   */
  void sample(SplittableRandom random, int voters, PreferenceSink sink);
}
