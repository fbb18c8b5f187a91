package io.yishi.examples.plugin;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;

/**
 * One member's hand in a show of hands. JSON type name {@code "hand"}.
 *
 * @param voter the member
 * @param hand for, against or abstain
 */
public record HandBallot(MemberId voter, Hand hand) implements Ballot {

  /**
   * Creates the ballot; both parts are required.
   *
   * @param voter the member
   * @param hand for, against or abstain
   */
  public HandBallot {
    checkNotNull(voter, "voter");
    checkNotNull(hand, "hand");
  }
}
