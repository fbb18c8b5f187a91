package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.voting.sortition.internal.Legacy;
import java.util.List;

/**
 * The greedy draw the field used before the fair algorithms, kept as the baseline (RULES.md
 * section 5, step 7): repeatedly fill the feature value whose unmet minimum is largest relative
 * to the volunteers left with it, with one of them chosen uniformly at random; remove the
 * chosen volunteer's housemates and every value that is full; start again (up to {@code
 * attempts} times) when the draw runs into a dead end. It gives no guarantee of fairness.
 *
 * <p>Its distribution is estimated: the draw is repeated {@code draws} times from the seed, and
 * each panel drawn gets its frequency. Registered as sortition algorithm {@code "legacy"}.
 */
public final class LegacyAlgorithm
    implements SortitionAlgorithm<SortitionProblem, PanelDistribution> {

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("draws", "integer", "1000",
          "how many seeded draws estimate the distribution, in [1, 1000000]"),
      ParameterSpec.of("attempts", "integer", "100",
          "how many times one draw may start again after a dead end, in [1, 10000]"));

  /** Creates the algorithm; it holds no state. */
  public LegacyAlgorithm() {}

  /** {@return {@code "legacy"}} */
  @Override
  public String id() {
    return "legacy";
  }

  @Override
  public String description() {
    return "the greedy draw used before the fair algorithms (baseline; distribution estimated"
        + " by repeated draws)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
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
   * Estimates the legacy draw's distribution.
   *
   * @param problem the selection
   * @param parameters {@code draws} (default 1000) and {@code attempts} (default 100)
   * @param seed the seed of the draws
   * @return the empirical distribution of the draws
   * @throws InvalidParameterException if a parameter is unknown or out of range, or (as {@code
   *     parameters.attempts}) if a draw fails every attempt
   * @throws InfeasibleQuotasException with the suggested relaxation if no panel meets the quotas
   */
  @Override
  public PanelDistribution select(SortitionProblem problem, Parameters parameters, long seed) {
    checkNotNull(parameters, "parameters");
    parameters.checkKnown(id(), PARAMETERS);  // a misspelt name is named before any value is read
    long draws = parameters.integer("draws", 1000);
    long attempts = parameters.integer("attempts", 100);
    if (draws < 1 || draws > 1_000_000) {
      throw new InvalidParameterException("draws", draws, "must be in [1, 1000000]");
    }
    if (attempts < 1 || attempts > 10_000) {
      throw new InvalidParameterException("attempts", attempts, "must be in [1, 10000]");
    }
    return Algorithms.run(id(), parameters(), problem, parameters, instance -> {
      try {
        return Legacy.estimate(instance, (int) draws, (int) attempts, seed);
      } catch (IllegalStateException e) {
        throw new InvalidParameterException("attempts", attempts, "the legacy draw ran into a"
            + " dead end every time; the quotas can be met, but not by this greedy draw", e);
      }
    });
  }
}
