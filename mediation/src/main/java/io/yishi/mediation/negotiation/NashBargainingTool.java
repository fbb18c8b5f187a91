package io.yishi.mediation.negotiation;

/**
 * The {@code nash-bargaining} negotiation tool: {@link NashBargaining#solve(BargainingProblem,
 * boolean, long)} as a plugin, with the parameter {@code lotteries} of {@link BargainingTool}.
 */
public final class NashBargainingTool extends BargainingTool {

  /** Creates the tool; it holds no state. */
  public NashBargainingTool() {
    super(NashBargaining.ID, "the option, or lottery over two, maximising the product of the two"
        + " parties' gains over disagreement (Nash)");
  }

  @Override
  BargainingSolution solve(BargainingProblem problem, boolean lotteries, long seed) {
    return NashBargaining.solve(problem, lotteries, seed);
  }
}
