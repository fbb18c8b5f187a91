package io.yishi.core.spi;

import io.yishi.core.community.ResidentId;

/**
 * A step a participant takes in a deliberation method's own procedure: writing a card in a
 * workshop, supporting an idea in the online hall, rating an option in an interest round. The
 * consultation hands it to the method's {@link Procedure}, which checks it against the state and
 * answers with the {@link Fact}s to record, or refuses it.
 *
 * <p>Implementations are immutable values (records) with a stable JSON type name equal to
 * {@link #kind()}, registered in their module's Jackson module (as ballots are); a consultation
 * refuses an action that would not read back from JSON. Phases accept an action by listing its
 * kind among their commands.
 */
public interface Action {

  /** {@return the participant taking the action} */
  ResidentId by();

  /**
   * {@return the action's kind, lower-case words joined by hyphens, e.g. {@code "write-card"};
   * also its JSON type name}
   */
  String kind();
}
