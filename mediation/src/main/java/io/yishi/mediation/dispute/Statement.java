package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something said in a session, as the mediator recorded it (RULES.md §3.5, Art. 27).
 *
 * @param number the statement's number in the case, from 1
 * @param session the session's number
 * @param by who spoke
 * @param party the party the speaker acts for; null for a mediator
 * @param kind facts, a claim, a proposal or a note
 * @param matter the matter spoken to, or null for the dispute as a whole
 * @param text what was said
 * @param confidentialTo the party met in the separate session where it was said, whose members,
 *     the mediators and the committee alone may read it; null when said in a joint session
 * @param at when it was recorded
 */
public record Statement(int number, int session, ResidentId by, @Nullable String party,
    Kind kind, @Nullable String matter, String text, @Nullable String confidentialTo,
    Instant at) {

  /** What a statement is. */
  public enum Kind {
    /** Facts as the speaker states them. */
    FACTS,
    /** What the speaker's party asks for. */
    CLAIM,
    /** A proposal for settling a matter. */
    PROPOSAL,
    /** A mediator's note: an explanation of law or policy, a summary. */
    NOTE
  }

  /**
   * Refuses nulls.
   *
   * @param number the statement's number in the case, from 1
   * @param session the session's number
   * @param by who spoke
   * @param party the party the speaker acts for; null for a mediator
   * @param kind facts, a claim, a proposal or a note
   * @param matter the matter spoken to, or null
   * @param text what was said
   * @param confidentialTo the party of the separate session, or null
   * @param at when it was recorded
   */
  public Statement {
    checkNotNull(by, "by");
    checkNotNull(kind, "kind");
    checkNotNull(text, "text");
    checkNotNull(at, "at");
  }
}
