package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;

/**
 * The share of yes a motion needs: "more than half of the votes cast", "at least two-thirds of
 * those taking part". The share is an exact fraction; {@code strict} tells "more than" (过半数)
 * from "at least" (以上), which are different rules at the boundary.
 *
 * @param share the fraction, in [0, 1]
 * @param strict true for "more than" ({@code >}), false for "at least" ({@code >=})
 * @param base what the share is taken of
 */
public record Threshold(Fraction share, boolean strict, Base base) {

  /**
   * Checks the share. "At least 0" is allowed and met by every motion: it is how a consent rule
   * states that it needs no yes share, only a quorum.
   *
   * @param share the fraction, in [0, 1]
   * @param strict true for "more than" ({@code >}), false for "at least" ({@code >=})
   * @param base what the share is taken of
   * @throws IllegalArgumentException if the share is above 1
   */
  public Threshold {
    checkNotNull(share, "share");
    checkNotNull(base, "base");
    checkArgument(share.isProper(), "threshold: must lie between 0 and 1, was %s", share);
  }

  /** {@return the threshold every motion meets: at least 0 of those taking part} */
  public static Threshold none() {
    return new Threshold(Fraction.ZERO, false, Base.PRESENT);
  }

  /**
   * {@return "more than {@code share} of {@code base}"}
   *
   * @param share the fraction that must be exceeded, in [0, 1]
   * @param base what the share is taken of
   * @throws IllegalArgumentException if the share is above 1
   */
  public static Threshold moreThan(Fraction share, Base base) {
    return new Threshold(share, true, base);
  }

  /**
   * {@return "at least {@code share} of {@code base}"}
   *
   * @param share the fraction that must be reached, in [0, 1]
   * @param base what the share is taken of
   * @throws IllegalArgumentException if the share is above 1
   */
  public static Threshold atLeast(Fraction share, Base base) {
    return new Threshold(share, false, base);
  }

  /** {@return the threshold in words, e.g. "more than 1/2 of votes cast"} */
  public String describe() {
    if (!strict && share.numerator() == 0) {
      return "no yes share";
    }
    return (strict ? "more than " : "at least ") + share + " of " + base.words();
  }
}
