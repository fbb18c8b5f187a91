package io.yishi.voting.sortition;

import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.voting.sortition.internal.ColumnGeneration;

/**
 * Leximin (RULES.md section 5, step 5; Flanigan et al., Nature 2021): the smallest selection
 * probability as large as the quotas allow, then the second smallest, and so on, found by one
 * column-generation stage per level, each fixing the probabilities its dual weights show cannot
 * rise. The probabilities are unique, the distribution over panels need not be.
 *
 * <p>Deterministic: the seed is not used. Registered as sortition algorithm {@code "leximin"}.
 */
public final class LeximinAlgorithm implements SortitionAlgorithm<SortitionProblem, PanelDistribution> {

  /** Creates the algorithm; it holds no state. */
  public LeximinAlgorithm() {}

  /** {@return {@code "leximin"}} */
  @Override
  public String id() {
    return "leximin";
  }

  @Override
  public String description() {
    return "maximin, then the second smallest probability as large as can be, and so on (Flanigan et al. 2021)";
  }

  @Override
  public Class<SortitionProblem> problemType() {
    return SortitionProblem.class;
  }

  @Override
  public Class<PanelDistribution> resultType() {
    return PanelDistribution.class;
  }

  /**
   * Computes the leximin distribution.
   *
   * @param problem the selection
   * @param parameters must be empty: leximin takes none
   * @param seed ignored
   * @return the distribution
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is given
   * @throws InfeasibleQuotasException with the suggested relaxation if no panel meets the quotas
   */
  @Override
  public PanelDistribution select(SortitionProblem problem, Parameters parameters, long seed) {
    return Algorithms.run(id(), parameters(), problem, parameters,
        instance -> new ColumnGeneration(instance).leximin());
  }
}
