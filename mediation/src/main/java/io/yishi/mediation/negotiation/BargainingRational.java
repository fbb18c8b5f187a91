package io.yishi.mediation.negotiation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/** An exact rational number, normalised: positive denominator, lowest terms. */
final class BargainingRational implements Comparable<BargainingRational> {

  static final BargainingRational ZERO = new BargainingRational(BigInteger.ZERO, BigInteger.ONE);
  static final BargainingRational ONE = new BargainingRational(BigInteger.ONE, BigInteger.ONE);

  final BigInteger num;
  final BigInteger den;

  private BargainingRational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static BargainingRational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
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
    if (num.signum() == 0) {
      den = BigInteger.ONE;
    }
    return new BargainingRational(num, den);
  }

  static BargainingRational of(long num, long den) {
    return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  static BargainingRational of(BigDecimal value) {
    int scale = value.scale();
    return scale >= 0
        ? of(value.unscaledValue(), BigInteger.TEN.pow(scale))
        : of(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  BargainingRational add(BargainingRational o) {
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  BargainingRational subtract(BargainingRational o) {
    return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  BargainingRational multiply(BargainingRational o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  BargainingRational divide(BargainingRational o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  BargainingRational negate() {
    return new BargainingRational(num.negate(), den);
  }

  int signum() {
    return num.signum();
  }

  BargainingRational min(BargainingRational o) {
    return compareTo(o) <= 0 ? this : o;
  }

  BargainingRational max(BargainingRational o) {
    return compareTo(o) >= 0 ? this : o;
  }

  BigDecimal toBigDecimal() {
    return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128)
        .stripTrailingZeros();
  }

  double doubleValue() {
    return toBigDecimal().doubleValue();
  }

  @Override
  public int compareTo(BargainingRational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BargainingRational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  /** Writes {@code 7}, {@code -1/3}; for explanations a resident can check by hand. */
  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
