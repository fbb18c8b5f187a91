package io.yishi.core.community;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a {@link Unit}, an exclusively owned part of a building such as a flat or a shop.
 *
 * <p>The value is 1 to 128 letters (any script), digits, {@code .}, {@code _}, {@code :} or
 * {@code -}, starting with a letter or digit, e.g. {@code "b-3-1502"}.
 * Ids are compared exactly, case included.
 *
 * @param value the id as written, e.g. {@code "b-3-1502"}
 */
public record UnitId(String value) implements Comparable<UnitId> {

  /**
   * Checks the id's format.
   *
   * @param value the id as written, e.g. {@code "b-3-1502"}
   * @throws IllegalArgumentException naming the unit id if {@code value} is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public UnitId {
    Identifiers.check("unit id", value);
  }

  /**
   * {@return the unit id with this value}
   *
   * @param value the id as written, e.g. {@code "b-3-1502"}
   * @throws IllegalArgumentException naming the unit id if {@code value} is malformed
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }
}
