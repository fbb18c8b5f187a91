package io.yishi.core.community;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a community, the whole management area a {@link Community} describes.
 *
 * <p>The value is 1 to 128 letters (any script), digits, {@code .}, {@code _}, {@code :} or
 * {@code -}, starting with a letter or digit, e.g. {@code "lixiong"}.
 * Ids are compared exactly, case included.
 *
 * @param value the id as written, e.g. {@code "lixiong"}
 */
public record CommunityId(String value) implements Comparable<CommunityId> {

  /**
   * Checks the id's format.
   *
   * @param value the id as written, e.g. {@code "lixiong"}
   * @throws IllegalArgumentException naming the community id if {@code value} is malformed
   * @throws NullPointerException if {@code value} is null
   */
  public CommunityId {
    Identifiers.check("community id", value);
  }

  /**
   * {@return the community id with this value}
   *
   * @param value the id as written, e.g. {@code "lixiong"}
   * @throws IllegalArgumentException naming the community id if {@code value} is malformed
   */
  public static CommunityId of(String value) {
    return new CommunityId(value);
  }

  /** {@return the value itself, so that ids print as they are written in messages} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(CommunityId other) {
    return value.compareTo(other.value);
  }
}
