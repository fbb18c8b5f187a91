package io.yishi.voting.committee;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact non-negative rational number, kept in lowest terms, for the loads and scores of the
 * approval committee rules. Immutable.
 */
final class ApprovalRational implements Comparable<ApprovalRational> {

  /** Decimal places of the values shown in steps; the notes give the exact fractions. */
  static final int SCALE = 9;

  static final ApprovalRational ZERO = new ApprovalRational(BigInteger.ZERO, BigInteger.ONE);

  final BigInteger num;
  final BigInteger den;

  private ApprovalRational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static ApprovalRational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return new ApprovalRational(num, den);
  }

  static ApprovalRational of(long num, long den) {
    return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  ApprovalRational plus(ApprovalRational other) {
    if (den.equals(other.den)) {
      return of(num.add(other.num), den);
    }
    return of(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
  }

  ApprovalRational times(long factor) {
    return of(num.multiply(BigInteger.valueOf(factor)), den);
  }

  ApprovalRational dividedBy(long divisor) {
    return of(num, den.multiply(BigInteger.valueOf(divisor)));
  }

  /** {@return the value rounded half-even to {@value #SCALE} places, without trailing zeros} */
  BigDecimal toDecimal() {
    return decimal(num, den);
  }

  /** {@return num / den rounded half-even to {@value #SCALE} places, without trailing zeros} */
  static BigDecimal decimal(BigInteger num, BigInteger den) {
    BigDecimal d = new BigDecimal(num).divide(new BigDecimal(den), SCALE, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** {@return the exact value, followed by its rounded decimal when it is not whole} */
  String withDecimal() {
    return den.equals(BigInteger.ONE) ? toString() : this + " (" + toDecimal() + ")";
  }

  @Override
  public int compareTo(ApprovalRational other) {
    return num.multiply(other.den).compareTo(other.num.multiply(den));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ApprovalRational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  /** {@return {@code n/d}, or {@code n} when the denominator is 1} */
  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
