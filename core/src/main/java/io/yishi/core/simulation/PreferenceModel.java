package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Plugin;

/**
 * A model of how voters rank options (impartial culture, Mallows, urn, spatial, single-peaked),
 * found by id.
 */
@Experimental
public interface PreferenceModel extends Plugin {

  /**
   * Checks the parameters and returns the sampler they define.
   *
   * @param parameters the model's parameters
   * @param options the number of options, at least 2
   * @return the sampler
   * @throws io.yishi.core.spi.InvalidParameterException naming the parameter, before any draw
   */
  PreferenceSampler sampler(Parameters parameters, int options);
}
