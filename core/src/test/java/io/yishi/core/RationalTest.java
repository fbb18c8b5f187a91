package io.yishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rationals stay in lowest terms, compare by value and agree with exact decimal arithmetic. */
class RationalTest {

  @Test
  void valuesAreKeptInLowestTermsWithAPositiveDenominator() {
    assertThat(Rational.of(6, -8)).hasToString("-3/4");
    assertThat(Rational.of(0, -5)).isSameAs(Rational.ZERO);
    assertThat(Rational.of(10, 5)).hasToString("2").matches(Rational::isWhole);
    assertThat(Rational.of(new BigDecimal("1.250"))).isEqualTo(Rational.of(5, 4));
    assertThat(Rational.of(new BigDecimal("1E+3"))).isEqualTo(Rational.of(1000, 1));
    assertThat(Rational.of(1, 3).toBigDecimal(9)).isEqualByComparingTo("0.333333333");
    assertThat(Rational.of(4, 2).toBigDecimal(9)).hasToString("2");
    assertThat(Rational.of(2, 3).toBigDecimal(MathContext.DECIMAL32)).isEqualByComparingTo(
        "0.6666667");
    assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("denominator");
    assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }

  /** Arithmetic agrees with cross-multiplied integers on random values. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void arithmeticIsExact(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < 200; k++) {
      long a = random.nextLong(-1000, 1000);
      long b = random.nextLong(1, 1000);
      long c = random.nextLong(-1000, 1000);
      long d = random.nextLong(1, 1000);
      Rational x = Rational.of(a, b);
      Rational y = Rational.of(c, d);
      assertThat(x.add(y)).isEqualTo(Rational.of(a * d + c * b, b * d));
      assertThat(x.subtract(y)).isEqualTo(Rational.of(a * d - c * b, b * d));
      assertThat(x.multiply(y)).isEqualTo(Rational.of(a * c, b * d));
      assertThat(x.multiply(c)).isEqualTo(Rational.of(a * c, b));
      if (c != 0) {
        assertThat(x.divide(y)).isEqualTo(Rational.of(a * d, b * c));
        assertThat(x.divide(c)).isEqualTo(Rational.of(a, b * c));
      }
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(a * d - c * b));
      assertThat(x.min(y).compareTo(x.max(y))).isLessThanOrEqualTo(0);
      assertThat(x.numerator().gcd(x.denominator())).isEqualTo(BigInteger.ONE);
      assertThat(x.denominator().signum()).isPositive();
      assertThat(x.doubleValue()).isCloseTo((double) a / b, org.assertj.core.data.Offset.offset(
          1e-12));
    }
  }
}
