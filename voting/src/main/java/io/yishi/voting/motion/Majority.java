package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One majority a motion must win: a threshold and a quorum, counted in heads or in weight. A
 * simple motion has one; a double majority (Civil Code art. 278: by owners and by floor area) has
 * two, and must win both.
 *
 * @param measure heads or weight
 * @param threshold the yes share needed
 * @param quorum what must be present for this majority to be decided
 */
public record Majority(Measure measure, Threshold threshold, Quorum quorum) {

  /**
   * Checks for null.
   *
   * @param measure heads or weight
   * @param threshold the yes share needed
   * @param quorum what must be present for this majority to be decided
   */
  public Majority {
    checkNotNull(measure, "measure");
    checkNotNull(threshold, "threshold");
    checkNotNull(quorum, "quorum");
  }

  /**
   * {@return a majority by head count}
   *
   * @param threshold the yes share needed, counted in members
   * @param quorum what must be present for this majority to be decided
   */
  public static Majority ofHeads(Threshold threshold, Quorum quorum) {
    return new Majority(Measure.HEADS, threshold, quorum);
  }

  /**
   * {@return a majority by weight}
   *
   * @param threshold the yes share needed, counted in weight
   * @param quorum what must be present for this majority to be decided
   */
  public static Majority ofWeight(Threshold threshold, Quorum quorum) {
    return new Majority(Measure.WEIGHT, threshold, quorum);
  }
}
