package io.yishi.voting.committee;

import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ProfileRule;
import io.yishi.voting.cardinal.ApprovalBallot;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * An approval-based committee rule: a {@link DecisionRule} that elects {@code seats} candidates
 * from {@link ApprovalBallot}s over the request's slate, by way of an {@link ApprovalProfile}, and
 * returns a {@link CommitteeDecision} listing the elected in order of selection.
 *
 * <p>Researchers call {@link #decide(ApprovalProfile, Parameters, long)} on a profile they built;
 * consultations call {@link #decide(DecisionRequest)}, which builds the profile from the ballots.
 * Every rule reads two parameters:
 *
 * <ul>
 *   <li>{@code seats}: the committee size, a whole number from 1 to the number of candidates;
 *       default 1.
 *   <li>{@code tieBreak}: {@code lot} (the default) settles a tie that decides a seat by a lot
 *       drawn from the seed, and the step's note says so; {@code none} stops the count at the
 *       first such tie: the decision lists the candidates elected before it, sets {@link
 *       CommitteeDecision#tie()} and names the contenders in {@link CommitteeDecision#tied()}, with
 *       verdict {@link io.yishi.core.spi.Verdict#NOT_DECIDED}.
 * </ul>
 *
 * <p>The rules read the profile's distinct ballots with their counts, never single voters, so a
 * count over a hundred thousand voters costs what its distinct ballots cost. Implementations hold
 * no state and may be called from many threads at once.
 */
public abstract class ApprovalCommitteeRule implements ProfileRule<ApprovalProfile> {

  static final ParameterSpec SEATS = ParameterSpec.of("seats", "integer >= 1", "1",
      "the number of candidates to elect, at most the number of candidates");
  static final ParameterSpec TIE_BREAK = ParameterSpec.of("tieBreak", "lot | none", "lot",
      "lot: settle a tie for a seat by a lot drawn from the seed; none: stop and report the tie");

  /** How a tie that decides a seat is settled; read as the words {@code lot} and {@code none}. */
  enum TieBreak {
    LOT,
    NONE
  }

  /** For subclasses in this package. */
  ApprovalCommitteeRule() {}

  /** {@return {@link ApprovalBallot}} */
  @Override
  public final Class<ApprovalBallot> ballotType() {
    return ApprovalBallot.class;
  }

  /** {@return {@code seats} and {@code tieBreak}, then the rule's own parameters if any} */
  @Override
  public List<ParameterSpec> parameters() {
    List<ParameterSpec> specs = new ArrayList<>(List.of(SEATS, TIE_BREAK));
    specs.addAll(ownParameters());
    return List.copyOf(specs);
  }

  /** {@return the parameters this rule reads beyond {@code seats} and {@code tieBreak}} */
  List<ParameterSpec> ownParameters() {
    return List.of();
  }

  /**
   * Checks the names and values of the parameters; the number of candidates is checked when the
   * count starts.
   *
   * @throws InvalidParameterException naming the first unknown or invalid parameter
   */
  @Override
  public final void checkParameters(Parameters parameters) {
    parameters.checkKnown(id(), parameters());
    seats(parameters);
    parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.LOT);
    checkOwnParameters(parameters);
  }

  /** Checks the rule's own parameters; the default has none. */
  void checkOwnParameters(Parameters parameters) {}

  private static int seats(Parameters parameters) {
    long seats = parameters.integer(SEATS.name(), 1);
    if (seats < 1 || seats > ApprovalProfile.MAX_CANDIDATES) {
      throw new InvalidParameterException(SEATS.name(), seats,
          "must be a whole number from 1 to the number of candidates");
    }
    return (int) seats;
  }

  /**
   * Refuses an approval that names an alternative not on the slate.
   *
   * @throws InvalidBallotException naming the unknown alternative and listing the slate
   */
  @Override
  public final void checkBallot(Ballot ballot, DecisionRequest request) {
    ApprovalProfile.checkApproval(ballot, request);
  }

  /** {@return {@link ApprovalProfile}} */
  @Override
  public final Class<ApprovalProfile> profileType() {
    return ApprovalProfile.class;
  }

  /**
   * Builds the profile from the request's ballots over its slate, and decides.
   *
   * @throws InvalidBallotException if a ballot is not an approval, names an alternative not on
   *     the slate, or is a member's second ballot
   * @throws InvalidParameterException if a parameter is unknown or invalid, the slate is empty,
   *     or there are fewer candidates than seats
   */
  @Override
  public final CommitteeDecision decide(DecisionRequest request) {
    List<String> slate = request.alternatives();
    if (slate.isEmpty()) {
      throw new InvalidParameterException("alternatives", slate,
          "a committee election needs the candidates on its slate");
    }
    checkParameters(request.parameters());
    return decide(ApprovalProfile.of(request, id()), request.parameters(), request.seed());
  }

  /**
   * Decides on a profile.
   *
   * @param profile the ballots, summarised; its candidates are the slate
   * @param parameters the rule's parameters: {@code seats}, {@code tieBreak} and the rule's own
   * @param seed the seed for any lot the rule draws; the same seed gives the same draws
   * @return the elected in order of selection, the steps of the count and its explanation
   * @throws InvalidParameterException if a parameter is unknown or invalid, or {@code seats} is
   *     more than the profile's number of candidates
   */
  @Override
  public final CommitteeDecision decide(ApprovalProfile profile, Parameters parameters,
      long seed) {
    checkParameters(parameters);
    int seats = seats(parameters);
    if (seats > profile.candidateCount()) {
      throw new InvalidParameterException(SEATS.name(), seats, "must not exceed the number of"
          + " candidates, " + profile.candidateCount() + " " + profile.candidates());
    }
    ApprovalCount count = new ApprovalCount(id(), profile, seats, seed,
        parameters.choice(TIE_BREAK.name(), TieBreak.class, TieBreak.LOT));
    count(count, parameters);
    return count.decision();
  }

  /**
   * Runs the rule, electing into the count and writing its steps and explanation.
   *
   * @param count the count in progress, with the profile, the seats and the seed
   * @param parameters the rule's checked parameters
   */
  abstract void count(ApprovalCount count, Parameters parameters);
}
