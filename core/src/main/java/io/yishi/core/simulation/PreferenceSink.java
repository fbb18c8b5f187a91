package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import org.jspecify.annotations.Nullable;

/**
 * Receives the preferences a {@link PreferenceSampler} draws, one distinct ranking (and, for
 * models with utilities, one voter's utilities) at a time.
 *
 * <p>The arrays belong to the sampler and are overwritten after the call returns: a sink that
 * keeps a ranking or utilities copies them ({@code ranking.clone()}). To count rankings cheaply,
 * key them by {@link Rankings#code(int[])}.
 */
@Experimental
@FunctionalInterface
public interface PreferenceSink {

  /**
   * Accepts one ranking and how many voters hold it.
   *
   * @param ranking option indices from best to worst: a permutation of {@code 0 .. options - 1}
   * @param utilities the utility of each option by option index (higher is better), or null
   *     when the model has none; when present, the count is 1, unless the sink only {@link
   *     #sumsUtilities() sums utilities}: then they are the mean over the {@code count} voters
   * @param count how many voters hold exactly this ranking (and these utilities), {@code >= 1}
   */
  void accept(int[] ranking, double @Nullable [] utilities, long count);

  /**
   * {@return whether the sink only adds utilities up over voters}, as a tally does, so that a
   * sampler may hand on all the voters of one ranking at once with their mean utilities instead
   * of one call per voter. The default is false: every voter with utilities comes alone.
   */
  default boolean sumsUtilities() {
    return false;
  }
}
