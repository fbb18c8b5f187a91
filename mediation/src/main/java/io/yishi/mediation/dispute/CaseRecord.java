package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's record as one reader may see it (RULES.md §3.5, Art. 15 (4), 27): every fact of the
 * case in order, except what another party said in a separate session and the mediator's
 * summary of it. A party's members see their own party's; mediators see them while serving on
 * the case; the committee, which keeps the records, sees everything.
 *
 * @param caseId the case's id
 * @param reader who reads
 * @param role the reader's part in the case
 * @param entries the facts the reader may see, in the order recorded
 * @param withheld how many entries were withheld as confidential
 * @param zone the zone in which {@link #explain()} writes times, the method's {@code zone}
 */
public record CaseRecord(String caseId, ResidentId reader, Role role, List<Entry> entries,
    int withheld, ZoneId zone) {

  /** The reader's part in the case. */
  public enum Role {
    /** A member of a party. */
    PARTY,
    /** A mediator assigned to the case, now or before, who is not on the committee. */
    MEDIATOR,
    /** A member of the mediation committee, whether or not also a mediator of the case. */
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
   * @param zone the zone in which times are written
   */
  public CaseRecord {
    checkNotNull(zone, "zone");
    checkNotNull(caseId, "caseId");
    checkNotNull(reader, "reader");
    checkNotNull(role, "role");
    entries = List.copyOf(entries);
  }

  /**
   * {@return the record in plain words, one entry a line with its time in {@link #zone()}, the
   * terms of each draft indented beneath it, and a last line saying how many entries were
   * withheld, if any}
   */
  public List<String> explain() {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    List<String> lines = new ArrayList<>();
    for (Entry e : entries) {
      List<String> said = Narration.of(e.fact());
      for (int i = 0; i < said.size(); i++) {
        lines.add((i == 0 ? time.format(e.at()) + "  " : "") + said.get(i));
      }
    }
    if (withheld > 0) {
      lines.add(withheld + " statement" + (withheld == 1 ? "" : "s") + " made in another party's"
          + " separate sessions withheld (confidential)");
    }
    return lines;
  }
}
