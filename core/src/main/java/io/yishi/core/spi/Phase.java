package io.yishi.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * One phase of a deliberation method and the commands a consultation accepts while in it.
 *
 * @param id the phase's id, lower-case words joined by hyphens, e.g. {@code "brainstorm"}
 * @param description what happens in the phase, one sentence for people
 * @param commands the kinds of command accepted in this phase, e.g. {@code "submit-idea"}, kept
 *     sorted so that a phase always writes the same JSON (the event log's hashes depend on it);
 *     the commands {@code advance-phase} and {@code close} are accepted in every phase and need
 *     not be listed
 */
public record Phase(String id, String description, Set<String> commands) {

  /**
   * Checks the parts and copies the set.
   *
   * @param id the phase's id, lower-case words joined by hyphens, e.g. {@code "brainstorm"}
   * @param description what happens in the phase, one sentence for people
   * @param commands the kinds of command accepted in this phase, e.g. {@code "submit-idea"}, kept
   *     sorted so that a phase always writes the same JSON (the event log's hashes depend on it);
   *     the commands {@code advance-phase} and {@code close} are accepted in every phase and need
   *     not be listed
   * @throws IllegalArgumentException if the id is not lower-case words joined by hyphens
   */
  public Phase {
    checkNotNull(id, "id");
    checkArgument(id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
        "phase.id: must be lower-case words joined by hyphens, was '%s'", id);
    checkNotNull(description, "description");
    commands = ImmutableSortedSet.copyOf(commands);
  }

  /**
   * {@return a phase accepting the given command kinds}
   *
   * @param id the phase's id, lower-case words joined by hyphens, e.g. {@code "brainstorm"}
   * @param description what happens in the phase, one sentence for people
   * @param commands the kinds of command accepted in this phase, in any order; a kind named
   *     twice is accepted once
   * @throws IllegalArgumentException if the id is not lower-case words joined by hyphens
   */
  public static Phase of(String id, String description, String... commands) {
    return new Phase(id, description, ImmutableSortedSet.copyOf(commands));
  }
}
