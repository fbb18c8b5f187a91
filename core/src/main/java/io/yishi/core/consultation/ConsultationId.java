package io.yishi.core.consultation;

import io.yishi.core.internal.Identifiers;

/**
 * Identifies a consultation.
 *
 * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
 */
public record ConsultationId(String value) implements Comparable<ConsultationId> {

  /**
   * Checks the id's format.
   *
   * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public ConsultationId {
    Identifiers.check("consultation id", value);
  }

  /** {@return the id itself} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(ConsultationId other) {
    return value.compareTo(other.value);
  }
}
