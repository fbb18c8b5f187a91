package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Rational;
import io.yishi.core.spi.NegotiationResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a bargaining solution recommends: one option, a lottery over two options, or no agreement
 * (each party is better off with its disagreement utility), with the expected utilities and an
 * explanation a mediator can check by hand.
 *
 * <p>The solutions are computed exactly in rationals; probabilities and expected utilities are
 * reported as decimals rounded to 34 significant digits ({@link java.math.MathContext#DECIMAL128},
 * half-even), and the explanation shows the exact fractions, e.g. {@code 1/3 ≈ 0.3333}. Decimals
 * are kept without trailing zeros, so that {@code 2.50} and {@code 2.5} give equal solutions and a
 * solution reads back from JSON equal to itself.
 *
 * <p>The result of the {@code nash-bargaining} and {@code kalai-smorodinsky} negotiation tools;
 * JSON type name {@code "bargaining-solution"}.
 *
 * @param ruleId {@code nash-bargaining} or {@code kalai-smorodinsky}
 * @param agreement whether some option or lottery gives both parties more than disagreement
 * @param lottery the options to use with their probabilities, which sum to 1: one share for a
 *     pure option, two for a lottery (the first share is the option nearer the first party's
 *     worst end of the frontier), none without agreement
 * @param utilities each party's expected utility, in the problem's party order; the disagreement
 *     point without agreement
 * @param explanation the steps: frontier, candidate edges or options with their values, solution
 */
public record BargainingSolution(
    String ruleId, boolean agreement, List<Share> lottery, List<BigDecimal> utilities,
    List<String> explanation) implements NegotiationResult {

  /**
   * One option of the recommended lottery.
   *
   * @param option the option's name
   * @param probability the probability of carrying it out, in (0, 1]
   */
  public record Share(String option, BigDecimal probability) {

    /**
     * Checks the share.
     *
     * @param option the option's name
     * @param probability the probability of carrying it out, in (0, 1]; trailing zeros are
     *     dropped
     * @throws IllegalArgumentException if the probability is not in (0, 1]
     */
    public Share {
      checkNotNull(option, "option");
      checkNotNull(probability, "probability");
      checkArgument(probability.signum() > 0 && probability.compareTo(BigDecimal.ONE) <= 0,
          "share of %s: probability must be in (0, 1], was %s", option, probability);
      probability = probability.stripTrailingZeros();
    }
  }

  /**
   * Checks and copies the solution.
   *
   * @param ruleId {@code nash-bargaining} or {@code kalai-smorodinsky}
   * @param agreement whether some option or lottery gives both parties more than disagreement
   * @param lottery the options to use with their probabilities, which sum to 1: one share for a
   *     pure option, two for a lottery (the first share is the option nearer the first party's
   *     worst end of the frontier), none without agreement
   * @param utilities each party's expected utility, in the problem's party order; the disagreement
   *     point without agreement
   * @param explanation the steps: frontier, candidate edges or options with their values, solution
   * @throws IllegalArgumentException if there are shares without agreement or none with it
   */
  public BargainingSolution {
    checkNotNull(ruleId, "ruleId");
    lottery = List.copyOf(lottery);
    utilities = utilities.stream().map(u -> checkNotNull(u, "utility").stripTrailingZeros())
        .toList();
    explanation = List.copyOf(explanation);
    checkArgument(agreement != lottery.isEmpty(),
        "a solution has shares exactly when there is agreement, was %s with %s", agreement,
        lottery);
  }

  /** {@return the single recommended option, or empty for a lottery or no agreement} */
  public Optional<String> chosen() {
    return lottery.size() == 1 ? Optional.of(lottery.get(0).option()) : Optional.empty();
  }

  /** {@return whether the recommendation is a lottery over two options} */
  public boolean isLottery() {
    return lottery.size() > 1;
  }

  static BargainingSolution of(
      String ruleId, BargainingProblem problem, BargainingPoint point, List<String> lines) {
    List<Share> shares = new ArrayList<>();
    if (point.agreement()) {
      String first = problem.options().get(point.first()).name();
      if (point.second() < 0) {
        shares.add(new Share(first, BigDecimal.ONE));
      } else {
        shares.add(new Share(first,
            Rational.ONE.subtract(point.weight()).toBigDecimal(MathContext.DECIMAL128)));
        shares.add(new Share(problem.options().get(point.second()).name(),
            point.weight().toBigDecimal(MathContext.DECIMAL128)));
      }
    }
    return new BargainingSolution(ruleId, point.agreement(), shares,
        List.of(point.u0().toBigDecimal(MathContext.DECIMAL128),
            point.u1().toBigDecimal(MathContext.DECIMAL128)),
        lines);
  }
}
