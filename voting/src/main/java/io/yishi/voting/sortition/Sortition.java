package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.voting.sortition.internal.Instance;
import io.yishi.voting.sortition.internal.Solver;
import java.util.List;

/**
 * Where a selection by lot starts: checking that the quotas can be met, and finding an
 * algorithm by id.
 *
 * <pre>{@code
 * SortitionProblem problem = SortitionCsv.read(people, features, 15);
 * Sortition.check(problem);                       // InfeasibleQuotasException with a suggestion
 * PanelDistribution d = Sortition.algorithm(PluginRegistry.load(), "leximin")
 *     .select(problem, Parameters.empty(), 0);
 * LotteryDraw draw = LotteryDraw.draw(problem, d, 1000, seed);
 * }</pre>
 */
public final class Sortition {

  private Sortition() {}

  /**
   * Checks that some panel meets every quota (and the household rule, when it applies), by
   * solving the feasibility integer program of RULES.md section 5, step 1.
   *
   * @param problem the selection
   * @throws InfeasibleQuotasException carrying the smallest relaxation of the quotas within
   *     their flexible bounds (step 2), or none, if no panel meets the quotas
   */
  public static void check(SortitionProblem problem) {
    checkNotNull(problem, "problem");
    Instance instance = new Instance(problem);
    if (Solver.feasible(instance)) {
      return;
    }
    List<Quota> relaxed = Solver.relax(instance);
    throw new InfeasibleQuotasException(problem.panelSize(), problem.quotas(),
        relaxed == null ? List.of() : relaxed);
  }

  /**
   * {@return the sortition algorithm with this id, typed for this package's problem and
   * distribution}
   *
   * @param registry where to look, e.g. {@code PluginRegistry.load()}
   * @param id the algorithm's id: {@code "legacy"}, {@code "maximin"}, {@code "leximin"}, {@code
   *     "nash"} or a host's own
   * @throws io.yishi.core.plugin.UnknownPluginException listing the known ids if there is none
   * @throws SortitionInputException if the algorithm takes another kind of problem
   */
  @SuppressWarnings("unchecked")  // both types checked just before the cast
  public static SortitionAlgorithm<SortitionProblem, PanelDistribution> algorithm(
      PluginRegistry registry, String id) {
    checkNotNull(registry, "registry");
    SortitionAlgorithm<?, ?> algorithm = registry.sortitionAlgorithm(id);
    if (algorithm.problemType() != SortitionProblem.class
        || algorithm.resultType() != PanelDistribution.class) {
      throw new SortitionInputException("algorithm", id, "takes " + algorithm.problemType()
          .getName() + ", not this package's SortitionProblem");
    }
    return (SortitionAlgorithm<SortitionProblem, PanelDistribution>) algorithm;
  }
}
