package io.yishi.core.method.hall;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import java.math.BigInteger;

/**
 * How many supporters an idea needs to be admitted, in the manner of LiquidFeedback's issue
 * quorum: an absolute number of supporters, a share of the eligible residents, or the larger of
 * both.
 *
 * <p>The share is rounded up to a whole supporter, so "at least 1/20 of 130 eligible" needs 7
 * supporters ({@code 130 / 20 = 6.5}); an idea meets a share exactly when {@code supporters ×
 * denominator ≥ numerator × eligible}, computed in integers, never in floating point.
 *
 * @param basis which of the two figures counts
 * @param count the absolute number of supporters, {@code >= 0}; read when the basis is {@link
 *     Basis#COUNT} or {@link Basis#LARGER}
 * @param share the share of the eligible residents, in [0, 1]; read when the basis is {@link
 *     Basis#SHARE} or {@link Basis#LARGER}
 */
public record AdmissionQuorum(Basis basis, long count, Fraction share) {

  /** Which figure an idea's supporters are measured against. */
  public enum Basis {
    /** An absolute number of supporters. */
    COUNT,
    /** A share of the eligible residents, rounded up to a whole supporter. */
    SHARE,
    /** The larger of the number and the share (LiquidFeedback's rule). */
    LARGER
  }

  /**
   * Checks the parts.
   *
   * @param basis which of the two figures counts
   * @param count the absolute number of supporters, {@code >= 0}
   * @param share the share of the eligible residents, in [0, 1]
   * @throws IllegalArgumentException if the count is negative or the share above 1
   */
  public AdmissionQuorum {
    checkNotNull(basis, "basis");
    checkNotNull(share, "share");
    checkArgument(count >= 0, "quorum.count: must be >= 0, was %s", count);
    checkArgument(share.isProper(), "quorum.share: must be at most 1, was %s", share);
  }

  /**
   * {@return the number of supporters an idea needs, a whole number >= 0}
   *
   * @param eligible the number of eligible residents, {@code >= 0}
   * @throws IllegalArgumentException if {@code eligible} is negative
   */
  public long required(long eligible) {
    checkArgument(eligible >= 0, "eligible must be >= 0, was %s", eligible);
    // ceil(num × eligible / den) in exact integers
    BigInteger[] qr = BigInteger.valueOf(share.numerator()).multiply(BigInteger.valueOf(eligible))
        .divideAndRemainder(BigInteger.valueOf(share.denominator()));
    long ofShare = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    switch (basis) {
      case COUNT:
        return count;
      case SHARE:
        return ofShare;
      default:
        return Math.max(count, ofShare);
    }
  }

  /**
   * {@return the rule in words with its figure, e.g. {@code "the larger of 10 supporters and 1/20
   * of 130 eligible (7): 10"}}
   *
   * @param eligible the number of eligible residents, {@code >= 0}
   */
  public String explain(long eligible) {
    long required = required(eligible);
    String shareText = share + " of " + eligible + " eligible, rounded up";
    switch (basis) {
      case COUNT:
        return required + " supporters";
      case SHARE:
        return shareText + ": " + required + " supporters";
      default:
        return "the larger of " + count + " supporters and " + shareText + ": " + required
            + " supporters";
    }
  }
}
