package io.yishi.core.method.hall;

import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.util.List;

/**
 * The online deliberation hall, id {@code online-hall}: one topic published for a period (a
 * month by default), on which eligible residents post ideas, comment for or against them,
 * support them and amend them; at the close the ideas that reach the admission quorum (or the
 * most supported of them) go to the committee, whose answer is published on each.
 *
 * <p>Sources: the Lixiong case (DESIGN.md: "an online citizens' deliberation hall posts one hot
 * topic a month, collects ideas and comments, and feeds them into decisions"; RULES.md §8, whose
 * case facts are marked [U], so every figure here is a parameter); LiquidFeedback for the
 * admission quorum (an absolute number, a share of the eligible, or the larger of both) and the
 * frozen verification period; Decidim for supports (one per person per proposal, withdrawable,
 * an optional cap), amendments that the author accepts or rejects and that may then stand as
 * proposals of their own, moderation that hides a post with a reason, and the official answer
 * (accepted, rejected, evaluating) with a cost.
 *
 * <h2>Stages and deadlines</h2>
 *
 * <p>The consultation has one phase, {@code hall}, listing every action; the hall's own {@link
 * HallState.Stage} moves with the consultation's clock, never by a command, so no one (not even
 * the organiser) can close the hall early, and {@code advance-phase} is refused. The moves are
 * facts recorded by {@link Procedure#due} before the first command at or after each deadline (a
 * host's scheduler submits {@code check-deadlines} to record them when nothing else happens):
 *
 * <ol>
 *   <li>{@code scheduled} → {@code open} at {@code opensAt} ({@code topic-published}); without
 *       {@code opensAt}, at the first command after opening — submit {@code check-deadlines}
 *       straight after opening to start the period then.
 *   <li>{@code open} → {@code verification} at the end of the period, if {@code
 *       verificationDays} > 0 ({@code verification-began}): texts are frozen (no idea, no
 *       amendment), comments and supports go on.
 *   <li>→ {@code closed} at the end of the open period, or of verification if there is one
 *       ({@code hall-closed}): the supports are counted and the forwarded ideas fixed; every
 *       later resident action is refused.
 *   <li>{@code closed} → {@code answered} once each forwarded idea has an answer ({@code
 *       idea-answered}); an answer "under study" may be followed by a final one.
 * </ol>
 *
 * <p>A deadline is exclusive: an action at the very instant the period ends is late.
 *
 * <h2>Admission and forwarding</h2>
 *
 * <p>At the close an idea is admitted when it is visible (not hidden by a moderator) and has at
 * least {@link AdmissionQuorum#required} supporters, counting eligible residents fixed at
 * publication; a share is rounded up to a whole supporter. With {@code forward = admitted} every
 * admitted idea goes to the committee; with {@code forward = top}, the {@code topN} most
 * supported admitted ideas, plus any tied with the last of them (a cut inside a tie would be
 * arbitrary). Set {@code quorumBasis = count} and {@code quorumCount = 0} to rank all ideas.
 *
 * <h2>Hidden supports</h2>
 *
 * <p>With {@code hideSupports}, {@link HallState#publicView()} shows no support count, no
 * supporter and no result until the close (residents still see their own supports through
 * {@link HallState#publicView(io.yishi.core.community.ResidentId)}), and {@code allowed} never
 * depends on counts. The method state itself, like the log, is the full record: a portal shows
 * the public view and keeps the state for auditors.
 *
 * <h2>Who may act</h2>
 *
 * <p>Posting, commenting, supporting and amending need a member of the consultation's
 * electorate whose member id is the resident id. Only an idea's author accepts or rejects its
 * amendments; only the rejected amendment's author promotes it. {@code hide-post} needs one of
 * the {@code moderators} (or of the {@code committee} when no moderators are named) and {@code
 * answer-idea} a member of the {@code committee}; when those lists are empty, the portal alone
 * decides who may moderate and answer.
 *
 * <h2>Replay</h2>
 *
 * <p>On replay every fact is checked again, not only against the state but against what the
 * hall would have computed when it was recorded: {@code topic-published} must carry the start,
 * close, verification end and eligible count that the parameters and the electorate give; an
 * action's fact must be dated the instant it was recorded and made by whom the action needs (an
 * eligible resident, a moderator, a committee member), with its texts within their limits; a
 * support must fall inside the running period; {@code hall-closed} and {@code
 * verification-began} may not be recorded before their deadlines, nor an answer before the close.
 * A log that fails any of these is refused as tampered, even with its hashes recomputed.
 */
public final class OnlineHallMethod implements DeliberationMethod {

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("opensAt", "ISO-8601 instant", "the first command after opening",
          "when the topic is published and the period starts"),
      ParameterSpec.of("closesAt", "ISO-8601 instant", "opensAt + periodDays",
          "when the open period ends (exclusive), e.g. the end of a calendar month"),
      ParameterSpec.of("periodDays", "integer 1..366", "30",
          "length of the open period in days, when closesAt is not given"),
      ParameterSpec.of("verificationDays", "integer 0..90", "0",
          "length of the frozen verification period after the open period; 0 for none"),
      ParameterSpec.of("quorumBasis", "one of: count, share, larger", "larger",
          "which figure an idea's supporters must reach to be admitted"),
      ParameterSpec.of("quorumCount", "integer >= 0", "10",
          "the absolute number of supporters of the admission quorum"),
      ParameterSpec.of("quorumShare", "fraction in [0, 1]", "1/20",
          "the share of the eligible residents of the admission quorum, rounded up"),
      ParameterSpec.of("forward", "one of: admitted, top", "admitted",
          "which ideas go to the committee: every admitted idea, or the topN most supported"),
      ParameterSpec.of("topN", "integer 1..1000", "3",
          "with forward = top, how many admitted ideas go to the committee (ties included)"),
      ParameterSpec.of("supportLimit", "integer 0..1000", "0",
          "the most ideas one resident may support at a time; 0 for no cap"),
      ParameterSpec.of("hideSupports", "boolean", "false",
          "whether the public view hides support counts and results until the close"),
      ParameterSpec.of("committee", "list of resident ids", "[]",
          "who may publish the committee's answers (and moderate, if no moderators are named)"),
      ParameterSpec.of("moderators", "list of resident ids", "[]",
          "who may hide posts; empty means the committee"));

  private static final List<Phase> PHASES = List.of(Phase.of("hall",
      "the topic's hall: open for ideas, comments, supports and amendments until the period"
          + " ends, then (optionally) frozen for verification, then closed and answered by the"
          + " committee; the stage follows the clock",
      HallProcedure.ACTIONS.toArray(String[]::new)));

  /** Creates the method; it holds no state. */
  public OnlineHallMethod() {}

  /** {@return {@code "online-hall"}} */
  @Override
  public String id() {
    return "online-hall";
  }

  @Override
  public String description() {
    return "online deliberation hall: a topic for a period; ideas, comments, supports,"
        + " amendments; admission quorum; the committee answers";
  }

  /** {@return the parameters described in the class overview, with their defaults} */
  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  /**
   * {@return the single phase {@code hall}, accepting every hall action}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range
   */
  @Override
  public List<Phase> phases(Parameters parameters) {
    HallSettings.of(parameters);
    return PHASES;
  }

  /**
   * {@return the hall's procedure: state {@link HallState}, actions {@link HallAction}, facts
   * {@link HallFact}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range
   */
  @Override
  public Procedure<HallState> procedure(Parameters parameters) {
    return new HallProcedure(HallSettings.of(parameters));
  }
}
