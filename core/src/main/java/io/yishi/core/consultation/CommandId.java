package io.yishi.core.consultation;

import io.yishi.core.internal.Identifiers;

/**
 * A caller-chosen id for one command, so that a command retried after a network error is
 * applied exactly once (an idempotency key). Choose a fresh id, e.g. a UUID, for each new
 * command and reuse it only for retries of that command.
 *
 * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
 */
public record CommandId(String value) implements Comparable<CommandId> {

  /**
   * Checks the id's format.
   *
   * @param value the id, 1–128 letters, digits, {@code . _ : -}, starting with a letter or digit
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public CommandId {
    Identifiers.check("command id", value);
  }

  /** {@return the id itself} */
  @Override
  public String toString() {
    return value;
  }

  /** Orders ids by their text, so that maps keyed by ids write and hash in a stable order. */
  @Override
  public int compareTo(CommandId other) {
    return value.compareTo(other.value);
  }
}
