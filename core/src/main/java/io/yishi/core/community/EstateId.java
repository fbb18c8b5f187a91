package io.yishi.core.community;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies an {@link Estate} (a residential estate, 小区) within a community.
 *
 * <p>The value is 1 to 128 letters (any script), digits, {@code .}, {@code _}, {@code :} or
 * {@code -}, starting with a letter or digit, e.g. {@code "e-huayuan"}.
 * Ids are compared exactly, case included.
 *
 * @param value the id as written, e.g. {@code "e-huayuan"}
 */
public record EstateId(String value) implements Comparable<EstateId> {

  /**
   * Checks the id's format.
   *
   * @param value the id as written, e.g. {@code "e-huayuan"}
   * @throws IllegalArgumentException naming the estate id if {@code value} is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public EstateId {
    Identifiers.check("estate id", value);
  }

  /**
   * {@return the estate id with this value}
   *
   * @param value the id as written, e.g. {@code "e-huayuan"}
   * @throws IllegalArgumentException naming the estate id if {@code value} is malformed
   */
  public static EstateId of(String value) {
    return new EstateId(value);
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(EstateId other) {
    return value.compareTo(other.value);
  }
}
