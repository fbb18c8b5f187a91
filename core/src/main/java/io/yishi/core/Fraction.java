package io.yishi.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact non-negative rational number, kept in lowest terms; used for thresholds and quorums
 * so that "more than half" and "at least two-thirds" are decided without rounding.
 *
 * <p>{@code Fraction.of(4, 6)} equals {@code Fraction.of(2, 3)}. Comparisons against a share of a
 * whole use integer cross-multiplication ({@code part * denominator} against {@code numerator *
 * whole}), never floating point, as RULES.md §0 requires.
 *
 * @param numerator the numerator, {@code >= 0}
 * @param denominator the denominator, {@code > 0}
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(0, 1);
  /** One half. */
  public static final Fraction HALF = new Fraction(1, 2);
  /** Two thirds. */
  public static final Fraction TWO_THIRDS = new Fraction(2, 3);
  /** Three quarters. */
  public static final Fraction THREE_QUARTERS = new Fraction(3, 4);
  /** One. */
  public static final Fraction ONE = new Fraction(1, 1);

  /**
   * Normalises to lowest terms.
   *
   * @param numerator the numerator, {@code >= 0}
   * @param denominator the denominator, {@code > 0}
   * @throws IllegalArgumentException if the numerator is negative or the denominator is not
   *     positive
   */
  public Fraction {
    checkArgument(numerator >= 0, "fraction: numerator must be >= 0, was %s", numerator);
    checkArgument(denominator > 0, "fraction: denominator must be > 0, was %s", denominator);
    long gcd = numerator == 0 ? denominator : LongMath.gcd(numerator, denominator);
    numerator /= gcd;
    denominator /= gcd;
  }

  /**
   * {@return the fraction {@code numerator / denominator} in lowest terms}
   *
   * @param numerator the numerator, {@code >= 0}
   * @param denominator the denominator, {@code > 0}
   * @throws IllegalArgumentException if the numerator is negative or the denominator is not
   *     positive
   */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(numerator, denominator);
  }

  /**
   * Parses {@code "2/3"}, {@code "1"} or an exact decimal such as {@code "0.75"}.
   *
   * @param text the fraction as written by a person or in a JSON parameter
   * @return the fraction in lowest terms
   * @throws IllegalArgumentException naming the text if it is not a non-negative fraction
   */
  public static Fraction parse(String text) {
    checkNotNull(text, "text");
    String trimmed = text.trim();
    try {
      int slash = trimmed.indexOf('/');
      if (slash >= 0) {
        return of(
            Long.parseLong(trimmed.substring(0, slash).trim()),
            Long.parseLong(trimmed.substring(slash + 1).trim()));
      }
      return of(new BigDecimal(trimmed));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "fraction: expected 'p/q' or a decimal such as '0.75', was '" + text + "'", e);
    }
  }

  /**
   * {@return the exact value of a decimal as a fraction, e.g. 0.75 as 3/4}
   *
   * @param decimal the decimal, {@code >= 0}; without its trailing zeros, its digits must fit in
   *     a long (at most 18 significant digits is always safe)
   * @throws IllegalArgumentException if the decimal is negative
   * @throws ArithmeticException if it has more digits than a long can hold
   */
  public static Fraction of(BigDecimal decimal) {
    checkNotNull(decimal, "decimal");
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return of(stripped.toBigIntegerExact().longValueExact(), 1);
    }
    return of(
        stripped.unscaledValue().longValueExact(),
        BigInteger.TEN.pow(stripped.scale()).longValueExact());
  }

  /**
   * Compares the share {@code part / whole} with this fraction, exactly.
   *
   * @param part the part, {@code >= 0}, e.g. yes votes or the floor area that agreed
   * @param whole the whole, {@code > 0}, e.g. votes cast or the area that took part
   * @return a negative number, zero or a positive number as the share is below, equal to or above
   *     this fraction
   * @throws IllegalArgumentException if {@code part} is negative or {@code whole} is not positive
   */
  public int compareShare(BigDecimal part, BigDecimal whole) {
    checkArgument(part.signum() >= 0, "part must be >= 0, was %s", part);
    checkArgument(whole.signum() > 0, "whole must be > 0, was %s", whole);
    return part.multiply(BigDecimal.valueOf(denominator))
        .compareTo(whole.multiply(BigDecimal.valueOf(numerator)));
  }

  /**
   * Compares the share {@code part / whole} with this fraction, exactly, for counts.
   *
   * @param part the part, {@code >= 0}
   * @param whole the whole, {@code > 0}
   * @return negative, zero or positive as the share is below, equal to or above this fraction
   * @throws IllegalArgumentException if {@code part} is negative or {@code whole} is not positive
   */
  public int compareShare(long part, long whole) {
    checkArgument(part >= 0, "part must be >= 0, was %s", part);
    checkArgument(whole > 0, "whole must be > 0, was %s", whole);
    return BigInteger.valueOf(part).multiply(BigInteger.valueOf(denominator))
        .compareTo(BigInteger.valueOf(whole).multiply(BigInteger.valueOf(numerator)));
  }

  /** {@return true if this fraction lies in the closed interval [0, 1]} */
  public boolean isProper() {
    return numerator <= denominator;
  }

  /** Orders fractions by value. */
  @Override
  public int compareTo(Fraction other) {
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /** {@return {@code "p/q"}, or {@code "p"} when the denominator is 1} */
  @Override
  public String toString() {
    return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
  }
}
