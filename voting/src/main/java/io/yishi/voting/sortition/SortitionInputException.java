package io.yishi.voting.sortition;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * The input of a selection by lot breaks a rule: a volunteer's feature value that no quota
 * names, a missing feature, a repeated id, a minimum above its maximum, a panel larger than the
 * pool, a malformed CSV line. The field names where, e.g. {@code people.csv line 7: age} or
 * {@code quotas[gender=female].min}; nothing has been changed when it is thrown.
 */
public final class SortitionInputException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field where the problem is, e.g. {@code "volunteers[p7].features.age"}
   * @param value the value found, or null if there is none to show
   * @param rule what was expected
   */
  public SortitionInputException(String field, @Nullable Object value, String rule) {
    super(field, value, rule);
  }
}
