package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The Nash bargaining solution (Nash 1950) over a finite set of options, id {@code
 * nash-bargaining}: among the agreements that leave no party below its disagreement utility,
 * the one maximising the Nash product (u₁ − d₁)(u₂ − d₂). RULES.md §6.2.
 *
 * <p>With lotteries (the default) the agreements are the lotteries over options. The product's
 * maximum lies on the Pareto frontier of their convex hull; on each frontier edge between two
 * adjacent options the product is a concave quadratic in the probability of the second option,
 * so its maximum is found in closed form, exactly. The result is an option, or a lottery over two
 * adjacent frontier options when mixing raises the product.
 *
 * <p>With {@code lotteries = false} only pure options count: among options with every utility at
 * or above the disagreement point, the one with the largest product; ties go to the larger sum of
 * utilities, then to a lot drawn from the seed ({@link io.yishi.core.tie.LotTieBreaker}).
 *
 * <p>Either way, when no agreement gives both parties strictly more than disagreement, the
 * solution says so ({@link BargainingSolution#agreement()} is false): each party keeps its
 * disagreement utility. Stateless and thread-safe.
 */
public final class NashBargaining {

  /** The solution's id, {@value}. */
  public static final String ID = "nash-bargaining";

  private NashBargaining() {}

  /**
   * Solves the problem with lotteries allowed.
   *
   * @param problem the problem
   * @return the solution with its explanation
   */
  public static BargainingSolution solve(BargainingProblem problem) {
    return solve(problem, true, 0);
  }

  /**
   * Solves the problem.
   *
   * @param problem the problem
   * @param lotteries whether lotteries over two options may be recommended; if false, the best
   *     pure option by the same criterion
   * @param seed the seed of the lot that settles a tie between pure options (only read when
   *     {@code lotteries} is false and such a tie occurs)
   * @return the solution with its explanation
   */
  public static BargainingSolution solve(
      BargainingProblem problem, boolean lotteries, long seed) {
    checkNotNull(problem, "problem");
    BargainingGeometry geometry = new BargainingGeometry(problem);
    BargainingPoint point = lotteries ? geometry.nash() : geometry.nashPure(seed);
    return BargainingSolution.of(ID, problem, point, geometry.lines);
  }

  static BargainingPoint exact(BargainingProblem problem, boolean lotteries, long seed) {
    BargainingGeometry geometry = new BargainingGeometry(problem);
    return lotteries ? geometry.nash() : geometry.nashPure(seed);
  }
}
