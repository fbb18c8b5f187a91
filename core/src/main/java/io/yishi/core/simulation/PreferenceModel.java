package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Plugin;

/**
 * A model of voters' preferences over a set of options, for simulated consultations: impartial
 * culture, Mallows, urn, spatial and others. Implement this to add a preference model.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.simulation.PreferenceModel}. They need a public no-argument
 * constructor and hold no mutable state; {@link #sampler} may be called from many threads at
 * once.
 *
 * <p>Parameters are checked once, before any run: {@link #sampler} reads and validates every
 * parameter and returns a sampler that can no longer fail on them.
 *
 * <pre>{@code
 * PreferenceModel model = PluginRegistry.load().preferenceModel("mallows");
 * PreferenceSampler sampler = model.sampler(Parameters.of(Map.of("dispersion", 0.5)), 5);
 * sampler.sample(new SplittableRandom(42), 30_000, (ranking, utilities, count) -> { ... });
 * }</pre>
 */
@Experimental
public interface PreferenceModel extends Plugin {

  /**
   * Checks the parameters and returns a sampler for profiles over {@code options} options.
   *
   * @param parameters the model's parameters, each one of {@link #parameters()}; empty for the
   *     defaults
   * @param options the number of options, indexed {@code 0 .. options - 1}; at least 2, and at
   *     most what the model documents it handles
   * @return a stateless sampler, safe to share between threads
   * @throws InvalidParameterException naming the parameter if one is unknown, of the wrong
   *     type or out of range, or naming {@code options} if the number of options is below 2 or
   *     beyond what the model handles
   */
  PreferenceSampler sampler(Parameters parameters, int options);
}
