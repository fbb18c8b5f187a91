package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.electorate.Weighting;
import java.math.BigDecimal;

/**
 * The yes, no and abstain votes of one simulated motion, by head and by weight, with the whole
 * electorate for quorums: what a {@link CountRule} decides on. Weights are whole numbers of
 * units of {@code 10^-weightScale} (floor area in hundredths of a square metre has scale 2;
 * under {@link Weighting#PER_PERSON} every weight is one head and the scale is 0), so counts are
 * exact.
 *
 * @param weighting what a member's weight is: {@link Weighting#PER_PERSON} (one each) or
 *     {@link Weighting#FLOOR_AREA} (square metres)
 * @param weightScale the decimal scale of the weights, 0 to 6
 * @param eligible the whole electorate, voting or not
 * @param yes those who voted yes
 * @param no those who voted no
 * @param abstain those who took part and abstained
 */
@Experimental
public record VoteCount(Weighting weighting, int weightScale, Side eligible, Side yes, Side no,
    Side abstain) {

  /**
   * Heads and weight of one side.
   *
   * @param heads how many members, {@code >= 0}
   * @param weight their weight in units of {@code 10^-weightScale}, {@code >= 0}
   */
  public record Side(long heads, long weight) {
    /**
     * Refuses negative counts.
     *
     * @param heads how many members, {@code >= 0}
     * @param weight their weight in units, {@code >= 0}
     * @throws IllegalArgumentException naming the count if it is negative
     */
    public Side {
      if (heads < 0 || weight < 0) {
        throw new IllegalArgumentException("side: heads and weight must be >= 0, were " + heads
            + " and " + weight);
      }
    }
  }

  /**
   * Checks that the sides fit in the electorate.
   *
   * @param weighting {@code PER_PERSON} or {@code FLOOR_AREA}
   * @param weightScale 0 to 6, and 0 under {@code PER_PERSON}
   * @param eligible the whole electorate
   * @param yes those voting yes
   * @param no those voting no
   * @param abstain those abstaining
   * @throws IllegalArgumentException naming the part if the weighting is another, the scale is
   *     out of range, or the voters outnumber or outweigh the electorate
   */
  public VoteCount {
    checkNotNull(weighting, "weighting");
    checkNotNull(eligible, "eligible");
    checkNotNull(yes, "yes");
    checkNotNull(no, "no");
    checkNotNull(abstain, "abstain");
    if (weighting != Weighting.PER_PERSON && weighting != Weighting.FLOOR_AREA) {
      throw new IllegalArgumentException("weighting: must be PER_PERSON or FLOOR_AREA, was "
          + weighting);
    }
    if (weightScale < 0 || weightScale > 6
        || (weighting == Weighting.PER_PERSON && weightScale != 0)) {
      throw new IllegalArgumentException("weightScale: must be 0 to 6, and 0 per person, was "
          + weightScale);
    }
    if (weighting == Weighting.PER_PERSON && (eligible.weight != eligible.heads
        || yes.weight != yes.heads || no.weight != no.heads || abstain.weight != abstain.heads)) {
      throw new IllegalArgumentException("weight: must equal heads per person");
    }
    if (yes.heads + no.heads + abstain.heads > eligible.heads
        || yes.weight + no.weight + abstain.weight > eligible.weight) {
      throw new IllegalArgumentException("votes: yes " + yes + ", no " + no + " and abstain "
          + abstain + " exceed the electorate " + eligible);
    }
  }

  /**
   * {@return a head count in which every member weighs one}
   *
   * @param eligible the electorate's size
   * @param yes the yes votes
   * @param no the no votes
   * @param abstain the abstentions
   * @throws IllegalArgumentException if a count is negative or the votes exceed the electorate
   */
  public static VoteCount ofHeads(long eligible, long yes, long no, long abstain) {
    return new VoteCount(Weighting.PER_PERSON, 0, new Side(eligible, eligible),
        new Side(yes, yes), new Side(no, no), new Side(abstain, abstain));
  }

  /**
   * {@return a side's weight as a decimal}
   *
   * @param side one of this count's sides
   */
  public BigDecimal weightOf(Side side) {
    return BigDecimal.valueOf(side.weight, weightScale);
  }
}
