package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One member's ballot on a motion, cast by the member or by the member's proxy. JSON type name
 * {@code "motion"}.
 *
 * @param voter the member of the electorate whose vote this is
 * @param vote yes, no, abstain, blank or invalid
 * @param proxy the member who cast it under a mandate from {@code voter}, or null if the voter
 *     cast it in person; the mandate must be listed in the rule's {@code proxies} parameter
 */
public record MotionBallot(MemberId voter, Vote vote, @Nullable MemberId proxy)
    implements Ballot {

  /**
   * Checks the parts.
   *
   * @param voter the member of the electorate whose vote this is
   * @param vote yes, no, abstain, blank or invalid
   * @param proxy the member who cast it under a mandate from {@code voter}, or null if the voter
   *     cast it in person
   * @throws IllegalArgumentException if the proxy is the voter
   */
  public MotionBallot {
    checkNotNull(voter, "voter");
    checkNotNull(vote, "vote");
    checkArgument(proxy == null || !proxy.equals(voter),
        "ballot.proxy: a member cannot be their own proxy, was %s", proxy);
  }

  /**
   * {@return a ballot cast by the member in person}
   *
   * @param voter the member of the electorate who casts the ballot
   * @param vote yes, no, abstain, blank or invalid
   */
  public static MotionBallot of(MemberId voter, Vote vote) {
    return new MotionBallot(voter, vote, null);
  }

  /**
   * {@return a ballot cast in person by the member with this id}
   *
   * @param voter the member's id as written, e.g. {@code "r-0042"}
   * @param vote yes, no, abstain, blank or invalid
   * @throws IllegalArgumentException naming the id if it is malformed
   */
  public static MotionBallot of(String voter, Vote vote) {
    return new MotionBallot(new MemberId(voter), vote, null);
  }

  /**
   * {@return a ballot cast for {@code voter} by {@code proxy} under a mandate}
   *
   * @param voter the member of the electorate whose vote this is
   * @param proxy the member who casts it under a mandate from {@code voter}; not the voter
   * @param vote yes, no, abstain, blank or invalid
   * @throws IllegalArgumentException if the proxy is the voter
   */
  public static MotionBallot byProxy(MemberId voter, MemberId proxy, Vote vote) {
    return new MotionBallot(voter, vote, proxy);
  }

  /** {@return the proxy who cast this ballot, or empty if the voter cast it in person} */
  public Optional<MemberId> castBy() {
    return Optional.ofNullable(proxy);
  }
}
