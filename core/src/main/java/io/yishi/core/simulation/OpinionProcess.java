package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import java.util.SplittableRandom;

/**
 * One opinion-dynamics model with its parameters fixed, ready to run: {@link
 * OpinionDynamics#process} makes one.
 *
 * <p>Implementations are immutable and may be run from many threads at once, each on its own
 * opinions. A run is deterministic: the same opinions, network and random state give the same
 * result, bit for bit. Synchronous models compute round {@code t + 1} from a copy of round
 * {@code t}, so the order in which agents are visited does not matter.
 */
@Experimental
public interface OpinionProcess {

  /**
   * Evolves the opinions in place for the configured number of rounds.
   *
   * @param opinions one opinion per agent, each in {@code [0, 1]}; replaced by the opinions after
   *     the last round, which stay in {@code [0, 1]}
   * @param network who talks to whom; an agent without neighbours keeps its opinion
   * @param random the source of randomness for models that draw (meetings, orders); advanced by
   *     them, not read by deterministic models
   * @throws IllegalArgumentException naming the index and the value if the number of opinions
   *     differs from the number of agents or an opinion is outside {@code [0, 1]}; the opinions
   *     are then unchanged
   */
  void run(double[] opinions, SocialNetwork network, SplittableRandom random);
}
