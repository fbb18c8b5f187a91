package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Plugin;

/**
 * A model of how opinions change when agents talk to their neighbours: DeGroot averaging,
 * Friedkin–Johnsen with stubbornness, bounded confidence. Implement this to add an
 * opinion-dynamics model to the simulator.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.simulation.OpinionDynamics}. They need a public no-argument
 * constructor and hold no mutable state (they are called from many threads at once).
 *
 * <p>Parameters are read once, by {@link #process}, which refuses a bad one before any agent
 * moves; the {@link OpinionProcess} it returns then runs on as many populations as wanted:
 *
 * <pre>{@code
 * OpinionDynamics model = PluginRegistry.load().opinionDynamics("hegselmann-krause");
 * OpinionProcess process = model.process(Parameters.of(Map.of("epsilon", 0.2, "rounds", 5)));
 * process.run(opinions, network, new SplittableRandom(seed));   // opinions change in place
 * }</pre>
 *
 * <p>Every model reads the common parameter {@code rounds} (an integer 1..10,000) and leaves an
 * agent without neighbours at its opinion. The built-in models follow RULES.md §7.
 */
@Experimental
public interface OpinionDynamics extends Plugin {

  /**
   * Reads and checks the parameters and returns the process they configure.
   *
   * @param parameters the model's parameters, each one of {@link #parameters()}; empty for the
   *     defaults
   * @return the configured process, immutable and safe to run from many threads at once
   * @throws InvalidParameterException naming the parameter if one is unknown, of the wrong type
   *     or out of range
   */
  OpinionProcess process(Parameters parameters);
}
