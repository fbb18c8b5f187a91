package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * The {@code hegselmann-krause} bounded-confidence model (Hegselmann and Krause 2002; RULES.md
 * §7), network variant: every round, synchronously, each agent moves to the plain mean of the
 * opinions within {@code epsilon} of its own among itself and its neighbours, {@code |x_i - x_j|
 * <= ε}.
 *
 * <p>On a complete network this is the classic model: opinions stay within the initial range,
 * their order is kept, and they settle in finitely many rounds into clusters more than {@code ε}
 * apart; {@code ε = 1} gives consensus at the mean in one round. An agent without neighbours
 * keeps its opinion. A run stops early once a round changes nothing.
 *
 * <p>Parameters: {@code rounds} (1..10,000, default 10), {@code epsilon} (a fraction in [0, 1],
 * default 1/5). Each round takes time proportional to the number of links and allocates
 * nothing; a run allocates one copy of the opinions. Stateless and thread-safe.
 */
@Experimental
public final class HegselmannKrauseDynamics implements OpinionDynamics {

  /** The model's id, {@value}. */
  public static final String ID = "hegselmann-krause";

  static final ParameterSpec EPSILON = ParameterSpec.of("epsilon", "fraction in [0, 1]", "1/5",
      "the confidence bound: agents listen only to opinions at most this far from their own");

  /** Creates the model; it holds no state. */
  public HegselmannKrauseDynamics() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "each round every agent takes the mean of the neighbours' opinions within epsilon"
        + " of its own (Hegselmann-Krause bounded confidence)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(Models.ROUNDS, EPSILON);
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.yishi.core.spi.InvalidParameterException naming {@code rounds} if it is not a
   *     whole number 1..10,000, {@code epsilon} if it is not a fraction in [0, 1], or any
   *     parameter not listed
   */
  @Override
  public OpinionProcess process(Parameters parameters) {
    checkNotNull(parameters, "parameters");
    parameters.checkKnown(ID, parameters());
    int rounds = Models.rounds(parameters);
    return new BoundedConfidence(rounds,
        Models.fraction(parameters, "epsilon", Fraction.of(1, 5), 0, false, 1));
  }
}
