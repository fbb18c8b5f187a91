package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A command with the two guards a portal needs: an id, so that a retry is applied once, and the
 * version the caller saw, so that a command based on stale state is refused.
 *
 * <pre>{@code
 * consultation.submit(CommandRequest.of(command)
 *     .withId(new CommandId(requestUuid))       // retries with this id are applied once
 *     .expectingVersion(versionShownToUser));   // refused if someone else came first
 * }</pre>
 *
 * @param command the command
 * @param id the caller-chosen id, or null
 * @param expectedVersion the version the caller expects the consultation to have, or null for
 *     any
 */
public record CommandRequest(Command command, @Nullable CommandId id,
    @Nullable Long expectedVersion) {

  /**
   * Checks the command and the expected version.
   *
   * @param command the command
   * @param id the caller-chosen id, or null
   * @param expectedVersion the version the caller expects the consultation to have, or null for
   *     any
   * @throws IllegalArgumentException if the expected version is negative
   */
  public CommandRequest {
    checkNotNull(command, "command");
    checkArgument(expectedVersion == null || expectedVersion >= 0,
        "expectedVersion: must be >= 0, was %s", expectedVersion);
  }

  /**
   * {@return a request with no id and no expected version}
   *
   * @param command the command
   */
  public static CommandRequest of(Command command) {
    return new CommandRequest(command, null, null);
  }

  /**
   * {@return a copy carrying this caller-chosen id}
   *
   * @param newId a fresh id for a new command, or the id of the command this request retries
   */
  public CommandRequest withId(CommandId newId) {
    return new CommandRequest(command, checkNotNull(newId, "id"), expectedVersion);
  }

  /**
   * {@return a copy that is refused unless the consultation has exactly this version}
   *
   * @param version the version the caller saw, {@code >= 0}: the number of events in the log
   * @throws IllegalArgumentException if the version is negative
   */
  public CommandRequest expectingVersion(long version) {
    return new CommandRequest(command, id, version);
  }

  /** {@return the caller-chosen id, if any} */
  public Optional<CommandId> commandId() {
    return Optional.ofNullable(id);
  }

  /** {@return the expected version, if any} */
  public OptionalLong version() {
    return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
  }
}
