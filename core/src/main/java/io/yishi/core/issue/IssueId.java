package io.yishi.core.issue;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies an issue.
 *
 * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
 */
public record IssueId(String value) implements Comparable<IssueId> {

  /**
   * Checks the id's format.
   *
   * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public IssueId {
    Identifiers.check("issue id", value);
  }

  /** {@return the id itself} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(IssueId other) {
    return value.compareTo(other.value);
  }
}
