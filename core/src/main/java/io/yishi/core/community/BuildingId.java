package io.yishi.core.community;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a {@link Building} of an estate.
 *
 * <p>The value is 1 to 128 letters (any script), digits, {@code .}, {@code _}, {@code :} or
 * {@code -}, starting with a letter or digit, e.g. {@code "b-3"}.
 * Ids are compared exactly, case included.
 *
 * @param value the id as written, e.g. {@code "b-3"}
 */
public record BuildingId(String value) implements Comparable<BuildingId> {

  /**
   * Checks the id's format.
   *
   * @param value the id as written, e.g. {@code "b-3"}
   * @throws IllegalArgumentException naming the building id if {@code value} is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public BuildingId {
    Identifiers.check("building id", value);
  }

  /**
   * {@return the building id with this value}
   *
   * @param value the id as written, e.g. {@code "b-3"}
   * @throws IllegalArgumentException naming the building id if {@code value} is malformed
   */
  public static BuildingId of(String value) {
    return new BuildingId(value);
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(BuildingId other) {
    return value.compareTo(other.value);
  }
}
