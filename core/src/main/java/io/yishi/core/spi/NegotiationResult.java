package io.yishi.core.spi;

import io.yishi.core.annotation.Experimental;
import java.util.List;

/**
 * What a {@link NegotiationTool} returns: a division, a bargaining solution, a negotiated text,
 * each carrying the numbers or the history that justify it and an explanation the parties and
 * the mediator can check by hand.
 *
 * <p>Every tool returns its own result type with its own numbers; what all share is here.
 * Implementations are immutable values (records) with a stable JSON type name registered in
 * their module's Jackson module, written as the {@code "type"} property, as decisions are. Hold
 * lists, and key maps by strings, so that equal results give equal JSON.
 */
@Experimental
public interface NegotiationResult {

  /**
   * {@return the explanation for people, one step per line, in the order the tool took them:
   * what the parties stated, what was computed from it, and the outcome}
   */
  List<String> explanation();

  /** {@return the {@linkplain #explanation() explanation} as one text, a line per step} */
  default String explain() {
    return String.join("\n", explanation());
  }
}
