package io.yishi.core.spi;

import io.yishi.core.electorate.MemberId;

/**
 * One member's ballot in one decision. Each decision rule names the ballot type it takes ({@link
 * DecisionRule#ballotType()}); the voting module provides motion, ranking, approval and score
 * ballots, and a plugin may add its own.
 *
 * <p>Implementations are immutable values (records). To cross a JSON boundary a ballot type needs
 * a stable type name, registered in its module's Jackson module, e.g. {@code "motion"}; without
 * one, Jackson writes the Java class name, and the stored log cannot be read back.
 *
 * <p>A ballot is written into the consultation's hash-chained log, so equal ballots must give
 * equal JSON in every JVM: hold lists or sorted sets, never {@code Set.of} or a {@code HashSet},
 * and key maps by {@link String}s.
 */
public interface Ballot {

  /** {@return the member of the electorate whose ballot this is} */
  MemberId voter();
}
