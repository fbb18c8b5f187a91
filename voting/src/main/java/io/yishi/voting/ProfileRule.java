package io.yishi.voting;

import io.yishi.core.spi.Decision;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;

/**
 * A decision rule that also decides on ballots already summarised in a profile: a ranked {@link
 * io.yishi.voting.ranked.Profile}, an {@link io.yishi.voting.cardinal.ApprovalProfile}, a score
 * profile or a budgeting instance. Researchers call it on data they read from PrefLib or pabulib
 * files; the {@code yishi tally} command finds every rule of this kind and offers it the file's
 * profile.
 *
 * @param <P> the type of profile the rule counts
 */
public interface ProfileRule<P> extends DecisionRule {

  /** {@return the type of profile {@link #decide(Object, Parameters, long)} takes} */
  Class<P> profileType();

  /**
   * Decides on a profile.
   *
   * @param profile the ballots, summarised
   * @param parameters the rule's parameters (for multi-winner rules, {@code seats} among them)
   * @param seed the seed for any lot the rule draws
   * @return the decision with its explanation
   * @throws InvalidParameterException if a parameter is unknown or invalid for this profile
   */
  Decision decide(P profile, Parameters parameters, long seed);
}
