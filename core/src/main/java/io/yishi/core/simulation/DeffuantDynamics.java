package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * The {@code deffuant} bounded-confidence model (Deffuant, Neau, Amblard and Weisbuch 2000;
 * RULES.md §7): agents meet in random pairs of neighbours, and two whose opinions differ by less
 * than {@code epsilon} each move the fraction {@code mu} of the way towards the other, both moves
 * computed from the old values: {@code x_i ← x_i + μ (x_j - x_i)}, {@code x_j ← x_j + μ (x_i -
 * x_j)}.
 *
 * <p>A meeting draws an agent uniformly, then one of its neighbours uniformly (on a complete
 * network: a uniform pair); an agent drawn without neighbours meets nobody. Each meeting keeps
 * the pair's sum of opinions (up to rounding). On a complete network with uniform initial
 * opinions the opinions settle into about {@code 1 / (2ε)} clusters.
 *
 * <p>Parameters: {@code rounds} (1..10,000, default 10); {@code steps}, the meetings per round
 * (1..1,000,000,000, default one per agent); {@code epsilon} (a fraction in [0, 1], default
 * 1/5); {@code mu} (a fraction in (0, 1/2], default 1/2); {@code strict} (default true: a gap
 * must be below {@code epsilon}; false: at most {@code epsilon}, as some sources write it). The
 * draws come from the run's random source only. A meeting takes constant time and allocates
 * nothing. Stateless and thread-safe.
 */
@Experimental
public final class DeffuantDynamics implements OpinionDynamics {

  /** The model's id, {@value}. */
  public static final String ID = "deffuant";

  private static final long MAX_STEPS = 1_000_000_000L;

  private static final List<ParameterSpec> PARAMETERS = List.of(Models.ROUNDS,
      ParameterSpec.of("steps", "integer 1.." + MAX_STEPS, "the number of agents",
          "how many pairs meet in one round"),
      HegselmannKrauseDynamics.EPSILON,
      ParameterSpec.of("mu", "fraction in (0, 1/2]", "1/2",
          "how far each of a meeting pair moves towards the other; 1/2 meets in the middle"),
      ParameterSpec.of("strict", "boolean", "true",
          "true: opinions must differ by less than epsilon; false: by at most epsilon"));

  /** Creates the model; it holds no state. */
  public DeffuantDynamics() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "random pairs of neighbours whose opinions are within epsilon move towards each"
        + " other (Deffuant-Weisbuch)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidParameterException naming {@code rounds} if it is not a whole number
   *     1..10,000, {@code steps} if it is not a whole number 1..1,000,000,000, {@code epsilon} if
   *     it is not a fraction in [0, 1], {@code mu} if it is not in (0, 1/2], {@code strict} if it
   *     is not a boolean, or any parameter not listed
   */
  @Override
  public OpinionProcess process(Parameters parameters) {
    checkNotNull(parameters, "parameters");
    parameters.checkKnown(ID, parameters());
    int rounds = Models.rounds(parameters);
    long steps = parameters.integer("steps", 0);
    if (parameters.get("steps").isPresent() && (steps < 1 || steps > MAX_STEPS)) {
      throw new InvalidParameterException("steps", steps,
          "must be a whole number 1.." + MAX_STEPS);
    }
    double epsilon = Models.fraction(parameters, "epsilon", Fraction.of(1, 5), 0, false, 1);
    double mu = Models.fraction(parameters, "mu", Fraction.HALF, 0, true, 0.5);
    boolean strict = parameters.flag("strict", true);
    return new PairwiseMeetings(rounds, epsilon, mu, strict, steps);
  }
}
