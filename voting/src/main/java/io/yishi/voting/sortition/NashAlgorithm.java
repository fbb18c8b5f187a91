package io.yishi.voting.sortition;

import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.voting.sortition.internal.ColumnGeneration;

/**
 * Nash (RULES.md section 5, step 6): the distribution maximising the product of the selection
 * probabilities of the volunteers any compliant panel can include (the sum of their logarithms),
 * by column generation; the master problem is solved by an active-set Newton method (with
 * accelerated multiplicative updates should it stall) to a relative gradient tolerance of 1e-7.
 *
 * <p>Deterministic: the seed is not used. Registered as sortition algorithm {@code "nash"}.
 */
public final class NashAlgorithm implements SortitionAlgorithm<SortitionProblem, PanelDistribution> {

  /** Creates the algorithm; it holds no state. */
  public NashAlgorithm() {}

  /** {@return {@code "nash"}} */
  @Override
  public String id() {
    return "nash";
  }

  @Override
  public String description() {
    return "the product of the selection probabilities as large as can be (column generation)";
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
   * Computes the nash distribution.
   *
   * @param problem the selection
   * @param parameters must be empty: nash takes none
   * @param seed ignored
   * @return the distribution
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is given
   * @throws InfeasibleQuotasException with the suggested relaxation if no panel meets the quotas
   */
  @Override
  public PanelDistribution select(SortitionProblem problem, Parameters parameters, long seed) {
    return Algorithms.run(id(), parameters(), problem, parameters,
        instance -> new ColumnGeneration(instance).nash());
  }
}
