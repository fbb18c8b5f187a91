package io.yishi.core.spi;

import io.yishi.core.electorate.MemberId;

/**
 * One member's ballot in one decision. Each decision rule names the ballot type it takes ({@link
 * DecisionRule#ballotType()}); the voting module provides motion, ranking, approval and score
 * ballots, and a plugin may add its own.
 *
 * <p>Implementations are immutable values (records). To cross a JSON boundary a ballot type needs
 * a stable type name, registered in its module's Jackson module, e.g. {@code "motion"}.
 */
public interface Ballot {

  /** {@return the member of the electorate whose ballot this is} */
  MemberId voter();
}
