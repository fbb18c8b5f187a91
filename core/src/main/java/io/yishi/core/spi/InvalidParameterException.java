package io.yishi.core.spi;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A method's or rule's parameter is unknown, has the wrong type, or is out of range. The field is
 * {@code parameters.NAME}.
 */
public final class InvalidParameterException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param name the parameter's name
   * @param value the value found, or null if it was missing
   * @param rule what was expected
   */
  public InvalidParameterException(String name, @Nullable Object value, String rule) {
    super("parameters." + name, value, rule);
  }

  /**
   * Creates the exception, keeping the exception that revealed the problem.
   *
   * @param name the parameter's name
   * @param value the value found
   * @param rule what was expected
   * @param cause what revealed it
   */
  public InvalidParameterException(
      String name, @Nullable Object value, String rule, Throwable cause) {
    super("parameters." + name, value, rule, cause);
  }
}
