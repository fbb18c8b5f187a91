package io.yishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Test
  void keepsLowestTerms() {
    assertThat(Fraction.of(4, 6)).isEqualTo(Fraction.TWO_THIRDS);
    assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO);
    assertThat(Fraction.of(4, 6).toString()).isEqualTo("2/3");
    assertThat(Fraction.of(3, 3).toString()).isEqualTo("1");
  }

  @ParameterizedTest
  @CsvSource({"2/3, 2, 3", "0.75, 3, 4", "1, 1, 1", " 1 / 2 , 1, 2", "0.5, 1, 2", "0, 0, 1"})
  void parsesSlashesAndDecimals(String text, long numerator, long denominator) {
    assertThat(Fraction.parse(text)).isEqualTo(Fraction.of(numerator, denominator));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two thirds", "1/0", "-1/2", "2/-3", "-0.5"})
  void refusesMalformedTextNamingIt(String text) {
    assertThatThrownBy(() -> Fraction.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction");
  }

  @Test
  void comparesSharesExactlyAtTheBoundary() {
    // 200 of 300 is exactly two-thirds: "at least 2/3" holds, "more than 2/3" does not.
    assertThat(Fraction.TWO_THIRDS.compareShare(200, 300)).isZero();
    assertThat(Fraction.TWO_THIRDS.compareShare(199, 300)).isNegative();
    assertThat(Fraction.HALF.compareShare(100, 200)).isZero();
    assertThat(Fraction.HALF.compareShare(101, 200)).isPositive();
    assertThat(Fraction.THREE_QUARTERS.compareShare(new BigDecimal("75.00"),
        new BigDecimal("100"))).isZero();
    assertThat(Fraction.THREE_QUARTERS.compareShare(new BigDecimal("74.99"),
        new BigDecimal("100"))).isNegative();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void compareShareAgreesWithExactRationalComparison(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1000; i++) {
      long num = random.nextLong(0, 1000);
      long den = random.nextLong(1, 1000);
      long whole = random.nextLong(1, 1_000_000);
      long part = random.nextLong(0, whole + 1);
      Fraction f = Fraction.of(num, den);
      int expected = Long.signum(part * den - num * whole);
      assertThat(Integer.signum(f.compareShare(part, whole)))
          .as("seed %d: %d/%d against %s", seed, part, whole, f).isEqualTo(expected);
      assertThat(Integer.signum(f.compareShare(BigDecimal.valueOf(part), BigDecimal.valueOf(whole))))
          .as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void ordersByValue() {
    assertThat(Fraction.HALF).isLessThan(Fraction.TWO_THIRDS);
    assertThat(Fraction.of(2, 4)).isEqualByComparingTo(Fraction.HALF);
    assertThat(Fraction.ONE.isProper()).isTrue();
    assertThat(Fraction.of(3, 2).isProper()).isFalse();
  }
}
