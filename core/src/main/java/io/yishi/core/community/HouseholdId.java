package io.yishi.core.community;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a {@link Household}, the people who live together in one unit.
 *
 * <p>The value is 1 to 128 letters (any script), digits, {@code .}, {@code _}, {@code :} or
 * {@code -}, starting with a letter or digit, e.g. {@code "h-1502"}.
 * Ids are compared exactly, case included.
 *
 * @param value the id as written, e.g. {@code "h-1502"}
 */
public record HouseholdId(String value) implements Comparable<HouseholdId> {

  /**
   * Checks the id's format.
   *
   * @param value the id as written, e.g. {@code "h-1502"}
   * @throws IllegalArgumentException naming the household id if {@code value} is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public HouseholdId {
    Identifiers.check("household id", value);
  }

  /**
   * {@return the household id with this value}
   *
   * @param value the id as written, e.g. {@code "h-1502"}
   * @throws IllegalArgumentException naming the household id if {@code value} is malformed
   */
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(HouseholdId other) {
    return value.compareTo(other.value);
  }
}
