package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import io.yishi.core.annotation.Experimental;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * The {@code friedkin-johnsen} model (Friedkin and Johnsen 1990, 1999; RULES.md §7): DeGroot
 * averaging anchored to each agent's initial opinion, {@code x(t + 1) = Λ W x(t) + (I - Λ)
 * x(0)}.
 *
 * <p>{@code W} is {@link DeGrootDynamics}'s influence matrix (same {@code selfWeight}); {@code Λ
 * = λ I} with {@code λ = 1 - stubbornness} the same for every agent. Stubbornness 0 is DeGroot;
 * stubbornness 1 keeps every opinion. With stubbornness above 0 the opinions converge to {@code V
 * x(0)}, {@code V = (I - Λ W)⁻¹ (I - Λ)}, the error shrinking by at least the factor {@code λ}
 * each round. An agent without neighbours keeps its opinion.
 *
 * <p>Parameters: {@code rounds} (1..10,000, default 10), {@code stubbornness} (a fraction in [0,
 * 1], default 1/2), {@code selfWeight} (a fraction in [0, 1]). Each round takes time
 * proportional to the number of links and allocates nothing; a run allocates two copies of the
 * opinions. Stateless and thread-safe.
 */
@Experimental
public final class FriedkinJohnsenDynamics implements OpinionDynamics {

  /** The model's id, {@value}. */
  public static final String ID = "friedkin-johnsen";

  private static final ParameterSpec STUBBORNNESS = ParameterSpec.of("stubbornness",
      "fraction in [0, 1]", "1/2", "how strongly agents hold on to their initial opinion"
          + " (1 - susceptibility); 0 is DeGroot, 1 keeps every opinion");

  /** Creates the model; it holds no state. */
  public FriedkinJohnsenDynamics() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "DeGroot averaging with every agent partly anchored to its initial opinion"
        + " (Friedkin-Johnsen)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(Models.ROUNDS, STUBBORNNESS, Models.SELF_WEIGHT);
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.yishi.core.spi.InvalidParameterException naming {@code rounds} if it is not a
   *     whole number 1..10,000, {@code stubbornness} or {@code selfWeight} if it is not a fraction
   *     in [0, 1], or any parameter not listed
   */
  @Override
  public OpinionProcess process(Parameters parameters) {
    checkNotNull(parameters, "parameters");
    parameters.checkKnown(ID, parameters());
    int rounds = Models.rounds(parameters);
    double stubbornness =
        Models.fraction(parameters, "stubbornness", Fraction.HALF, 0, false, 1);
    return new Averaging(ID, rounds, Models.selfWeight(parameters), 1 - stubbornness);
  }
}
