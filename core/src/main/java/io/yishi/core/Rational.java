package io.yishi.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number of any size, in lowest terms with a positive denominator: for counts
 * that must not round, such as Phragmén's loads, proportional-approval scores and bargaining
 * solutions. {@link Fraction} is the small, {@code long}-based kind for thresholds and shares.
 * Immutable; equal values are equal objects.
 */
public final class Rational implements Comparable<Rational> {

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * {@return {@code numerator / denominator} in lowest terms}
   *
   * @param numerator any integer
   * @param denominator any integer but zero
   * @throws ArithmeticException if the denominator is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator: must not be zero, was 0 (numerator "
          + numerator + ")");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE)) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    return new Rational(numerator, denominator);
  }

  /**
   * {@return {@code numerator / denominator} in lowest terms}
   *
   * @param numerator any integer
   * @param denominator any integer but zero
   * @throws ArithmeticException if the denominator is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * {@return the exact value of a decimal}
   *
   * @param value any decimal
   */
  public static Rational of(BigDecimal value) {
    int scale = value.scale();
    return scale >= 0 ? of(value.unscaledValue(), BigInteger.TEN.pow(scale))
        : of(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /** {@return the numerator, in lowest terms; its sign is the value's} */
  public BigInteger numerator() {
    return numerator;
  }

  /** {@return the denominator, in lowest terms; always positive} */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * {@return this plus the other}
   *
   * @param other any rational
   */
  public Rational add(Rational other) {
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * {@return this minus the other}
   *
   * @param other any rational
   */
  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  /**
   * {@return this times the other}
   *
   * @param other any rational
   */
  public Rational multiply(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * {@return this times a whole number}
   *
   * @param factor any integer
   */
  public Rational multiply(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * {@return this divided by the other}
   *
   * @param other any rational but zero
   * @throws ArithmeticException if the other is zero
   */
  public Rational divide(Rational other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * {@return this divided by a whole number}
   *
   * @param divisor any integer but zero
   * @throws ArithmeticException if the divisor is zero
   */
  public Rational divide(long divisor) {
    return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /** {@return minus this} */
  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  /** {@return -1, 0 or 1 as this is negative, zero or positive} */
  public int signum() {
    return numerator.signum();
  }

  /**
   * {@return the smaller of this and the other; this when equal}
   *
   * @param other any rational
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * {@return the larger of this and the other; this when equal}
   *
   * @param other any rational
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** {@return whether the value is a whole number} */
  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * {@return the value rounded to the context's precision, without trailing zeros}
   *
   * @param context the precision and rounding, e.g. {@link MathContext#DECIMAL128}
   */
  public BigDecimal toBigDecimal(MathContext context) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context)
        .stripTrailingZeros();
  }

  /**
   * {@return the value rounded half-even to {@code places} decimal places, without trailing
   * zeros, and never in exponent form for whole numbers}
   *
   * @param places the decimal places, at least 0
   */
  public BigDecimal toBigDecimal(int places) {
    BigDecimal d = new BigDecimal(numerator).divide(new BigDecimal(denominator), places,
        RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** {@return the nearest double (through a 34-digit decimal)} */
  public double doubleValue() {
    return toBigDecimal(MathContext.DECIMAL128).doubleValue();
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rational r && numerator.equals(r.numerator)
        && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** {@return {@code n/d}, or {@code n} when the value is whole, e.g. {@code -1/3}, {@code 7}} */
  @Override
  public String toString() {
    return isWhole() ? numerator.toString() : numerator + "/" + denominator;
  }
}
