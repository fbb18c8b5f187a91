package io.yishi.mediation.json;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.yishi.mediation.negotiation.AdjustedWinnerResult;
import io.yishi.mediation.negotiation.BargainingSolution;
import io.yishi.mediation.negotiation.SingleTextOutcome;
import io.yishi.mediation.negotiation.SingleTextStep;

/**
 * The Jackson module of the mediation module: the type names of its negotiation results ({@code
 * "adjusted-winner-result"}, {@code "bargaining-solution"}, {@code "single-text-outcome"}) and of
 * the steps of a single negotiating text ({@code "propose-text"}, {@code "accept-text"}, {@code
 * "criticise-text"}, {@code "revise-text"}, each equal to {@link SingleTextStep#kind()}).
 * Registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so {@link
 * io.yishi.core.json.YishiJson#mapper()} picks it up.
 *
 * <p>The problems and the single-text state are plain records and need nothing here. Exact
 * numbers stay exact: utilities and probabilities are decimals written plainly, shares and totals
 * of a division are fractions written as {@code {"numerator": 5, "denominator": 6}}, as core
 * writes {@link io.yishi.core.Fraction} everywhere. Type names are contracts: stored results and
 * scripts depend on them, so a name is never changed or reused.
 */
public final class YishiMediationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; its name is fixed, so registering it twice has no effect. */
  public YishiMediationModule() {
    super("yishi-mediation");
    registerSubtypes(
        new NamedType(AdjustedWinnerResult.class, "adjusted-winner-result"),
        new NamedType(BargainingSolution.class, "bargaining-solution"),
        new NamedType(SingleTextOutcome.class, "single-text-outcome"));
    setMixInAnnotation(SingleTextStep.class, Mixins.Polymorphic.class);
    registerSubtypes(
        new NamedType(SingleTextStep.Propose.class, "propose-text"),
        new NamedType(SingleTextStep.Accept.class, "accept-text"),
        new NamedType(SingleTextStep.Criticise.class, "criticise-text"),
        new NamedType(SingleTextStep.Revise.class, "revise-text"));
  }
}
