package io.yishi.mediation.negotiation;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A single negotiating text refused a step, or was set up or recorded against its rules: an
 * unknown party, a step after the end, a party responding twice in a round, a revision that
 * answers no criticism of the current text. Nothing changed: the state is an immutable value.
 *
 * <p>The field names the step and its part, e.g. {@code accept.by} or {@code revise.answers}, or
 * the part of a setup or recorded state, e.g. {@code parties} or {@code versions[2].answers};
 * when a scripted problem is replayed, the step's place comes first, e.g. {@code steps[4].by}.
 * The message reads {@code field: rule, was value}.
 */
public final class InvalidSingleTextException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the step and its part, or the part of the state, that is wrong
   * @param value the value found, or null when there is none to show
   * @param rule what was expected
   */
  public InvalidSingleTextException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }

  /**
   * Creates the exception, keeping the exception that revealed the problem.
   *
   * @param field the step and its part, or the part of the state, that is wrong
   * @param value the value found, or null when there is none to show
   * @param rule what was expected
   * @param cause what revealed it
   */
  public InvalidSingleTextException(
      String field, @Nullable Object value, String rule, Throwable cause) {
    super(field, value, rule, cause);
  }
}
