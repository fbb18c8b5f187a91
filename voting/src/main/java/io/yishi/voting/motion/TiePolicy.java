package io.yishi.voting.motion;

/**
 * What happens when the yes share lands exactly on a strict threshold ("more than half" with yes
 * equal to no), the only case where a motion is tied.
 */
public enum TiePolicy {
  /** The motion fails: a tie is not more than half (Robert's Rules; the default). */
  FAILS,
  /** The chair's casting vote, given in the {@code castingVote} parameter, settles it. */
  CASTING_VOTE,
  /** A lot drawn from the decision's seed settles it, with the {@code lot} tie-breaker. */
  LOT
}
