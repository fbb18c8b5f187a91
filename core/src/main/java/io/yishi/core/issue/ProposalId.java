package io.yishi.core.issue;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a proposal within a consultation.
 *
 * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
 */
public record ProposalId(String value) implements Comparable<ProposalId> {

  /**
   * Checks the id's format.
   *
   * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public ProposalId {
    Identifiers.check("proposal id", value);
  }

  /** {@return the id itself} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(ProposalId other) {
    return value.compareTo(other.value);
  }
}
