package io.yishi.voting.motion;

/**
 * What a motion ballot says. Abstentions, blank and invalid ballots are kept apart because rules
 * count them differently: Robert's Rules leave abstentions and blanks out of the votes cast but
 * count an illegal ballot; an owners' vote counts every returned ballot as taking part.
 * In JSON a vote is its lower-case name, e.g. {@code "abstain"}.
 */
public enum Vote {
  /** In favour of the motion. */
  YES,
  /** Against the motion; under a consent rule, an objection that blocks it. */
  NO,
  /** Present and taking part, but neither for nor against. */
  ABSTAIN,
  /** A ballot returned without a choice. */
  BLANK,
  /** A ballot returned but spoiled: more than one choice, or unreadable. */
  INVALID
}
