package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A number of members and their weight.
 *
 * @param heads the number of members, {@code >= 0}
 * @param weight their summed weight, exact, {@code >= 0}
 */
public record Count(long heads, BigDecimal weight) {

  /** The empty count. */
  public static final Count ZERO = new Count(0, BigDecimal.ZERO);

  /**
   * Checks and normalises.
   *
   * @param heads the number of members, {@code >= 0}
   * @param weight their summed weight, exact, {@code >= 0}; trailing zeros are stripped
   * @throws IllegalArgumentException if heads or weight is negative
   */
  public Count {
    checkArgument(heads >= 0, "count: heads must be >= 0, was %s", heads);
    checkNotNull(weight, "weight");
    checkArgument(weight.signum() >= 0, "count: weight must be >= 0, was %s", weight);
    BigDecimal stripped = weight.stripTrailingZeros();
    weight = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * {@return the count by one measure, as an exact number}
   *
   * @param measure heads for the number of members, weight for their summed weight
   */
  public BigDecimal by(Measure measure) {
    return measure == Measure.HEADS ? BigDecimal.valueOf(heads) : weight;
  }

  /**
   * {@return this count plus another}
   *
   * @param other the count to add, in heads and in weight
   */
  public Count plus(Count other) {
    return new Count(heads + other.heads, weight.add(other.weight));
  }
}
