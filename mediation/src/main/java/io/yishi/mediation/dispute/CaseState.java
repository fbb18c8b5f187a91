package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.mediation.negotiation.SingleText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A mediation case as its log has made it: the committee's full view, statements of separate
 * sessions included. Show a party {@link MediationCase#recordFor} instead.
 *
 * @param status where the case stands
 * @param dispute the dispute, or null before the application
 * @param applicant the party that applied, or null when the committee took the case up
 * @param accepted whether the committee has accepted the case
 * @param consented the parties that have consented to mediation, in the order they did
 * @param choices each party's latest choice of mediators, in the order first made
 * @param mediators the mediators assigned now, in order
 * @param presiding the presiding mediator, or null before the assignment
 * @param assignment how the mediators were assigned, or null before
 * @param recusals every recusal requested and conflict declared, in order
 * @param sessions every session, in order
 * @param statements every statement, in order
 * @param singleText the single negotiating text, or null when none was proposed
 * @param draft the current written draft, or null
 * @param agreement the agreement in force, or null
 * @param confirmationApplicants the parties that have applied for judicial confirmation
 * @param court the court applied to, or null
 * @param confirmationPeriodEnded whether the period for applying has ended without a joint
 *     application
 * @param ruling the court's ruling as recorded, or null
 * @param ending how the case ended without agreement, or null
 * @param last the last action taken, or null
 * @param owed the facts the last action implies that are not yet recorded, in order; empty
 *     between actions
 */
public record CaseState(CaseStatus status, @Nullable Dispute dispute, @Nullable String applicant,
    boolean accepted, List<String> consented, List<Choice> choices, List<ResidentId> mediators,
    @Nullable ResidentId presiding, MediationFact.@Nullable Assignment assignment,
    List<Recusal> recusals, List<Session> sessions, List<Statement> statements,
    @Nullable SingleText singleText, @Nullable Draft draft, @Nullable Agreement agreement,
    List<String> confirmationApplicants, @Nullable String court,
    boolean confirmationPeriodEnded, @Nullable String ruling,
    MediationFact.@Nullable CaseEnded ending, @Nullable MediationAction last,
    List<MediationFact> owed) {

  /**
   * Refuses nulls and copies the lists.
   *
   * @param status where the case stands
   * @param dispute the dispute, or null
   * @param applicant the party that applied, or null
   * @param accepted whether the committee has accepted the case
   * @param consented the parties that have consented
   * @param choices each party's latest choice of mediators
   * @param mediators the mediators assigned now
   * @param presiding the presiding mediator, or null
   * @param assignment how the mediators were assigned, or null
   * @param recusals every recusal and conflict
   * @param sessions every session
   * @param statements every statement
   * @param singleText the single negotiating text, or null
   * @param draft the current draft, or null
   * @param agreement the agreement in force, or null
   * @param confirmationApplicants the parties that applied for confirmation
   * @param court the court applied to, or null
   * @param confirmationPeriodEnded whether the period ended without a joint application
   * @param ruling the court's ruling, or null
   * @param ending how the case ended without agreement, or null
   * @param last the last action taken, or null
   * @param owed the facts the last action implies that are not yet recorded
   */
  public CaseState {
    checkNotNull(status, "status");
    consented = List.copyOf(consented);
    choices = List.copyOf(choices);
    mediators = List.copyOf(mediators);
    recusals = List.copyOf(recusals);
    sessions = List.copyOf(sessions);
    statements = List.copyOf(statements);
    confirmationApplicants = List.copyOf(confirmationApplicants);
    owed = List.copyOf(owed);
  }

  static final CaseState EMPTY = new CaseState(CaseStatus.NEW, null, null, false, List.of(),
      List.of(), List.of(), null, null, List.of(), List.of(), List.of(), null, null, null,
      List.of(), null, false, null, null, null, List.of());

  /**
   * A party's choice of mediators.
   *
   * @param party the party
   * @param mediators the mediators it chose
   * @param presiding the one it chose to preside
   */
  public record Choice(String party, List<ResidentId> mediators, ResidentId presiding) {
    /**
     * Copies the list.
     *
     * @param party the party
     * @param mediators the mediators it chose
     * @param presiding the one it chose to preside
     */
    public Choice {
      mediators = List.copyOf(mediators);
    }
  }

  /**
   * A recusal requested by a party, or a conflict of interest declared, and its replacement.
   *
   * @param mediator the mediator concerned
   * @param party the party that requested the recusal; null for a declared conflict
   * @param by who asked or declared
   * @param reason the reason given
   * @param replacement the mediator who replaced them, or null while pending
   */
  public record Recusal(ResidentId mediator, @Nullable String party, ResidentId by,
      String reason, @Nullable ResidentId replacement) {

    /** {@return whether the committee has yet to replace the mediator} */
    public boolean isPending() {
      return replacement == null;
    }
  }

  /**
   * A signature on a written draft.
   *
   * @param by who signed
   * @param party the party signed for; null for the presiding mediator's signature
   * @param at when
   */
  public record Signature(ResidentId by, @Nullable String party, Instant at) {}

  /**
   * The current written draft of an agreement.
   *
   * @param version its version, from 1; each new draft replaces the last
   * @param by the mediator who wrote it
   * @param content what it says
   * @param signatures its signatures, in order
   * @param sealed whether the committee has sealed it
   */
  public record Draft(int version, ResidentId by, AgreementContent content,
      List<Signature> signatures, boolean sealed) {
    /**
     * Copies the list.
     *
     * @param version its version, from 1
     * @param by the mediator who wrote it
     * @param content what it says
     * @param signatures its signatures
     * @param sealed whether the committee has sealed it
     */
    public Draft {
      signatures = List.copyOf(signatures);
    }

    /**
     * {@return whether the party has signed}
     *
     * @param party the party's id
     */
    public boolean signedBy(String party) {
      return signatures.stream().anyMatch(s -> party.equals(s.party()));
    }

    /**
     * {@return whether the mediator has signed as mediator}
     *
     * @param mediator the mediator
     */
    public boolean signedByMediator(ResidentId mediator) {
      return signatures.stream().anyMatch(s -> s.party() == null && s.by().equals(mediator));
    }
  }

  /** {@return the session now open, if any} */
  public Optional<Session> openSession() {
    return sessions.isEmpty() || !sessions.get(sessions.size() - 1).isOpen() ? Optional.empty()
        : Optional.of(sessions.get(sessions.size() - 1));
  }

  /** {@return the recusals and conflicts the committee has yet to resolve} */
  public List<Recusal> pendingRecusals() {
    return recusals.stream().filter(Recusal::isPending).toList();
  }

  /**
   * {@return whether mediation has started}: the committee accepted the case and every party
   * consented (RULES.md §3.5, Art. 17)
   */
  public boolean started() {
    return dispute != null && accepted && consented.size() == dispute.parties().size();
  }

  /** A copy to change, for the procedure. */
  Next next() {
    return new Next(this);
  }

  /** The mutable copy a fact is folded into. */
  static final class Next {
    CaseStatus status;
    @Nullable Dispute dispute;
    @Nullable String applicant;
    boolean accepted;
    final List<String> consented;
    final List<Choice> choices;
    final List<ResidentId> mediators;
    @Nullable ResidentId presiding;
    MediationFact.@Nullable Assignment assignment;
    final List<Recusal> recusals;
    final List<Session> sessions;
    final List<Statement> statements;
    @Nullable SingleText singleText;
    @Nullable Draft draft;
    @Nullable Agreement agreement;
    final List<String> confirmationApplicants;
    @Nullable String court;
    boolean confirmationPeriodEnded;
    @Nullable String ruling;
    MediationFact.@Nullable CaseEnded ending;
    @Nullable MediationAction last;
    final List<MediationFact> owed;

    private Next(CaseState s) {
      status = s.status;
      dispute = s.dispute;
      applicant = s.applicant;
      accepted = s.accepted;
      consented = new ArrayList<>(s.consented);
      choices = new ArrayList<>(s.choices);
      mediators = new ArrayList<>(s.mediators);
      presiding = s.presiding;
      assignment = s.assignment;
      recusals = new ArrayList<>(s.recusals);
      sessions = new ArrayList<>(s.sessions);
      statements = new ArrayList<>(s.statements);
      singleText = s.singleText;
      draft = s.draft;
      agreement = s.agreement;
      confirmationApplicants = new ArrayList<>(s.confirmationApplicants);
      court = s.court;
      confirmationPeriodEnded = s.confirmationPeriodEnded;
      ruling = s.ruling;
      ending = s.ending;
      last = s.last;
      owed = new ArrayList<>(s.owed);
    }

    CaseState done() {
      return new CaseState(status, dispute, applicant, accepted, consented, choices, mediators,
          presiding, assignment, recusals, sessions, statements, singleText, draft, agreement,
          confirmationApplicants, court, confirmationPeriodEnded, ruling, ending, last, owed);
    }
  }
}
