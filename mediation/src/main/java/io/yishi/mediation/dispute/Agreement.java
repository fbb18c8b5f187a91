package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement in force (RULES.md §3.5, Arts. 28-33).
 *
 * @param form written or oral
 * @param draft the version of the written draft that was sealed; 0 for an oral agreement
 * @param content what it says
 * @param effectiveAt when it took effect
 * @param confirmationLastDay the last day to apply jointly for judicial confirmation; null for an
 *     oral agreement
 * @param confirmationDeadline the first instant an application is refused; null for an oral
 *     agreement
 * @param performed the numbers of the terms performed, from 1, in the order recorded
 */
public record Agreement(Form form, int draft, AgreementContent content, Instant effectiveAt,
    @Nullable LocalDate confirmationLastDay, @Nullable Instant confirmationDeadline,
    List<Integer> performed) {

  /** How an agreement was made (Art. 28). */
  public enum Form {
    /** Written, signed by every party and the mediator, sealed by the committee. */
    WRITTEN,
    /** Reached orally; the mediator recorded its content. */
    ORAL
  }

  /**
   * Refuses nulls and copies the list.
   *
   * @param form written or oral
   * @param draft the draft's version; 0 for an oral agreement
   * @param content what it says
   * @param effectiveAt when it took effect
   * @param confirmationLastDay the last day to apply for confirmation, or null
   * @param confirmationDeadline the first instant an application is refused, or null
   * @param performed the numbers of the terms performed
   */
  public Agreement {
    checkNotNull(form, "form");
    checkNotNull(content, "content");
    checkNotNull(effectiveAt, "effectiveAt");
    performed = List.copyOf(performed);
  }

  /** {@return whether every term was performed} */
  public boolean isPerformed() {
    return performed.size() == content.terms().size();
  }
}
