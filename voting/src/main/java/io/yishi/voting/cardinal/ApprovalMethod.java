package io.yishi.voting.cardinal;

import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.voting.ProfileRule;
import java.util.List;

/**
 * Id {@code approval}: each voter approves any number of the alternatives on the slate; the
 * alternative approved by the most voters wins, and the ranking orders all by their approvals
 * (Brams and Fishburn, "Approval Voting", 1978/1983). {@link CardinalDecision#scores()} holds the
 * number of approvals.
 *
 * <p>Parameter {@code tieBreak}: {@code none} (the default) reports tied winners as a tie; {@code
 * lot} draws one of them by lot from the seed, and the explanation says so.
 *
 * <p>Consultations call {@link #decide(DecisionRequest)}; researchers call {@link
 * #decide(ApprovalProfile, Parameters, long)} on a profile they built or read from a PrefLib
 * {@code .cat} file. The count reads only the approval counts the profile derived when it was
 * built, so it takes microseconds whatever the number of voters.
 */
public final class ApprovalMethod implements ProfileRule<ApprovalProfile> {

  /** Creates the method; it holds no state. */
  public ApprovalMethod() {}

  @Override
  public String id() {
    return "approval";
  }

  @Override
  public String description() {
    return "the alternative approved by the most voters wins";
  }

  /** {@return {@link ApprovalBallot}} */
  @Override
  public Class<ApprovalBallot> ballotType() {
    return ApprovalBallot.class;
  }

  /** {@return {@code tieBreak}} */
  @Override
  public List<ParameterSpec> parameters() {
    return List.of(Tally.TIE_BREAK);
  }

  @Override
  public void checkParameters(Parameters parameters) {
    parameters.checkKnown(id(), parameters());
    parameters.choice(Tally.TIE_BREAK.name(), Tally.TieBreak.class, Tally.TieBreak.NONE);
  }

  /**
   * Refuses an approval of an alternative not on the slate.
   *
   * @throws InvalidBallotException naming the unknown alternative and listing the slate
   */
  @Override
  public void checkBallot(Ballot ballot, DecisionRequest request) {
    ApprovalProfile.checkApproval(ballot, request);
  }

  /** {@return {@link ApprovalProfile}} */
  @Override
  public final Class<ApprovalProfile> profileType() {
    return ApprovalProfile.class;
  }

  /**
   * Builds the approval profile from the request's ballots and alternatives, and decides.
   *
   * @throws InvalidBallotException if a ballot is not an approval ballot, approves an
   *     alternative not on the slate, or a member has two ballots
   * @throws InvalidParameterException if a parameter is unknown or invalid, or the slate is
   *     empty
   */
  @Override
  public CardinalDecision decide(DecisionRequest request) {
    checkParameters(request.parameters());
    return decide(ApprovalProfile.of(request, id()), request.parameters(), request.seed());
  }

  /**
   * Decides on an approval profile.
   *
   * @param profile the ballots, summarised
   * @param parameters the method's parameters
   * @param seed the seed for a lot, used only with {@code tieBreak: lot}
   * @return the winner or tied winners, the ranking by approvals and the explanation
   * @throws InvalidParameterException if a parameter is unknown or invalid
   */
  @Override
  public CardinalDecision decide(ApprovalProfile profile, Parameters parameters, long seed) {
    checkParameters(parameters);
    Tally tally = new Tally(id(), profile.candidates(), seed,
        parameters.choice(Tally.TIE_BREAK.name(), Tally.TieBreak.class, Tally.TieBreak.NONE));
    long[] approvals = profile.approvalCounts();
    tally.line(id() + ": " + profile.voters() + " voters, " + profile.distinctBallots()
        + " distinct approval sets, " + tally.m + " candidates");
    StringBuilder line = new StringBuilder("Approvals:");
    for (int c = 0; c < tally.m; c++) {
      line.append(' ').append(tally.name(c)).append(' ').append(approvals[c]).append(';');
    }
    tally.line(line.substring(0, line.length() - 1));
    tally.winners(tally.best(approvals));
    return tally.decision(Tally.tiers(approvals), tally.byName(approvals),
        CardinalDecision.Runoff.none());
  }
}
