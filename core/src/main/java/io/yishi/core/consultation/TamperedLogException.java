package io.yishi.core.consultation;

import io.yishi.core.YishiException;

/**
 * A stored event log does not verify: an event was altered, removed, reordered or inserted, or
 * the log does not end at the expected head. The position is the 1-based place in the log where
 * the chain first breaks.
 */
public final class TamperedLogException extends YishiException {

  private static final long serialVersionUID = 1L;

  private final long position;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param position the 1-based position in the log where the chain first breaks
   * @param reason what is wrong there, with the expected and found values
   */
  public TamperedLogException(long position, String reason) {
    super("event " + position, null, reason);
    this.position = position;
    this.reason = reason;
  }

  /** {@return the 1-based position in the log where the chain first breaks} */
  public long position() {
    return position;
  }

  /** {@return what is wrong at that position} */
  public String reason() {
    return reason;
  }
}
