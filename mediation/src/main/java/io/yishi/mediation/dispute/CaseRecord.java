package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import java.time.Instant;
import java.util.List;

/**
 * A case's record as one reader may see it (RULES.md §3.5, Art. 15 (4), 27): every fact of the
 * case in order, except what another party said in a separate session. A party's members see
 * their own party's separate statements; mediators and the committee see everything.
 *
 * @param caseId the case's id
 * @param reader who reads
 * @param role the reader's part in the case
 * @param entries the facts the reader may see, in the order recorded
 * @param withheld how many entries were withheld as another party's confidential statements
 */
public record CaseRecord(String caseId, ResidentId reader, Role role, List<Entry> entries,
    int withheld) {

  /** The reader's part in the case. */
  public enum Role {
    /** A member of a party. */
    PARTY,
    /** A mediator assigned to the case, now or before. */
    MEDIATOR,
    /** A member of the mediation committee. */
    COMMITTEE
  }

  /**
   * One entry of the record.
   *
   * @param sequence the entry's position in the case's log
   * @param at when it was recorded
   * @param fact what was recorded
   */
  public record Entry(long sequence, Instant at, MediationFact fact) {
    /**
     * Refuses nulls.
     *
     * @param sequence the entry's position in the case's log
     * @param at when it was recorded
     * @param fact what was recorded
     */
    public Entry {
      checkNotNull(at, "at");
      checkNotNull(fact, "fact");
    }
  }

  /**
   * Refuses nulls and copies the entries.
   *
   * @param caseId the case's id
   * @param reader who reads
   * @param role the reader's part in the case
   * @param entries the facts the reader may see
   * @param withheld how many entries were withheld
   */
  public CaseRecord {
    checkNotNull(caseId, "caseId");
    checkNotNull(reader, "reader");
    checkNotNull(role, "role");
    entries = List.copyOf(entries);
  }
}
