package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/**
 * The {@code kalai-smorodinsky} negotiation tool: {@link
 * KalaiSmorodinsky#solve(BargainingProblem, boolean, long)} as a plugin. Takes a {@link
 * BargainingProblem} and returns a {@link BargainingSolution}. Parameter {@code lotteries}
 * (boolean, default true): whether the solution may be a lottery over two options. The seed
 * settles a tie between single options when {@code lotteries} is false. Stateless and
 * thread-safe.
 */
public final class KalaiSmorodinskyTool
    implements NegotiationTool<BargainingProblem, BargainingSolution> {

  /** Creates the tool; it holds no state. */
  public KalaiSmorodinskyTool() {}

  @Override
  public String id() {
    return KalaiSmorodinsky.ID;
  }

  @Override
  public String description() {
    return "the option, or lottery over two, giving the two parties gains proportional to"
        + " their ideal gains (Kalai and Smorodinsky)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return BargainingTools.PARAMETERS;
  }

  @Override
  public Class<BargainingProblem> problemType() {
    return BargainingProblem.class;
  }

  @Override
  public Class<BargainingSolution> resultType() {
    return BargainingSolution.class;
  }

  /**
   * Solves the problem; the same as {@link KalaiSmorodinsky#solve(BargainingProblem, boolean,
   * long)} with {@code lotteries} from the parameters.
   *
   * @param problem the options, the parties' utilities and the disagreement point
   * @param parameters {@code lotteries} (boolean, default true) or nothing
   * @param seed the seed of the lot that settles a tie between single options
   * @return the solution with its explanation
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter other than {@code
   *     lotteries} is given, or {@code lotteries} is not true or false
   */
  @Override
  public BargainingSolution negotiate(BargainingProblem problem, Parameters parameters,
      long seed) {
    checkNotNull(problem, "problem");
    return KalaiSmorodinsky.solve(problem, BargainingTools.lotteries(id(), parameters), seed);
  }
}
