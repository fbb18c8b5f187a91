package io.yishi.core.community;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a {@link Venue} of the community's "1 + N" service circle.
 *
 * <p>The value is 1 to 128 letters (any script), digits, {@code .}, {@code _}, {@code :} or
 * {@code -}, starting with a letter or digit, e.g. {@code "v-centre"}.
 * Ids are compared exactly, case included.
 *
 * @param value the id as written, e.g. {@code "v-centre"}
 */
public record VenueId(String value) implements Comparable<VenueId> {

  /**
   * Checks the id's format.
   *
   * @param value the id as written, e.g. {@code "v-centre"}
   * @throws IllegalArgumentException naming the venue id if {@code value} is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public VenueId {
    Identifiers.check("venue id", value);
  }

  /**
   * {@return the venue id with this value}
   *
   * @param value the id as written, e.g. {@code "v-centre"}
   * @throws IllegalArgumentException naming the venue id if {@code value} is malformed
   */
  public static VenueId of(String value) {
    return new VenueId(value);
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(VenueId other) {
    return value.compareTo(other.value);
  }
}
