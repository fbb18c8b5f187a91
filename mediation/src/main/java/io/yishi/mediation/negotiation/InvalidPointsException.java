package io.yishi.mediation.negotiation;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A party's points cannot be divided by the Adjusted Winner procedure: a point value is negative,
 * the points do not add up to 100, an issue is missing or unknown, or the issues themselves are
 * malformed (RULES.md §6.1).
 *
 * <p>The field names the party and, where there is one, the issue, e.g. {@code
 * points.Carol['home']} or {@code points.Bob}; {@code issues} for a problem with the issue list
 * or {@code parties} for the parties' names.
 */
public final class InvalidPointsException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field what was wrong, e.g. {@code "points.Carol['home']"}
   * @param value the value found, or null when there is none to show
   * @param rule what was expected, with its source
   */
  public InvalidPointsException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }
}
