package io.yishi.voting.sortition;

import io.yishi.core.YishiException;

/**
 * A recorded {@link LotteryDraw} does not match a re-run from its inputs: the problem or the
 * distribution differ from those drawn from, or the tickets, the ticket drawn or the panel were
 * changed. The field names the first component that differs, e.g. {@code draw.members}.
 */
public final class TamperedDrawException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param component the draw's component that differs, e.g. {@code "members"}
   * @param recorded the value recorded
   * @param expected the value the re-run gives
   */
  public TamperedDrawException(String component, Object recorded, Object expected) {
    super("draw." + component, recorded, "does not match a re-run of the draw, which gives "
        + expected);
  }
}
