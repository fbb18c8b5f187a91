package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.yishi.core.internal.Canonical;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultation's events in the order they were recorded, hash-chained so that a stored record
 * of a meeting can be checked later.
 *
 * <p>{@link #verify()} recomputes the chain and finds any entry that was altered, removed,
 * reordered or inserted, and says where. Removing entries from the <em>end</em> leaves a shorter
 * chain that is still consistent; to detect that, keep the {@link #headHash()} somewhere else
 * (print it in the minutes, store it with the portal's record) and check with {@link
 * #verify(String)}.
 *
 * <p>An event log is an immutable value; its JSON form is {@code {"events": [...]}}.
 */
public final class EventLog {

  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private final ImmutableList<RecordedEvent> events;

  private EventLog(ImmutableList<RecordedEvent> events) {
    this.events = events;
  }

  /**
   * {@return a log of these entries, in this order; nothing is checked until {@link #verify()}}
   *
   * @param events the entries, e.g. as read back from storage; copied
   * @throws NullPointerException if an entry is null
   */
  public static EventLog of(List<RecordedEvent> events) {
    return new EventLog(ImmutableList.copyOf(events));
  }

  /** {@return the entries in order} */
  public List<RecordedEvent> events() {
    return events;
  }

  /** {@return the number of entries} */
  public int size() {
    return events.size();
  }

  /** {@return the hash of the last entry, or {@link #GENESIS} for an empty log} */
  public String headHash() {
    return events.isEmpty() ? GENESIS : events.get(events.size() - 1).hash();
  }

  /**
   * Checks the whole chain: sequence numbers run 1, 2, 3, …; each entry links to the hash of the
   * one before; each entry's hash matches its content; the first entry, and only the first, opens
   * the consultation.
   *
   * @throws TamperedLogException at the first position where the chain breaks, saying what is
   *     wrong there
   */
  public void verify() {
    for (int i = 0; i < events.size(); i++) {
      RecordedEvent entry = events.get(i);
      long position = i + 1L;
      if (entry.sequence() != position) {
        throw new TamperedLogException(position, "sequence " + entry.sequence() + " where "
            + position + " was expected: " + misplacement(i, entry.sequence()));
      }
      String expectedPrevious = i == 0 ? GENESIS : events.get(i - 1).hash();
      if (!entry.previousHash().equals(expectedPrevious)) {
        throw new TamperedLogException(position, "previous hash does not match the chain"
            + " (expected " + abbreviate(expectedPrevious) + ", found "
            + abbreviate(entry.previousHash()) + "): an event was removed, inserted or reordered");
      }
      String actual = hashOf(entry.sequence(), entry, entry.previousHash());
      if (!actual.equals(entry.hash())) {
        throw new TamperedLogException(position, "hash does not match the content (computed "
            + abbreviate(actual) + ", stored " + abbreviate(entry.hash())
            + "): the event was altered");
      }
      boolean opens = entry.event() instanceof ConsultationEvent.ConsultationOpened;
      if (opens != (i == 0)) {
        throw new TamperedLogException(position, i == 0
            ? "the first event must be consultation-opened, was " + entry.event().type()
            : "consultation-opened may only be the first event");
      }
    }
  }

  /**
   * Checks the chain as {@link #verify()} does, and that it ends at the given head, so that
   * entries removed from the end are found too.
   *
   * @param expectedHeadHash the {@link #headHash()} kept from when the log was whole
   * @throws TamperedLogException where the chain breaks, or at the end if the head differs
   */
  public void verify(String expectedHeadHash) {
    checkNotNull(expectedHeadHash, "expectedHeadHash");
    verify();
    if (!headHash().equals(expectedHeadHash)) {
      throw new TamperedLogException(events.size() + 1L, "the log ends at "
          + abbreviate(headHash()) + ", expected " + abbreviate(expectedHeadHash)
          + ": events were removed from the end or the log is not the one expected");
    }
  }

  /** Says why the entry at {@code index} carries the wrong sequence number. */
  private String misplacement(int index, long found) {
    long expected = index + 1L;
    if (found < expected) {
      boolean repeat = events.subList(0, index).stream().anyMatch(e -> e.sequence() == found);
      return repeat ? "sequence " + found + " appears twice: an event was inserted"
          : "events are out of order: reordered";
    }
    boolean later = events.subList(index + 1, events.size()).stream()
        .anyMatch(e -> e.sequence() == expected);
    return later ? "events are out of order (event " + expected + " appears later): reordered"
        : "an event was removed";
  }

  static String hashOf(long sequence, RecordedEvent entry, String previousHash) {
    return Canonical.sha256(new Canonical.ChainEntry(sequence, entry.recordedAt(),
        entry.commandId(), entry.commandDigest(), entry.event(), previousHash));
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
  }

  /** Logs are equal when they hold equal entries in the same order. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventLog other && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** {@return the size and head of the log} */
  @Override
  public String toString() {
    return "EventLog[" + events.size() + " events, head " + abbreviate(headHash()) + "]";
  }
}
