package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a consultation's log: the event, when it was recorded, the command that caused it,
 * and its link in the hash chain.
 *
 * <p>{@code hash} is the SHA-256 (64 lower-case hex digits) of the canonical JSON of every other
 * field of this entry, which includes {@code previousHash}; so changing, removing, reordering or
 * inserting any entry breaks the chain at that point. The first entry's previous hash is {@link
 * EventLog#GENESIS}.
 *
 * @param sequence the entry's position in the log, from 1
 * @param recordedAt when it was recorded, from the consultation's clock
 * @param commandId the caller-chosen id of the command that caused it, or null
 * @param commandDigest the SHA-256 of the canonical JSON of that command when it had an id, so
 *     that a retry with the same id but another command is recognised; or null
 * @param event the event
 * @param previousHash the hash of the previous entry, or {@link EventLog#GENESIS} for the first
 * @param hash this entry's hash
 */
public record RecordedEvent(
    long sequence,
    Instant recordedAt,
    @Nullable CommandId commandId,
    @Nullable String commandDigest,
    ConsultationEvent event,
    String previousHash,
    String hash) {

  /**
   * Checks the parts; the hash itself is checked by {@link EventLog#verify()}, not here.
   *
   * @param sequence the entry's position in the log, from 1
   * @param recordedAt when it was recorded, from the consultation's clock
   * @param commandId the caller-chosen id of the command that caused it, or null
   * @param commandDigest the SHA-256 of the canonical JSON of that command when it had an id, so
   *     that a retry with the same id but another command is recognised; or null
   * @param event the event
   * @param previousHash the hash of the previous entry, or {@link EventLog#GENESIS} for the first
   * @param hash this entry's hash
   * @throws IllegalArgumentException if the sequence is below 1
   */
  public RecordedEvent {
    checkArgument(sequence >= 1, "sequence: must be >= 1, was %s", sequence);
    checkNotNull(recordedAt, "recordedAt");
    checkNotNull(event, "event");
    checkNotNull(previousHash, "previousHash");
    checkNotNull(hash, "hash");
  }
}
