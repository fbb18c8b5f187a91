package io.yishi.core.spi;

import java.util.List;

/**
 * The result of a decision rule, with the numbers a resident needs to trust it.
 *
 * <p>Every rule returns its own decision type carrying its own numbers (turnout against quorum,
 * rounds of a runoff, a pairwise matrix); what all share is here. Implementations are immutable
 * values with a stable JSON type name registered in their module's Jackson module.
 *
 * <p>A decision is written into the consultation's hash-chained log, so equal decisions must
 * give equal JSON in every JVM: hold lists or sorted sets, never {@code Set.of} or a {@code
 * HashSet} (their iteration order changes from run to run), and key maps by {@link String}s
 * (the canonical writer sorts map keys and cannot order the id records).
 */
public interface Decision {

  /** {@return the id of the rule that decided} */
  String ruleId();

  /** {@return the outcome in one word} */
  Verdict verdict();

  /**
   * {@return the alternatives chosen, best first; empty for a motion, which is adopted or not}
   */
  List<String> chosen();

  /**
   * {@return the explanation for people: what was counted, against which base, each quorum and
   * threshold with the numbers that met or missed it, and how any tie was settled; several lines}
   */
  String explain();
}
