package io.yishi.core.electorate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.internal.Decimals;
import java.math.BigDecimal;

/**
 * One member of an {@link Electorate} and the weight of its ballot.
 *
 * <p>The weight is exact and normalised to its smallest non-negative scale ({@link
 * BigDecimal#stripTrailingZeros()}, but {@code 200} stays {@code 200} rather than {@code 2E+2}),
 * so weights of {@code 80.0} and {@code 80.00} are equal values. Its unit depends on the
 * electorate's {@link Weighting}: {@code 1} per person, household or unit, or square metres of
 * exclusive floor area.
 *
 * @param id the member's id, unique within its electorate
 * @param weight the weight of the member's ballot, {@code > 0}
 */
public record Member(MemberId id, BigDecimal weight) {

  /**
   * Checks and normalises the components.
   *
   * @param id the member's id, unique within its electorate
   * @param weight the weight of the member's ballot, {@code > 0}
   * @throws IllegalArgumentException naming the member and the value if {@code weight} is zero
   *     or negative
   * @throws NullPointerException if a component is null
   */
  public Member {
    checkNotNull(id, "id");
    checkNotNull(weight, "weight");
    checkArgument(weight.signum() > 0, "member %s: weight must be positive, was %s", id, weight);
    weight = Decimals.normalise(weight);
  }

  // Smallest non-negative scale: 80.00 becomes 80, and 200 stays 200 rather than 2E+2.

  /**
   * {@return a member whose ballot weighs exactly 1}
   *
   * @param id the member's id
   */
  public static Member of(MemberId id) {
    return new Member(id, BigDecimal.ONE);
  }

  /**
   * {@return a member with this weight}
   *
   * @param id the member's id
   * @param weight the weight of the member's ballot, {@code > 0}; its unit depends on the
   *     electorate's {@link Weighting}
   * @throws IllegalArgumentException naming the member and the value if {@code weight} is not
   *     positive
   */
  public static Member of(MemberId id, BigDecimal weight) {
    return new Member(id, weight);
  }
}
