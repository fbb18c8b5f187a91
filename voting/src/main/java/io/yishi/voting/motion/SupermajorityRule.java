package io.yishi.voting.motion;

import io.yishi.core.Fraction;

/**
 * Id {@code supermajority}: at least two-thirds of the votes cast, by members; every setting of
 * {@link MajorityRule} is a parameter, so "at least 3/4 of all members" is {@code
 * {"threshold": "3/4", "base": "members"}}.
 */
public final class SupermajorityRule extends MajorityRule {

  /** Creates the rule; it holds no state. */
  public SupermajorityRule() {}

  @Override
  public String id() {
    return "supermajority";
  }

  @Override
  public String description() {
    return "at least two-thirds of the votes cast (threshold, base, measure, quorum adjustable)";
  }

  @Override
  protected Threshold defaultThreshold() {
    return Threshold.atLeast(Fraction.TWO_THIRDS, Base.VOTES_CAST);
  }
}
