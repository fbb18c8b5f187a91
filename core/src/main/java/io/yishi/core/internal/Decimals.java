package io.yishi.core.internal;

import java.math.BigDecimal;

/** The one normal form of exact decimals in Yishi's values. */
public final class Decimals {

  private Decimals() {}

  /**
   * {@return the value without trailing zeros and never in exponent form}: {@code 80.0} and
   * {@code 80.00} become {@code 80}, and {@code 2E+2} becomes {@code 200}, so that equal
   * quantities are equal values and print and hash alike
   *
   * @param value the decimal
   */
  public static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
