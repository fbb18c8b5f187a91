package io.yishi.core.spi;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A method's procedure refused an action: the field of the action, its value, and the rule it
 * broke (a card from someone not in the workshop, a second support for one idea, naming a cluster
 * before the clustering). Nothing is recorded.
 */
public final class InvalidActionException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the part of the action that is wrong, e.g. {@code "write-card.text"}
   * @param value the value given, or null
   * @param rule what the value must be, in words
   */
  public InvalidActionException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }
}
