package io.yishi.examples.plugin;

/** What a raised hand says. */
public enum Hand {
  /** In favour. */
  FOR,
  /** Against. */
  AGAINST,
  /** Present, but neither for nor against. */
  ABSTAIN
}
