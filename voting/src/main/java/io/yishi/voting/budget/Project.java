package io.yishi.voting.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A project that can be funded: its name and its cost in the instance's currency units (exact,
 * e.g. {@code 1400} or {@code 12.50}). A cost above the budget is allowed; such a project can
 * never be funded.
 *
 * @param name the project's name, not blank, unique within an instance
 * @param cost the cost, {@code >= 0}, without trailing zeros
 */
public record Project(String name, BigDecimal cost) {

  /**
   * Checks and normalises.
   *
   * @param name the project's name, not blank
   * @param cost the cost, {@code >= 0}; {@code 80.0} and {@code 80} are the same cost
   * @throws IllegalArgumentException if the name is blank or the cost negative
   */
  public Project {
    checkNotNull(name, "name");
    checkNotNull(cost, "cost");
    checkArgument(!name.isBlank(), "project.name: must not be blank");
    checkArgument(cost.signum() >= 0, "project '%s': cost must be >= 0, was %s", name,
        cost.toPlainString());
    cost = canonical(cost);
  }

  /** {@return the amount without trailing zeros and with scale >= 0: 80.0 and 8E+1 become 80} */
  static BigDecimal canonical(BigDecimal amount) {
    BigDecimal d = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /**
   * {@return a project; shorthand for the constructor}
   *
   * @param name the project's name, not blank
   * @param cost the cost, {@code >= 0}
   * @throws IllegalArgumentException if the name is blank or the cost negative
   */
  public static Project of(String name, long cost) {
    return new Project(name, BigDecimal.valueOf(cost));
  }
}
