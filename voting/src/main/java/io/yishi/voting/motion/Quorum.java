package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import java.util.ArrayList;
import java.util.List;

/**
 * What must be present before a motion can be decided at all. A motion that misses its quorum is
 * <em>not decided</em>, never rejected.
 *
 * <p>Three conditions, each optional, all of which must hold:
 *
 * <ul>
 *   <li>participation: those taking part, as a share of all members (by the majority's measure,
 *       heads or weight), e.g. "at least 2/3 of all owners";
 *   <li>a minimum number of members taking part, e.g. 30;
 *   <li>approval: the yes votes as a share of all members, e.g. "at least 1/4 of the electorate
 *       must vote yes" (an approval quorum, as in referendums).
 * </ul>
 *
 * @param participation the share of all members that must take part; {@link Fraction#ZERO} for
 *     none
 * @param participationStrict true for "more than", false for "at least"
 * @param minimumParticipants the number of members that must take part, {@code >= 0}
 * @param approval the share of all members that must vote yes; {@link Fraction#ZERO} for none
 * @param approvalStrict true for "more than", false for "at least"
 */
public record Quorum(Fraction participation, boolean participationStrict,
    long minimumParticipants, Fraction approval, boolean approvalStrict) {

  private static final Quorum NONE = new Quorum(Fraction.ZERO, false, 0, Fraction.ZERO, false);

  /**
   * Checks the parts.
   *
   * @param participation the share of all members that must take part, in [0, 1];
   *     {@link Fraction#ZERO} for none
   * @param participationStrict true for "more than", false for "at least"
   * @param minimumParticipants the number of members that must take part, {@code >= 0}
   * @param approval the share of all members that must vote yes, in [0, 1];
   *     {@link Fraction#ZERO} for none
   * @param approvalStrict true for "more than", false for "at least"
   * @throws IllegalArgumentException if a share is above 1 or the minimum is negative
   */
  public Quorum {
    checkNotNull(participation, "participation");
    checkNotNull(approval, "approval");
    checkArgument(participation.isProper(),
        "quorum: participation must lie between 0 and 1, was %s", participation);
    checkArgument(approval.isProper(),
        "quorum: approval must lie between 0 and 1, was %s", approval);
    checkArgument(minimumParticipants >= 0,
        "quorum: minimum participants must be >= 0, was %s", minimumParticipants);
  }

  /** {@return no quorum: every motion can be decided} */
  public static Quorum none() {
    return NONE;
  }

  /**
   * {@return a quorum of at least (or, if strict, more than) this share of all members}
   *
   * @param share the share of all members that must take part, in [0, 1]
   * @param strict true for "more than", false for "at least"
   * @throws IllegalArgumentException if the share is above 1
   */
  public static Quorum participation(Fraction share, boolean strict) {
    return new Quorum(share, strict, 0, Fraction.ZERO, false);
  }

  /**
   * {@return a quorum of at least this many members taking part}
   *
   * @param members the number of members that must take part, {@code >= 0}
   * @throws IllegalArgumentException if {@code members} is negative
   */
  public static Quorum count(long members) {
    return new Quorum(Fraction.ZERO, false, members, Fraction.ZERO, false);
  }

  /**
   * {@return an approval quorum: yes votes of at least (or more than) this share of members}
   *
   * @param share the share of all members that must vote yes, in [0, 1]
   * @param strict true for "more than", false for "at least"
   * @throws IllegalArgumentException if the share is above 1
   */
  public static Quorum approval(Fraction share, boolean strict) {
    return new Quorum(Fraction.ZERO, false, 0, share, strict);
  }

  /**
   * {@return this quorum with a participation condition added or replaced}
   *
   * @param share the share of all members that must take part, in [0, 1]; {@link Fraction#ZERO}
   *     to remove the condition
   * @param strict true for "more than", false for "at least"
   * @throws IllegalArgumentException if the share is above 1
   */
  public Quorum withParticipation(Fraction share, boolean strict) {
    return new Quorum(share, strict, minimumParticipants, approval, approvalStrict);
  }

  /**
   * {@return this quorum with a minimum number of participants added or replaced}
   *
   * @param members the number of members that must take part, {@code >= 0}; 0 to remove the
   *     condition
   * @throws IllegalArgumentException if {@code members} is negative
   */
  public Quorum withMinimumParticipants(long members) {
    return new Quorum(participation, participationStrict, members, approval, approvalStrict);
  }

  /**
   * {@return this quorum with an approval condition added or replaced}
   *
   * @param share the share of all members that must vote yes, in [0, 1]; {@link Fraction#ZERO}
   *     to remove the condition
   * @param strict true for "more than", false for "at least"
   * @throws IllegalArgumentException if the share is above 1
   */
  public Quorum withApproval(Fraction share, boolean strict) {
    return new Quorum(participation, participationStrict, minimumParticipants, share, strict);
  }

  /** {@return true if no condition is set} */
  public boolean isNone() {
    return participation.numerator() == 0 && !participationStrict && minimumParticipants == 0
        && approval.numerator() == 0 && !approvalStrict;
  }

  /** {@return the quorum in words, counted in members} */
  public String describe() {
    return describe(Measure.HEADS);
  }

  /**
   * {@return the quorum in words, e.g. "at least 2/3 of all members taking part" or, by weight,
   * "at least 2/3 of all weight taking part"}
   *
   * @param measure whether the shares are of all members (heads) or of all weight
   */
  public String describe(Measure measure) {
    String all = measure == Measure.HEADS ? " of all members" : " of all weight";
    if (isNone()) {
      return "no quorum";
    }
    List<String> parts = new ArrayList<>();
    if (participation.numerator() > 0 || participationStrict) {
      parts.add((participationStrict ? "more than " : "at least ") + participation
          + all + " taking part");
    }
    if (minimumParticipants > 0) {
      parts.add("at least " + minimumParticipants + " members taking part");
    }
    if (approval.numerator() > 0 || approvalStrict) {
      parts.add((approvalStrict ? "more than " : "at least ") + approval
          + all + " voting yes");
    }
    return String.join(" and ", parts);
  }
}
