package io.yishi.core.method.revision;

/**
 * What a resident says about the plan in a round. In JSON the words are {@code "support"},
 * {@code "object"} and {@code "suggest-change"}.
 */
public enum Stance {
  /** The resident supports the plan as it stands; counted as a yes. */
  SUPPORT,
  /**
   * The resident objects and gives a reason; counted as a no, and recorded as an objection that a
   * later revision should answer.
   */
  OBJECT,
  /**
   * The resident would support the plan with a change and says which; counted as the method's
   * {@code suggestionCountsAs} parameter says (a no by default), and recorded as an objection
   * that a later revision should answer.
   */
  SUGGEST_CHANGE;

  /** {@return the stance's word, as JSON writes it, e.g. {@code "suggest-change"}} */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
