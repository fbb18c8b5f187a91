package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Plugin;
import java.util.SplittableRandom;

/**
 * A model of a community's voters for simulated consultations: a synthetic community shaped
 * like a real one, or one read from a description. Implement this to add a population model.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.simulation.PopulationModel}. They need a public no-argument
 * constructor and hold no mutable state.
 *
 * <p>An experiment draws its population once, from a random seeded by the experiment's seed
 * alone, and keeps it for every run: the runs then vary who holds which opinion and who turns
 * out, in one community.
 */
@Experimental
public interface PopulationModel extends Plugin {

  /**
   * Checks the parameters and draws a population.
   *
   * @param parameters the model's parameters, each one of {@link #parameters()}
   * @param random the source of randomness, used by this thread only
   * @return the population
   * @throws InvalidParameterException naming the parameter if one is unknown, of the wrong type
   *     or out of range
   */
  Population population(Parameters parameters, SplittableRandom random);
}
