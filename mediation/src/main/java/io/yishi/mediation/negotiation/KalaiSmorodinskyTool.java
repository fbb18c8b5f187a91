package io.yishi.mediation.negotiation;

/**
 * The {@code kalai-smorodinsky} negotiation tool: {@link
 * KalaiSmorodinsky#solve(BargainingProblem, boolean, long)} as a plugin, with the parameter
 * {@code lotteries} of {@link BargainingTool}.
 */
public final class KalaiSmorodinskyTool extends BargainingTool {

  /** Creates the tool; it holds no state. */
  public KalaiSmorodinskyTool() {
    super(KalaiSmorodinsky.ID, "the option, or lottery over two, giving the two parties gains"
        + " proportional to their ideal gains (Kalai and Smorodinsky)");
  }

  @Override
  BargainingSolution solve(BargainingProblem problem, boolean lotteries, long seed) {
    return KalaiSmorodinsky.solve(problem, lotteries, seed);
  }
}
