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
   * <p>Sets are written in their iteration order, which Jackson does not sort: a value whose
   * bytes must be the same in every JVM must hold lists or sorted sets, never {@code Set.of} or a
   * {@code HashSet}.
   *
   * @param value the value, of a type the core's mapper can write
   * @throws IllegalStateException if the value cannot be written, e.g. a map keyed by a type
   *     that is not {@link Comparable}, which cannot be sorted (a ballot or decision type with no
   *     registered JSON type name is <em>not</em> caught here: Jackson writes its class name)
   */
  public static byte[] json(Object value) {
    try {
      return YishiJson.canonicalMapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName()
          + " as canonical JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * {@return the SHA-256 of the value's canonical JSON, as 64 lower-case hex digits}
   *
   * @param value the value, of a type the core's mapper can write
   * @throws IllegalStateException if the value cannot be written, as {@link #json(Object)} says
   */
  public static String sha256(Object value) {
    return Hashing.sha256().hashBytes(json(value)).toString();
  }
}
