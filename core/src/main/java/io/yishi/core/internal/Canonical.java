package io.yishi.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.hash.Hashing;
import io.yishi.core.consultation.CommandId;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.json.YishiJson;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Canonical JSON and SHA-256 digests of values, for the event log's hash chain. */
public final class Canonical {

  private Canonical() {}

  /** The fields of a log entry that its hash covers: all of them but the hash itself. */
  public record ChainEntry(
      long sequence,
      Instant recordedAt,
      @Nullable CommandId commandId,
      @Nullable String commandDigest,
      ConsultationEvent event,
      String previousHash) {}

  /**
   * {@return the canonical JSON of a value: sorted properties and keys, no whitespace}
   *
   * @throws IllegalStateException if the value cannot be written, e.g. a ballot type whose
   *     module registered no JSON type name for it
   */
  public static byte[] json(Object value) {
    try {
      return YishiJson.canonicalMapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName()
          + " as JSON; is its type registered in a Jackson module? " + e.getOriginalMessage(), e);
    }
  }

  /** {@return the SHA-256 of the value's canonical JSON, as 64 lower-case hex digits} */
  public static String sha256(Object value) {
    return Hashing.sha256().hashBytes(json(value)).toString();
  }
}
