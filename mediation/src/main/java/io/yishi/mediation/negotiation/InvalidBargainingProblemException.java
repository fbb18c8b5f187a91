package io.yishi.mediation.negotiation;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A bargaining problem that cannot be solved as given: no options, a missing or non-finite
 * utility, a repeated option or party name, or not exactly two parties. Nothing was computed.
 *
 * <p>The field names the part of the problem, e.g. {@code options[2].utilities} or {@code
 * disagreement}; the message reads {@code field: rule, was value}.
 */
public final class InvalidBargainingProblemException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the part of the problem that is wrong, e.g. {@code "options[2].utilities"}
   * @param value the value found, or null when there is none to show
   * @param rule what was expected
   */
  public InvalidBargainingProblemException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }
}
