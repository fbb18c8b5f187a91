package io.yishi.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.Electorate;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a decision rule may read to decide: who may vote and with what weight, the
 * ballots, the alternatives on the slate, the rule's parameters, the seed for any lot, and the
 * date of the decision (some legal presets depend on the law in force that day).
 *
 * @param electorate the members entitled to vote and their weights
 * @param ballots the ballots cast, in the order they were cast; at most one per member
 * @param alternatives the alternatives on the slate, in slate order; empty for a motion
 * @param parameters the rule's parameters
 * @param seed the seed for any lot the rule draws; the same seed gives the same draw
 * @param date the date of the decision
 */
public record DecisionRequest(
    Electorate electorate,
    List<Ballot> ballots,
    List<String> alternatives,
    Parameters parameters,
    long seed,
    LocalDate date) {

  /**
   * Copies the lists.
   *
   * @param electorate the members entitled to vote and their weights
   * @param ballots the ballots cast, in the order they were cast; at most one per member
   * @param alternatives the alternatives on the slate, in slate order; empty for a motion
   * @param parameters the rule's parameters
   * @param seed the seed for any lot the rule draws; the same seed gives the same draw
   * @param date the date of the decision
   * @throws NullPointerException if any part or any list element is null
   */
  public DecisionRequest {
    checkNotNull(electorate, "electorate");
    ballots = List.copyOf(ballots);
    alternatives = List.copyOf(alternatives);
    checkNotNull(parameters, "parameters");
    checkNotNull(date, "date");
  }

  /**
   * {@return a request with no alternatives, no parameters and seed 0}
   *
   * @param electorate the members entitled to vote
   * @param ballots the ballots cast
   * @param date the date of the decision
   */
  public static DecisionRequest of(Electorate electorate, List<? extends Ballot> ballots,
      LocalDate date) {
    return new DecisionRequest(
        electorate, List.copyOf(ballots), List.of(), Parameters.empty(), 0L, date);
  }

  /**
   * {@return a copy with these alternatives on the slate}
   *
   * @param newAlternatives the alternatives, in slate order; empty for a motion
   */
  public DecisionRequest withAlternatives(List<String> newAlternatives) {
    return new DecisionRequest(electorate, ballots, newAlternatives, parameters, seed, date);
  }

  /**
   * {@return a copy with these parameters}
   *
   * @param newParameters the rule's parameters
   */
  public DecisionRequest withParameters(Parameters newParameters) {
    return new DecisionRequest(electorate, ballots, alternatives, newParameters, seed, date);
  }

  /**
   * {@return a copy with this seed}
   *
   * @param newSeed the seed for any lot the rule draws, any value
   */
  public DecisionRequest withSeed(long newSeed) {
    return new DecisionRequest(electorate, ballots, alternatives, parameters, newSeed, date);
  }

  /**
   * {@return a copy with these ballots}
   *
   * @param newBallots the ballots, in the order they were cast; at most one per member
   * @throws NullPointerException if a ballot is null
   */
  public DecisionRequest withBallots(List<? extends Ballot> newBallots) {
    return new DecisionRequest(
        electorate, List.copyOf(newBallots), alternatives, parameters, seed, date);
  }
}
