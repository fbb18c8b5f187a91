package io.yishi.core.spi;

/** What a decision came to, in one word. */
public enum Verdict {
  /** The motion was adopted: every quorum was met and the threshold was reached. */
  ADOPTED,
  /** The motion was put, the quorum was met, and the threshold was not reached. */
  REJECTED,
  /** Nothing was decided: a quorum was missed or no alternative could be chosen. */
  NOT_DECIDED,
  /** One or more alternatives were chosen; see {@link Decision#chosen()}. */
  CHOSEN
}
