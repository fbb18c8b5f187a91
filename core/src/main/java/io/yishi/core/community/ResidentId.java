package io.yishi.core.community;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a {@link Resident}, one person known to the community (an owner, a tenant, a family
 * member).
 *
 * <p>The value is 1 to 128 letters (any script), digits, {@code .}, {@code _}, {@code :} or
 * {@code -}, starting with a letter or digit, e.g. {@code "r-0042"}.
 * Ids are compared exactly, case included.
 *
 * @param value the id as written, e.g. {@code "r-0042"}
 */
public record ResidentId(String value) implements Comparable<ResidentId> {

  /**
   * Checks the id's format.
   *
   * @param value the id as written, e.g. {@code "r-0042"}
   * @throws IllegalArgumentException naming the resident id if {@code value} is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public ResidentId {
    Identifiers.check("resident id", value);
  }

  /**
   * {@return the resident id with this value}
   *
   * @param value the id as written, e.g. {@code "r-0042"}
   * @throws IllegalArgumentException naming the resident id if {@code value} is malformed
   */
  public static ResidentId of(String value) {
    return new ResidentId(value);
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(ResidentId other) {
    return value.compareTo(other.value);
  }
}
