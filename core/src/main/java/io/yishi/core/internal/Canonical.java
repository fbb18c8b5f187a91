package io.yishi.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import io.yishi.core.consultation.CommandId;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.json.YishiJson;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Canonical JSON and SHA-256 digests of values, for the event log's hash chain. */
public final class Canonical {

  /**
   * A private mapper, so that no caller can reconfigure the one that hashes: a changed setting
   * would change every hash in the JVM.
   */
  private static final ObjectMapper CANONICAL =
      YishiJson.canonicalBuilder(Canonical.class.getClassLoader()).build();

  private Canonical() {}

  /**
   * Checks that a value written as JSON reads back equal, so that nothing enters an event log
   * that the log could not give back: a plugin's ballot or decision without a registered type
   * name, or one whose fields do not survive JSON.
   *
   * @param value the value about to be recorded
   * @param type the type it is read back as, e.g. {@code Ballot.class}
   * @param what what the value is, for the message, e.g. {@code "ballot"}
   * @throws IllegalStateException naming the value's class if it does not survive a round trip
   */
  public static void requireRoundTrip(Object value, Class<?> type, String what) {
    Object back;
    try {
      back = YishiJson.mapper().readValue(YishiJson.mapper().writeValueAsBytes(value), type);
    } catch (IOException e) {
      throw new IllegalStateException(what + " of type " + value.getClass().getName()
          + " cannot be read back from JSON; register its type name in a Jackson module: "
          + e.getMessage(), e);
    }
    if (!value.equals(back)) {
      throw new IllegalStateException(what + " of type " + value.getClass().getName()
          + " reads back from JSON as a different value (" + back + " instead of " + value
          + "); its JSON form must keep every field");
    }
  }

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
      return CANONICAL.writeValueAsBytes(value);
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
