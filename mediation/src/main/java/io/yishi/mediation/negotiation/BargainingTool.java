package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * What the two bargaining tools share: a {@link BargainingProblem} in, a {@link
 * BargainingSolution} out, and the parameter {@code lotteries} (boolean, default true): whether
 * the solution may be a lottery over two adjacent options; false chooses the best single option,
 * a tie settled by a lot from the seed. Stateless and thread-safe.
 */
public abstract sealed class BargainingTool
    implements NegotiationTool<BargainingProblem, BargainingSolution>
    permits NashBargainingTool, KalaiSmorodinskyTool {

  private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.of("lotteries",
      "boolean", "true", "whether the solution may be a lottery over two adjacent options; false"
          + " chooses the best single option, a tie settled by lot from the seed"));

  private final String id;
  private final String description;

  BargainingTool(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public final Class<BargainingProblem> problemType() {
    return BargainingProblem.class;
  }

  @Override
  public final Class<BargainingSolution> resultType() {
    return BargainingSolution.class;
  }

  /**
   * Solves the problem with {@code lotteries} from the parameters.
   *
   * @param problem the options, the parties' utilities and the disagreement point
   * @param parameters {@code lotteries} (boolean, default true) or nothing
   * @param seed the seed of the lot that settles a tie between single options
   * @return the solution with its explanation
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter other than {@code
   *     lotteries} is given, or {@code lotteries} is not true or false
   */
  @Override
  public final BargainingSolution negotiate(BargainingProblem problem, Parameters parameters,
      long seed) {
    checkNotNull(problem, "problem");
    return solve(problem, parameters.checkKnown(id, PARAMETERS).flag("lotteries", true), seed);
  }

  abstract BargainingSolution solve(BargainingProblem problem, boolean lotteries, long seed);
}
