package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The Kalai–Smorodinsky bargaining solution (Kalai and Smorodinsky 1975) over a finite set of
 * options, id {@code kalai-smorodinsky}: the Pareto-optimal agreement whose gains over the
 * disagreement point are proportional to the ideal gains, where each party's ideal is the best
 * utility it can get in any agreement that leaves the other at or above its disagreement
 * utility. RULES.md §6.2.
 *
 * <p>With lotteries (the default) the agreements are the lotteries over options: the ideal point
 * is read off the Pareto frontier of their convex hull (it may itself come from a lottery), and
 * the solution is where the frontier crosses the segment from the disagreement point towards the
 * ideal point, found exactly on one frontier edge: an option, or a lottery over two adjacent
 * frontier options.
 *
 * <p>With {@code lotteries = false} only pure options count (a standard discrete analogue, not
 * from a single source): the ideal is taken over the options at or above the disagreement point,
 * and the solution is the option maximising the smaller of the two parties' shares of their ideal
 * gain, min_i (u_i − d_i)/(a_i − d_i); ties go to the larger sum of utilities, then to a lot drawn
 * from the seed ({@link io.yishi.core.tie.LotTieBreaker}).
 *
 * <p>Either way, when no agreement gives both parties strictly more than disagreement, the
 * solution says so ({@link BargainingSolution#agreement()} is false): each party keeps its
 * disagreement utility. Stateless and thread-safe.
 */
public final class KalaiSmorodinsky {

  /** The solution's id, {@value}. */
  public static final String ID = "kalai-smorodinsky";

  private KalaiSmorodinsky() {}

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
    BargainingPoint point = lotteries ? geometry.kalaiSmorodinsky()
        : geometry.kalaiSmorodinskyPure(seed);
    return BargainingSolution.of(ID, problem, point, geometry.lines);
  }

  static BargainingPoint exact(BargainingProblem problem, boolean lotteries, long seed) {
    BargainingGeometry geometry = new BargainingGeometry(problem);
    return lotteries ? geometry.kalaiSmorodinsky() : geometry.kalaiSmorodinskyPure(seed);
  }
}
