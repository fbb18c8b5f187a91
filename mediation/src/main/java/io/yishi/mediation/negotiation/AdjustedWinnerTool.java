package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Parameters;

/**
 * The {@code adjusted-winner} negotiation tool: {@link AdjustedWinner#divide} as a plugin. Takes
 * an {@link AdjustedWinnerProblem} and returns an {@link AdjustedWinnerResult}; no parameters,
 * no lots (the seed is not read). Stateless and thread-safe.
 */
public final class AdjustedWinnerTool
    implements NegotiationTool<AdjustedWinnerProblem, AdjustedWinnerResult> {

  /** The tool's id, {@value}. */
  public static final String ID = "adjusted-winner";

  /** Creates the tool; it holds no state. */
  public AdjustedWinnerTool() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "two parties spread 100 points each over the issues; an envy-free, equitable"
        + " division splitting at most one issue (Brams and Taylor)";
  }

  @Override
  public Class<AdjustedWinnerProblem> problemType() {
    return AdjustedWinnerProblem.class;
  }

  @Override
  public Class<AdjustedWinnerResult> resultType() {
    return AdjustedWinnerResult.class;
  }

  /**
   * Divides the issues; the same as {@link AdjustedWinner#divide(AdjustedWinnerProblem)}.
   *
   * @param problem the issues and both parties' points
   * @param parameters must be empty: the procedure has no parameters
   * @param seed not read: the procedure draws no lots
   * @return the division with its explanation
   * @throws io.yishi.core.spi.InvalidParameterException if any parameter is given
   */
  @Override
  public AdjustedWinnerResult negotiate(
      AdjustedWinnerProblem problem, Parameters parameters, long seed) {
    checkNotNull(problem, "problem");
    parameters.checkKnown(ID, parameters());
    return AdjustedWinner.divide(problem);
  }
}
