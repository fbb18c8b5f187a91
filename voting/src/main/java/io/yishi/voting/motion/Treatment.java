package io.yishi.voting.motion;

/** How abstentions, blank ballots or invalid ballots are counted. */
public enum Treatment {
  /**
   * The member took part (counts toward quorum and toward the base {@link Base#PRESENT}) but the
   * ballot is not among the votes cast ({@link Base#VOTES_CAST}).
   */
  NOT_CAST,
  /** The ballot is among the votes cast, and, not being yes, acts as a vote against. */
  CAST,
  /** The ballot is treated as never returned: not taking part, not cast. */
  IGNORED
}
