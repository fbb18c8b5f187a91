package io.yishi.voting.committee;

import io.yishi.core.simulation.RankingTally;
import io.yishi.core.simulation.TallyRule;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ProfileRule;
import io.yishi.voting.internal.TallyProfiles;
import io.yishi.voting.ranked.Profile;
import io.yishi.voting.ranked.RankedMethod;
import io.yishi.voting.ranked.RankingBallot;
import java.util.List;

/**
 * A multi-winner rule that counts rankings: single transferable vote ({@link ScottishStvRule},
 * {@link MeekStvRule}) and the single non-transferable vote ({@link SntvRule}).
 *
 * <p>Consultations call {@link #decide(DecisionRequest)}, which summarises the {@link
 * RankingBallot}s over the decision's alternatives into a {@link Profile}; researchers call
 * {@link #decide(Profile, Parameters, long)} on a profile they built or read from a PrefLib
 * file. Every rule reads two parameters:
 *
 * <ul>
 *   <li>{@code seats}: the size of the committee, a whole number from 1 to the number of
 *       candidates (default 1);
 *   <li>{@code tieBreak}: {@code lot} (default) settles a tie the rule cannot separate by a lot
 *       drawn from the seed, and the step says so; {@code none} stops the count at the first such
 *       tie, reporting the candidates elected so far and the tied candidates.
 * </ul>
 *
 * <p>Rules hold no state and are safe to share between threads.
 */
public abstract class RankedCommitteeRule implements ProfileRule<Profile>, TallyRule {

  static final ParameterSpec SEATS = ParameterSpec.of("seats", "integer >= 1", "1",
      "the number of candidates to elect, at most the number of candidates");
  static final ParameterSpec TIE_BREAK = ParameterSpec.of("tieBreak", "lot | none", "lot",
      "lot: settle a tie for a seat by a lot drawn from the seed; none: stop the count at it");

  /** How a tie that decides a seat is settled. */
  enum TieBreak {
    LOT,
    NONE
  }

  /** For the rules of this package. */
  RankedCommitteeRule() {}

  /** {@return {@link RankingBallot}} */
  @Override
  public final Class<RankingBallot> ballotType() {
    return RankingBallot.class;
  }

  /** {@return {@code seats} and {@code tieBreak}} */
  @Override
  public List<ParameterSpec> parameters() {
    return List.of(SEATS, TIE_BREAK);
  }

  /**
   * Refuses unknown parameters, a {@code seats} that is not a whole number of at least 1 and a
   * {@code tieBreak} other than {@code lot} or {@code none}.
   *
   * @throws InvalidParameterException naming the parameter, its value and what was expected
   */
  @Override
  public final void checkParameters(Parameters parameters) {
    parameters.checkKnown(id(), parameters());
    seats(parameters);
    parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.LOT);
  }

  private static long seats(Parameters parameters) {
    long seats = parameters.integer(SEATS.name(), 1);
    if (seats < 1) {
      throw new InvalidParameterException(SEATS.name(), seats, "must be at least 1");
    }
    return seats;
  }

  /**
   * Refuses a ranking that names an alternative not on the slate.
   *
   * @throws InvalidBallotException naming the unknown alternative and listing the slate
   */
  @Override
  public final void checkBallot(Ballot ballot, DecisionRequest request) {
    RankedMethod.checkRanking(ballot, request);
  }

  /** {@return {@link Profile}} */
  @Override
  public final Class<Profile> profileType() {
    return Profile.class;
  }

  /**
   * Builds the profile from the request's rankings over its alternatives, and elects.
   *
   * @throws InvalidBallotException if a ballot is not a ranking or names an alternative not on
   *     the slate, or a member has two ballots
   * @throws InvalidParameterException if a parameter is unknown or invalid, the slate is empty, or
   *     there are fewer alternatives than seats
   */
  @Override
  public final CommitteeDecision decide(DecisionRequest request) {
    return decide(RankedMethod.profileOf(request, id()), request.parameters(), request.seed());
  }

  /**
   * Elects a committee from a profile of rankings.
   *
   * @param profile the rankings, summarised; its candidates are the candidates
   * @param parameters {@code seats} and {@code tieBreak}
   * @param seed the seed of every lot the count draws; the same seed gives the same result
   * @return the elected candidates in order of election, with the count step by step
   * @throws InvalidParameterException if a parameter is unknown or invalid, or {@code seats}
   *     exceeds the number of candidates
   * @throws IllegalArgumentException if the profile has more voters than the rule's fixed-point
   *     arithmetic takes (10^13 for {@code stv}, 10^9 for {@code stv-meek})
   */
  @Override
  public final CommitteeDecision decide(Profile profile, Parameters parameters, long seed) {
    checkParameters(parameters);
    long seats = seats(parameters);
    int m = profile.candidateCount();
    if (seats > m) {
      throw new InvalidParameterException(SEATS.name(), seats,
          "must not exceed the number of candidates, " + m + " " + profile.candidates());
    }
    if (profile.voters() > maxVoters()) {
      throw new IllegalArgumentException("profile.voters: rule '" + id() + "' counts at most "
          + maxVoters() + " voters (its votes are fixed-point 64-bit integers), was "
          + profile.voters());
    }
    TieBreak tieBreak = parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.LOT);
    return count(new CommitteeCount(id(), profile, (int) seats, seed, tieBreak));
  }

  /**
   * Decides on a simulated tally, sharing its profile with the other ranked rules.
   *
   * @param tally the rankings drawn
   * @param parameters the rule's parameters, {@code seats} at most the tally's options
   * @param seed the seed of any lot
   * @return the elected options' indices, increasing
   * @throws InvalidParameterException if a parameter is invalid
   */
  @Override
  public final int[] winners(RankingTally tally, Parameters parameters, long seed) {
    Profile profile = tally.derived(Profile.class, TallyProfiles::of);
    return decide(profile, parameters, seed).chosen().stream().mapToInt(Integer::parseInt)
        .sorted().toArray();
  }

  /**
   * Refuses more seats than options, before any run.
   *
   * @param parameters the rule's parameters
   * @param options the options of every tally
   * @throws InvalidParameterException naming {@code seats} if it exceeds the options
   */
  @Override
  public final void checkOptions(Parameters parameters, int options) {
    long seats = seats(parameters);
    if (seats > options) {
      throw new InvalidParameterException(SEATS.name(), seats,
          "must not exceed the number of candidates, " + options);
    }
  }

  /** {@return the most voters the rule's arithmetic takes; no limit by default} */
  long maxVoters() {
    return Long.MAX_VALUE;
  }

  /**
   * Runs the rule.
   *
   * @param count the count in progress: profile, seats, seed and tie-break
   * @return the decision
   */
  abstract CommitteeDecision count(CommitteeCount count);
}
