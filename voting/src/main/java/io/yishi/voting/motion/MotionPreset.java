package io.yishi.voting.motion;

import io.yishi.core.simulation.CountRule;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Parameters;
import java.time.LocalDate;

/**
 * A motion rule plugin: a named set of defaults that the request's parameters may adjust, within
 * the parameters the preset declares. Subclasses are the built-in presets; each builds a {@link
 * MotionRule} per request, so the plugin itself holds no state.
 */
public abstract class MotionPreset implements DecisionRule, CountRule {

  /** For subclasses. */
  protected MotionPreset() {}

  /**
   * {@return the rule for these parameters on this date}
   *
   * @param parameters the request's parameters, not yet checked against {@link #parameters()}
   * @param date the date of the decision; a preset may depend on the law in force that day
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is unknown or invalid
   */
  public final MotionRule rule(Parameters parameters, LocalDate date) {
    return configure(parameters.checkKnown(id(), parameters()), date);
  }

  /**
   * Builds the rule from parameters that are known to be declared.
   *
   * @param parameters the checked parameters
   * @param date the date of the decision
   * @return the configured rule, with this preset's id
   */
  protected abstract MotionRule configure(Parameters parameters, LocalDate date);

  /** {@return {@link MotionBallot}} */
  @Override
  public final Class<MotionBallot> ballotType() {
    return MotionBallot.class;
  }

  /** Builds the rule once, so that every invalid value is refused. */
  @Override
  public final void checkParameters(Parameters parameters) {
    rule(parameters, LocalDate.EPOCH);
  }

  @Override
  public final void checkBallot(Ballot ballot, DecisionRequest request) {
    rule(request.parameters(), request.date()).checkBallot(ballot, request);
  }

  @Override
  public final boolean replaces(Ballot earlier, Ballot later, DecisionRequest request) {
    return rule(request.parameters(), request.date()).replaces(earlier, later, request);
  }

  @Override
  public final MotionDecision decide(DecisionRequest request) {
    return rule(request.parameters(), request.date()).decide(request);
  }
  /**
   * {@return a counter of votes under the rule these parameters configure}, for experiments;
   * the rule is configured as on a date before any revision the preset knows of
   *
   * @param parameters the preset's parameters
   * @throws io.yishi.core.spi.InvalidParameterException naming the parameter if one is unknown
   *     or invalid, or if the rule has a casting-vote tie policy without the vote, proxies or
   *     delegations, which a count cannot honour
   */
  @Override
  public final CountRule.Counter counter(Parameters parameters) {
    MotionRule rule = rule(parameters, LocalDate.EPOCH);
    rule.checkCountable();
    return (count, seed) -> rule.decide(count, seed).verdict();
  }

}
