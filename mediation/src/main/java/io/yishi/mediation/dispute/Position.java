package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What one party says of the dispute: the facts it states and what it asks for.
 *
 * @param party the party's id
 * @param facts the facts as the party states them, at least one, none blank
 * @param asks what the party asks for, at least one, none blank
 */
public record Position(String party, List<String> facts, List<String> asks) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param party the party's id
   * @param facts the facts the party states, at least one, none blank
   * @param asks what the party asks for, at least one, none blank
   * @throws IllegalArgumentException naming the party and the rule broken
   */
  public Position {
    checkNotNull(party, "party");
    facts = List.copyOf(facts);
    asks = List.copyOf(asks);
    checkArgument(!facts.isEmpty() && facts.stream().noneMatch(String::isBlank),
        "position of %s: facts must hold at least one statement, none blank, was %s", party,
        facts);
    checkArgument(!asks.isEmpty() && asks.stream().noneMatch(String::isBlank),
        "position of %s: asks must hold at least one request, none blank, was %s", party, asks);
  }
}
