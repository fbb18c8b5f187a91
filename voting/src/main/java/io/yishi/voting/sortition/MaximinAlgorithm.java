package io.yishi.voting.sortition;

import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.voting.sortition.internal.ColumnGeneration;

/**
 * Maximin (RULES.md section 5, step 4): the distribution over quota-compliant panels whose
 * smallest selection probability is as large as the quotas allow, found by column generation on
 * the dual linear program. Only the smallest probability is unique; leximin also evens out the
 * rest.
 *
 * <p>Deterministic: the seed is not used. Registered as sortition algorithm {@code "maximin"}.
 */
public final class MaximinAlgorithm implements SortitionAlgorithm<SortitionProblem, PanelDistribution> {

  /** Creates the algorithm; it holds no state. */
  public MaximinAlgorithm() {}

  /** {@return {@code "maximin"}} */
  @Override
  public String id() {
    return "maximin";
  }

  @Override
  public String description() {
    return "the smallest selection probability as large as the quotas allow (column generation)";
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
   * Computes the maximin distribution.
   *
   * @param problem the selection
   * @param parameters must be empty: maximin takes none
   * @param seed ignored
   * @return the distribution
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is given
   * @throws InfeasibleQuotasException with the suggested relaxation if no panel meets the quotas
   */
  @Override
  public PanelDistribution select(SortitionProblem problem, Parameters parameters, long seed) {
    return Algorithms.run(id(), parameters(), problem, parameters,
        instance -> new ColumnGeneration(instance).maximin());
  }
}
