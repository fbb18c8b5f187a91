package io.yishi.core.method.revision;

import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.util.List;

/**
 * Repeated revision of a plan with the residents it affects, id {@code plan-revision}: the
 * proposer tables a plan; in each round the residents support it, object with a reason or
 * suggest a change; when the round closes, a named decision rule tests the support; if it is not
 * met, the proposer revises the plan, naming the objections each revision answers, and opens the
 * next round; until the rule is met (adopted at round N) or the rounds run out (not adopted).
 * Modelled on the Lixiong case (DESIGN.md), where building leaders revised an old estate's
 * repair plan with residents for a year; the threshold comes from a rule such as {@code
 * owners-major} (Civil Code art. 278, RULES.md 3.1) or {@code residents-meeting} (RULES.md 3.2).
 *
 * <p><b>Phases.</b> {@code drafting}: ideas and comments are collected and the proposer tables
 * the plan ({@code table-plan}); {@code revision}: rounds ({@code open-plan-round}, {@code
 * respond-to-plan}, {@code close-plan-round}) and revisions ({@code revise-plan}), with comments
 * throughout. The facilitator moves from one to the other with {@code advance-phase}; {@code
 * table-plan} is accepted in both, so a plan is never stuck. What is allowed in a state is
 * {@code ConsultationState.allowed()}: only {@code table-plan} before the plan; {@code
 * respond-to-plan} and {@code close-plan-round} while a round is open; {@code open-plan-round}
 * (while rounds remain) and {@code revise-plan} (while an objection is open) between rounds;
 * nothing once there is an outcome.
 *
 * <p><b>Who does what.</b> Whoever tables the plan is its proposer; only the proposer opens and
 * closes rounds and revises. Any resident may respond, one response per resident per round; a
 * later response in the same round replaces the earlier one until the round closes. Objections
 * need a reason and suggestions need the change; supports may be bare.
 *
 * <p><b>Deadlines.</b> A round opens on the current revision and closes {@code roundLength}
 * later, by the consultation's clock ({@link Procedure#due}): the first command at or after the
 * deadline, or a host's {@code check-deadlines}, records the close as at the deadline, and no
 * response is taken after it. The proposer may close a round earlier with {@code
 * close-plan-round}.
 *
 * <p><b>The threshold test.</b> At the close, each member of the consultation's electorate who
 * responded (a co-owned unit's member through any of its co-owners; their latest response counts)
 * becomes one ballot: support a yes, objection a no, suggestion a no or an abstention ({@code
 * suggestionCountsAs}). Residents outside the electorate (tenants, say) are heard, and their
 * objections must be answered like anyone's, but cast no ballot. The ballots go to the rule named
 * by {@code rule} with {@code ruleParameters}, dated in {@code zone}; members who did not respond
 * did not take part, which matters for participation gates such as art. 278's two thirds. The
 * rule's ballot type must have a factory {@code public static B of(MemberId, V)} where {@code V}
 * is an enum with constants {@code YES}, {@code NO} and {@code ABSTAIN}, as the voting module's
 * {@code MotionBallot.of(MemberId, Vote)} has; a round cannot be opened with a rule whose ballot
 * lacks one. The decision, with its explanation, is recorded with the close. A decision {@code
 * ADOPTED} adopts the plan at that round; any other verdict (rejected, or not decided for want
 * of a quorum) leaves it under revision, or not adopted when that was round {@code maxRounds}.
 *
 * <p><b>Objections.</b> When a round closes, each objection and suggestion standing in it is
 * numbered (1, 2, … across the consultation) and open. A revision names the open objections it
 * answers (at least one), which then show "answered by revision N". Objections are recorded even
 * in the round that adopts the plan, so the minority's reasons stay on the record.
 *
 * <p><b>Replay.</b> A stored log is checked as it is folded again: each fact must carry the time
 * it was recorded at and be recorded in a phase that accepts its action; a round must be opened
 * by the proposer and close {@code roundLength} after it opened; a response must come while its
 * round is open and before its deadline, and differ from the resident's standing one; a round
 * closed by the proposer must close before its deadline, one closed by the deadline exactly at
 * it and only once it has passed; and the decision recorded with a close must be the one the
 * rule reaches again on the round's responses (same ballots, seed and date). A log that breaks
 * any of these, even with its hashes recomputed, is refused as tampered.
 *
 * <p>The plan lives in the method's state ({@link RevisionState}), not among the consultation's
 * proposals: a revision and the objections it answers are recorded as one fact, which the
 * consultation's {@code revise-proposal} command cannot carry.
 */
public final class PlanRevisionMethod implements DeliberationMethod {

  private static final List<Phase> PHASES = List.of(
      Phase.of("drafting", "ideas and comments are collected and the proposer tables the plan",
          "submit-idea", "post-comment", "table-plan"),
      Phase.of("revision", "rounds of support, objections and suggestions, and revisions that"
          + " answer the objections, until the plan is adopted or the rounds run out",
          "table-plan", "open-plan-round", "respond-to-plan", "close-plan-round", "revise-plan",
          "post-comment"));

  /** Creates the method; it holds no state. */
  public PlanRevisionMethod() {}

  /** {@return {@code "plan-revision"}} */
  @Override
  public String id() {
    return "plan-revision";
  }

  @Override
  public String description() {
    return "revise a plan with the residents round by round until a named rule finds enough"
        + " support or the rounds run out";
  }

  /**
   * {@return the parameters: {@code rule} (default {@code owners-major}), {@code ruleParameters}
   * ({@code {}}), {@code maxRounds} (6), {@code roundLength} ({@code P14D}), {@code
   * suggestionCountsAs} ({@code no}) and {@code zone} ({@code Asia/Shanghai})}
   */
  @Override
  public List<ParameterSpec> parameters() {
    return Settings.SPECS;
  }

  /**
   * {@return the phases {@code drafting} and {@code revision}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range
   */
  @Override
  public List<Phase> phases(Parameters parameters) {
    Settings.of(parameters);
    return PHASES;
  }

  /**
   * {@return the procedure, whose state is a {@link RevisionState}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range
   */
  @Override
  public Procedure<RevisionState> procedure(Parameters parameters) {
    return new PlanRevisionProcedure(Settings.of(parameters));
  }
}
