package io.yishi.core.spi;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A ballot does not fit the decision: its voter is not a member of the electorate, it names an
 * alternative that is not on the slate, the member has voted already, or its shape is wrong for
 * the rule. The field names the part of the ballot, e.g. {@code ballot.ranking}.
 */
public final class InvalidBallotException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the part of the ballot that is wrong, e.g. {@code "ballot.voter"}
   * @param value the value found
   * @param rule what was expected
   */
  public InvalidBallotException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }
}
