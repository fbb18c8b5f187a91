package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import java.util.SplittableRandom;

/**
 * Draws the preferences of one simulated electorate from a {@link PreferenceModel} whose
 * parameters have been checked.
 *
 * <p>A sampler is stateless across calls: its result depends only on the random generator's
 * state and the number of voters, so a run is reproducible from its seed alone. The random
 * generator is confined to the calling thread; a sampler itself may be shared between threads.
 */
@Experimental
public interface PreferenceSampler {

  /**
   * {@return true if the model gives each voter a utility per option (passed to the sink), false
   * if it gives rankings only (the sink receives null)}
   */
  boolean hasUtilities();

  /**
   * Draws the preferences of {@code voters} voters and hands them to the sink.
   *
   * <p>Each call of the sink carries one strict ranking of all options and how many voters
   * hold it; the counts of all calls add up to {@code voters}. A ranking may arrive in more
   * than one call (a consumer adds the counts); models that can draw counts without drawing
   * each voter do so and then send each ranking at most once.
   *
   * @param random the source of randomness, used by this thread only; advanced by the call
   * @param voters the number of voters, {@code >= 0}
   * @param sink receives the rankings; its arrays are reused after each call returns
   * @throws IllegalArgumentException if {@code voters} is negative
   */
  void sample(SplittableRandom random, int voters, PreferenceSink sink);
}
