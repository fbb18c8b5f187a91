package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import java.util.SplittableRandom;

/**
 * A {@link PreferenceSampler} that can also give each voter of a {@link Population} an opinion
 * on one motion: a number in [0, 1], the voter's support for adopting it. Above one half the
 * voter prefers adopting (option 0), below it keeping things as they are (option 1), and at
 * exactly one half the voter is indifferent. Experiments over a population need one, because
 * opinions there belong to voters, who have groups and neighbours to deliberate with.
 */
@Experimental
public interface OpinionSampler extends PreferenceSampler {

  /**
   * Checks that the population has what the sampler's parameters name, e.g. its groups.
   *
   * @param population the population
   * @throws io.yishi.core.spi.InvalidParameterException naming the parameter that names a group
   *     the population does not have
   */
  void check(Population population);

  /**
   * {@return whether the sampler's parameters name groups, so that it draws only for a
   * population}; {@link #sample} then throws
   */
  default boolean needsPopulation() {
    return false;
  }

  /**
   * Draws every voter's opinion.
   *
   * @param random the source of randomness, used by this thread only; advanced
   * @param population the voters, already {@linkplain #check checked}
   * @param opinions receives voter {@code i}'s opinion at index {@code i}; length at least the
   *     population's size
   */
  void opinions(SplittableRandom random, Population population, double[] opinions);
}
