package io.yishi.core.consultation;

import io.yishi.core.YishiException;

/**
 * A command named the version it expected, and the consultation has moved on since: another
 * caller's command came first. Nothing was recorded; read the new state and retry.
 */
public final class StaleVersionException extends YishiException {

  private static final long serialVersionUID = 1L;

  private final long expected;
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param expected the version the caller expected
   * @param actual the consultation's version now
   */
  public StaleVersionException(long expected, long actual) {
    super("expectedVersion", expected,
        "must equal the consultation's current version " + actual + "; reload and retry");
    this.expected = expected;
    this.actual = actual;
  }

  /** {@return the version the caller expected} */
  public long expected() {
    return expected;
  }

  /** {@return the consultation's version when the command arrived} */
  public long actual() {
    return actual;
  }
}
