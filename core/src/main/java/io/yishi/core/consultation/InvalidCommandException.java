package io.yishi.core.consultation;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A command that the consultation's state does not allow: the wrong phase, an unknown proposal,
 * a voter outside the electorate, a second ballot. Nothing was recorded.
 */
public final class InvalidCommandException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the part of the command that is wrong, e.g. {@code "revise-proposal.proposal"}
   * @param value the value found, or null
   * @param rule what the state requires
   */
  public InvalidCommandException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }

  /**
   * Creates the exception, keeping the exception that revealed the problem.
   *
   * @param field the part of the command that is wrong
   * @param value the value found, or null
   * @param rule what the state requires
   * @param cause what revealed it
   */
  public InvalidCommandException(
      String field, @Nullable Object value, String rule, Throwable cause) {
    super(field, value, rule, cause);
  }
}
