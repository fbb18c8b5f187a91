package io.yishi.core.consultation;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A command that the consultation's state does not allow: the consultation is closed, the
 * command is not accepted in the current phase, it names an unknown proposal or the wrong next
 * phase, or its command id was used for another command. Nothing was recorded.
 *
 * <p>A ballot that does not fit (a voter outside the electorate, a second ballot) is refused with
 * {@link io.yishi.core.spi.InvalidBallotException} instead.
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
