package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * The {@code degroot} model (DeGroot 1974; RULES.md §7): every round, each agent takes the
 * weighted mean of its own and its neighbours' opinions, {@code x(t + 1) = W x(t)}.
 *
 * <p>{@code W} is the row-normalised adjacency with a self weight: agent {@code i} with {@code d}
 * neighbours gives weight {@code s} to itself and {@code (1 - s) / d} to each neighbour. By
 * default each of the {@code d + 1} (itself and its neighbours) weighs {@code 1 / (d + 1)}; the
 * parameter {@code selfWeight} fixes {@code s} for everyone instead. An agent without neighbours
 * keeps its opinion.
 *
 * <p>On a connected network the opinions converge to a consensus {@code πᵀ x(0)}, where {@code
 * π} is the stationary distribution of {@code W}: proportional to {@code d + 1} with the default
 * weights, to {@code d} with a fixed {@code selfWeight} below 1. The {@code π}-weighted mean is
 * kept in every round. Convergence needs an aperiodic {@code W}: a self weight above 0, or a
 * network that is not bipartite.
 *
 * <p>Parameters: {@code rounds} (1..10,000, default 10), {@code selfWeight} (a fraction in [0,
 * 1]). Each round takes time proportional to the number of links and allocates nothing; a run
 * allocates one copy of the opinions. Stateless and thread-safe.
 */
@Experimental
public final class DeGrootDynamics implements OpinionDynamics {

  /** The model's id, {@value}. */
  public static final String ID = "degroot";

  /** Creates the model; it holds no state. */
  public DeGrootDynamics() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "each round every agent takes the weighted mean of its own and its neighbours'"
        + " opinions (DeGroot)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(Models.ROUNDS, Models.SELF_WEIGHT);
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.yishi.core.spi.InvalidParameterException naming {@code rounds} if it is not a
   *     whole number 1..10,000, {@code selfWeight} if it is not a fraction in [0, 1], or any
   *     parameter not listed
   */
  @Override
  public OpinionProcess process(Parameters parameters) {
    checkNotNull(parameters, "parameters");
    parameters.checkKnown(ID, parameters());
    return new Averaging(ID, Models.rounds(parameters), Models.selfWeight(parameters), 1);
  }
}
