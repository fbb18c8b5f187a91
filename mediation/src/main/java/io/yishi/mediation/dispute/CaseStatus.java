package io.yishi.mediation.dispute;

/**
 * Where a mediation case stands (RULES.md §3.5, the case state machine).
 */
public enum CaseStatus {
  /** Nothing applied for or taken up yet. */
  NEW,
  /** Applied for or taken up; waiting for the committee's acceptance or a party's consent. */
  APPLIED,
  /** Accepted by the committee and consented to by every party: mediation is under way. */
  IN_MEDIATION,
  /** An agreement is in force. */
  AGREED,
  /** Every term of the agreement was performed. */
  PERFORMED,
  /** The parties jointly applied for judicial confirmation. */
  CONFIRMATION_REQUESTED,
  /**
   * The court confirmed the agreement valid; a party may apply for enforcement, and performance
   * is still recorded.
   */
  CONFIRMED_VALID,
  /** The court found the agreement invalid; the parties may mediate again or sue. */
  CONFIRMED_INVALID,
  /** The committee declined the application. */
  DECLINED,
  /** A party refused mediation before it started (Art. 17). */
  REFUSED,
  /** A party withdrew (Art. 23). */
  WITHDRAWN,
  /** The mediator ended a failed mediation (Art. 26). */
  TERMINATED;

  /** {@return whether the case accepts no further action} */
  public boolean isFinal() {
    return endedWithoutAgreement() || this == CONFIRMED_INVALID;
  }

  /** {@return whether the case ended without an agreement} */
  public boolean endedWithoutAgreement() {
    return this == DECLINED || this == REFUSED || this == WITHDRAWN || this == TERMINATED;
  }
}
