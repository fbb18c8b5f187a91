package io.yishi.voting.motion;

/**
 * What happens to a second ballot for the same member. Whatever the policy, a ballot the member
 * casts in person overrides one cast by their proxy, and a proxy cannot override the member.
 */
public enum DuplicatePolicy {
  /** A second ballot is refused with an error naming the member (the default). */
  REJECT,
  /** The last ballot cast before the vote closes counts; earlier ones are replaced. */
  LAST_COUNTS
}
