package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mediation session as the record keeps it.
 *
 * @param number the session's number in the case, from 1
 * @param form joint, with every party, or separate, with one
 * @param party the party met in a separate session; null for a joint one
 * @param inPublic whether it was open to the public
 * @param openedBy the mediator who opened it
 * @param openedAt when it opened
 * @param closedAt when it closed, or null while it is open
 * @param summary the mediator's summary at its close; empty until then
 */
public record Session(int number, Form form, @Nullable String party, boolean inPublic,
    ResidentId openedBy, Instant openedAt, @Nullable Instant closedAt, String summary) {

  /** Whether a session meets every party or one. */
  public enum Form {
    /** With every party. */
    JOINT,
    /** With one party; what that party says is kept from the others. */
    SEPARATE
  }

  /**
   * Refuses nulls.
   *
   * @param number the session's number in the case, from 1
   * @param form joint or separate
   * @param party the party met in a separate session; null for a joint one
   * @param inPublic whether it was open to the public
   * @param openedBy the mediator who opened it
   * @param openedAt when it opened
   * @param closedAt when it closed, or null while it is open
   * @param summary the mediator's summary at its close
   */
  public Session {
    checkNotNull(form, "form");
    checkNotNull(openedBy, "openedBy");
    checkNotNull(openedAt, "openedAt");
    checkNotNull(summary, "summary");
  }

  /** {@return whether the session is still open} */
  public boolean isOpen() {
    return closedAt == null;
  }
}
