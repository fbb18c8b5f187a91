package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Action;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What someone does in a mediation case, submitted as {@code Command.Act(action)}. Each kind is
 * also the action's JSON type name. The constructors only refuse nulls and copy lists; every rule
 * (who may act, in which state of the case, with which values) is checked when the action is
 * handled, and a breach is refused with an {@link io.yishi.core.spi.InvalidActionException}
 * naming the field, the value and the rule, recording nothing. The rules are those of {@link
 * MediationMethod}.
 */
public sealed interface MediationAction extends Action {

  /** The kind of every mediation action. */
  Set<String> KINDS = Set.of(
      "apply-for-mediation", "take-up-case", "accept-case", "decline-case",
      "consent-to-mediation", "refuse-mediation", "designate-mediators",
      "choose-mediators", "request-recusal", "declare-conflict", "replace-mediator",
      "open-session", "make-statement", "close-session", "propose-single-text",
      "criticise-single-text", "accept-single-text", "revise-single-text",
      "withdraw-from-mediation", "terminate-mediation", "draft-agreement",
      "sign-agreement", "seal-agreement", "record-oral-agreement", "record-performance",
      "apply-for-confirmation", "record-confirmation");

  /**
   * A party applies for mediation of a dispute (RULES.md §3.5, Art. 17); the application is the
   * applicant party's consent. Accepted only as the case's first action (kind {@code
   * apply-for-mediation}).
   *
   * @param by a member of the party
   * @param party the applicant party's id
   * @param dispute the dispute, naming the applicant among its parties
   */
  record ApplyForMediation(ResidentId by, String party, Dispute dispute)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the applicant party's id
     * @param dispute the dispute, naming the applicant among its parties
     */
    public ApplyForMediation {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
      checkNotNull(dispute, "dispute");
    }

    @Override
    public String kind() {
      return "apply-for-mediation";
    }
  }

  /**
   * The committee takes a dispute up on its own initiative (Art. 17), or on a referral; the
   * committee has thereby accepted it, and every party must still consent. Accepted only as the
   * case's first action (kind {@code take-up-case}).
   *
   * @param by a member of the mediation committee
   * @param dispute the dispute
   * @param reason why the committee takes it up, e.g. a police station's referral; not blank
   */
  record TakeUpCase(ResidentId by, Dispute dispute, String reason) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the mediation committee
     * @param dispute the dispute
     * @param reason why the committee takes it up, e.g. a police station's referral; not blank
     */
    public TakeUpCase {
      checkNotNull(by, "by");
      checkNotNull(dispute, "dispute");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "take-up-case";
    }
  }

  /**
   * The committee accepts an application and registers the case (kind {@code accept-case}).
   *
   * @param by a member of the mediation committee
   */
  record AcceptCase(ResidentId by) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the mediation committee
     */
    public AcceptCase {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "accept-case";
    }
  }

  /**
   * The committee declines an application, e.g. a dispute that the law assigns to another body; the
   * parties are told of the other routes (kind {@code decline-case}).
   *
   * @param by a member of the mediation committee
   * @param reason why, not blank
   */
  record DeclineCase(ResidentId by, String reason) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the mediation committee
     * @param reason why, not blank
     */
    public DeclineCase {
      checkNotNull(by, "by");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "decline-case";
    }
  }

  /**
   * A party agrees to be mediated; mediation starts once the committee has accepted the case and
   * every party has consented (kind {@code consent-to-mediation}).
   *
   * @param by a member of the party
   * @param party the party's id
   */
  record ConsentToMediation(ResidentId by, String party) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the party's id
     */
    public ConsentToMediation {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
    }

    @Override
    public String kind() {
      return "consent-to-mediation";
    }
  }

  /**
   * A party refuses mediation before it starts; mediation must not proceed (Art. 17), and the case
   * ends (kind {@code refuse-mediation}).
   *
   * @param by a member of the party
   * @param party the party's id
   * @param reason the reason given; may be empty, a party need not give one
   */
  record RefuseMediation(ResidentId by, String party, String reason) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the party's id
     * @param reason the reason given; may be empty, a party need not give one
     */
    public RefuseMediation {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "refuse-mediation";
    }
  }

  /**
   * The committee designates the mediators, one of them presiding (Art. 19) (kind {@code
   * designate-mediators}).
   *
   * @param by a member of the mediation committee
   * @param mediators the mediators, at least one, none twice, each a committee member or a people's
   *     mediator of the committee and none acting for a party
   * @param presiding the presiding mediator, one of the mediators
   */
  record DesignateMediators(ResidentId by, List<ResidentId> mediators, ResidentId presiding)
      implements MediationAction {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param by a member of the mediation committee
     * @param mediators the mediators, at least one, none twice, each a committee member or a
     *     people's mediator of the committee and none acting for a party
     * @param presiding the presiding mediator, one of the mediators
     */
    public DesignateMediators {
      checkNotNull(by, "by");
      mediators = List.copyOf(mediators);
      checkNotNull(presiding, "presiding");
    }

    @Override
    public String kind() {
      return "designate-mediators";
    }
  }

  /**
   * A party chooses the mediators (Art. 19, 23); the choice takes effect when every party has
   * chosen the same mediators and the same presiding one (kind {@code choose-mediators}).
   *
   * @param by a member of the party
   * @param party the party's id
   * @param mediators the mediators, as for designate-mediators
   * @param presiding the presiding mediator, one of the mediators
   */
  record ChooseMediators(ResidentId by, String party, List<ResidentId> mediators,
      ResidentId presiding) implements MediationAction {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param by a member of the party
     * @param party the party's id
     * @param mediators the mediators, as for designate-mediators
     * @param presiding the presiding mediator, one of the mediators
     */
    public ChooseMediators {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
      mediators = List.copyOf(mediators);
      checkNotNull(presiding, "presiding");
    }

    @Override
    public String kind() {
      return "choose-mediators";
    }
  }

  /**
   * A party asks that a mediator withdraw; the committee must replace the mediator (MOJ rules 2002,
   * RULES.md §3.5), and nothing else proceeds until it has (kind {@code request-recusal}).
   *
   * @param by a member of the party
   * @param party the party's id
   * @param mediator an assigned mediator
   * @param reason the reason given; may be empty
   */
  record RequestRecusal(ResidentId by, String party, ResidentId mediator, String reason)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the party's id
     * @param mediator an assigned mediator
     * @param reason the reason given; may be empty
     */
    public RequestRecusal {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
      checkNotNull(mediator, "mediator");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "request-recusal";
    }
  }

  /**
   * A mediator, or the committee, declares that a mediator has a conflict of interest (favouring a
   * party, a relation, a benefit; Art. 15); the committee must replace the mediator (kind {@code
   * declare-conflict}).
   *
   * @param by the mediator concerned or a member of the committee
   * @param mediator an assigned mediator
   * @param reason the conflict, not blank
   */
  record DeclareConflict(ResidentId by, ResidentId mediator, String reason)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by the mediator concerned or a member of the committee
     * @param mediator an assigned mediator
     * @param reason the conflict, not blank
     */
    public DeclareConflict {
      checkNotNull(by, "by");
      checkNotNull(mediator, "mediator");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "declare-conflict";
    }
  }

  /**
   * The committee replaces a mediator whose recusal was requested or whose conflict was declared;
   * the replacement presides if the mediator did (kind {@code replace-mediator}).
   *
   * @param by a member of the mediation committee
   * @param mediator the mediator to replace, with a recusal or conflict pending
   * @param replacement an eligible mediator not assigned, never recused in this case, acting for no
   *     party
   */
  record ReplaceMediator(ResidentId by, ResidentId mediator, ResidentId replacement)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the mediation committee
     * @param mediator the mediator to replace, with a recusal or conflict pending
     * @param replacement an eligible mediator not assigned, never recused in this case, acting for
     *     no party
     */
    public ReplaceMediator {
      checkNotNull(by, "by");
      checkNotNull(mediator, "mediator");
      checkNotNull(replacement, "replacement");
    }

    @Override
    public String kind() {
      return "replace-mediator";
    }
  }

  /**
   * A mediator opens a session: joint, with every party, or separate, with one party (a caucus)
   * whose statements the other parties never see (kind {@code open-session}).
   *
   * @param by an assigned mediator
   * @param form joint or separate
   * @param party the party met in a separate session; null for a joint one
   * @param inPublic whether the session is open to the public, at the parties' request (Art. 23)
   */
  record OpenSession(ResidentId by, Session.Form form, @Nullable String party, boolean inPublic)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by an assigned mediator
     * @param form joint or separate
     * @param party the party met in a separate session; null for a joint one
     * @param inPublic whether the session is open to the public, at the parties' request (Art. 23)
     */
    public OpenSession {
      checkNotNull(by, "by");
      checkNotNull(form, "form");
    }

    @Override
    public String kind() {
      return "open-session";
    }
  }

  /**
   * Someone speaks in the open session and the mediator records it (Art. 27) (kind {@code
   * make-statement}).
   *
   * @param by a member of a party present, or an assigned mediator
   * @param statementKind facts, a claim, a proposal, or a note
   * @param matter the matter spoken to, or null for the dispute as a whole
   * @param text what was said, not blank
   */
  record MakeStatement(ResidentId by, Statement.Kind statementKind, @Nullable String matter,
      String text) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of a party present, or an assigned mediator
     * @param statementKind facts, a claim, a proposal, or a note
     * @param matter the matter spoken to, or null for the dispute as a whole
     * @param text what was said, not blank
     */
    public MakeStatement {
      checkNotNull(by, "by");
      checkNotNull(statementKind, "statementKind");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "make-statement";
    }
  }

  /**
   * A mediator closes the open session (kind {@code close-session}).
   *
   * @param by an assigned mediator
   * @param summary the mediator's summary for the record; may be empty
   */
  record CloseSession(ResidentId by, String summary) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by an assigned mediator
     * @param summary the mediator's summary for the record; may be empty
     */
    public CloseSession {
      checkNotNull(by, "by");
      checkNotNull(summary, "summary");
    }

    @Override
    public String kind() {
      return "close-session";
    }
  }

  /**
   * A mediator puts the first version of a single negotiating text to the parties (Fisher's
   * one-text procedure, RULES.md §6.3): each round every party accepts the current version or
   * criticises it, and the mediator revises it, until every party accepts one version or the
   * rounds, the method's singleTextRounds, run out (kind {@code propose-single-text}).
   *
   * @param by an assigned mediator
   * @param text the text, not blank
   */
  record ProposeSingleText(ResidentId by, String text) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by an assigned mediator
     * @param text the text, not blank
     */
    public ProposeSingleText {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "propose-single-text";
    }
  }

  /**
   * A party criticises the current version of the single text; the criticism gets the next id, c1,
   * c2 and so on (kind {@code criticise-single-text}).
   *
   * @param by a member of the party
   * @param party the party's id
   * @param version the current version's number
   * @param text what the party objects to, not blank
   */
  record CriticiseSingleText(ResidentId by, String party, int version, String text)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the party's id
     * @param version the current version's number
     * @param text what the party objects to, not blank
     */
    public CriticiseSingleText {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "criticise-single-text";
    }
  }

  /**
   * A party accepts the current version of the single text (kind {@code accept-single-text}).
   *
   * @param by a member of the party
   * @param party the party's id
   * @param version the current version's number
   */
  record AcceptSingleText(ResidentId by, String party, int version) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the party's id
     * @param version the current version's number
     */
    public AcceptSingleText {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
    }

    @Override
    public String kind() {
      return "accept-single-text";
    }
  }

  /**
   * A mediator revises the single text once every party has responded, naming the criticisms of the
   * current version the revision answers (kind {@code revise-single-text}).
   *
   * @param by an assigned mediator
   * @param answers the ids of the criticisms answered, at least one, each of the current version
   * @param text the revised text, not blank, not the same as the current one
   */
  record ReviseSingleText(ResidentId by, List<String> answers, String text)
      implements MediationAction {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param by an assigned mediator
     * @param answers the ids of the criticisms answered, at least one, each of the current version
     * @param text the revised text, not blank, not the same as the current one
     */
    public ReviseSingleText {
      checkNotNull(by, "by");
      answers = List.copyOf(answers);
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "revise-single-text";
    }
  }

  /**
   * A party withdraws: mediation is voluntary and a party may ask to end it at any time before an
   * agreement is in force (Art. 23); the case ends and the parties are told of the other routes
   * (kind {@code withdraw-from-mediation}).
   *
   * @param by a member of the party
   * @param party the party's id
   * @param reason the reason given; may be empty
   */
  record WithdrawFromMediation(ResidentId by, String party, String reason)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the party's id
     * @param reason the reason given; may be empty
     */
    public WithdrawFromMediation {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "withdraw-from-mediation";
    }
  }

  /**
   * A mediator ends a mediation that has failed (Art. 26); the parties are told they may turn to
   * arbitration, an administrative body or a court (kind {@code terminate-mediation}).
   *
   * @param by an assigned mediator
   * @param reason why it failed, not blank
   */
  record TerminateMediation(ResidentId by, String reason) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by an assigned mediator
     * @param reason why it failed, not blank
     */
    public TerminateMediation {
      checkNotNull(by, "by");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "terminate-mediation";
    }
  }

  /**
   * A mediator writes the agreement out (Art. 28-29); a new draft replaces the last and its
   * signatures (kind {@code draft-agreement}).
   *
   * @param by an assigned mediator
   * @param content what the agreement says
   */
  record DraftAgreement(ResidentId by, AgreementContent content) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by an assigned mediator
     * @param content what the agreement says
     */
    public DraftAgreement {
      checkNotNull(by, "by");
      checkNotNull(content, "content");
    }

    @Override
    public String kind() {
      return "draft-agreement";
    }
  }

  /**
   * A party, through one of its members, or the presiding mediator signs the current draft (Art.
   * 29: signed, sealed or fingerprinted by the parties and signed by the mediator) (kind {@code
   * sign-agreement}).
   *
   * @param by a member of a party, or the presiding mediator
   */
  record SignAgreement(ResidentId by) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of a party, or the presiding mediator
     */
    public SignAgreement {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "sign-agreement";
    }
  }

  /**
   * The committee seals the draft every party and the presiding mediator have signed; the written
   * agreement is in force from then (Art. 29) (kind {@code seal-agreement}).
   *
   * @param by a member of the mediation committee
   */
  record SealAgreement(ResidentId by) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the mediation committee
     */
    public SealAgreement {
      checkNotNull(by, "by");
    }

    @Override
    public String kind() {
      return "seal-agreement";
    }
  }

  /**
   * A mediator records an oral agreement the parties reached, when they considered writing
   * unnecessary (Art. 28); it is in force as reached (Art. 30) (kind {@code
   * record-oral-agreement}).
   *
   * @param by an assigned mediator
   * @param content what was agreed
   */
  record RecordOralAgreement(ResidentId by, AgreementContent content) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by an assigned mediator
     * @param content what was agreed
     */
    public RecordOralAgreement {
      checkNotNull(by, "by");
      checkNotNull(content, "content");
    }

    @Override
    public String kind() {
      return "record-oral-agreement";
    }
  }

  /**
   * The mediator or the committee records that a term of the agreement was performed (Art. 31: the
   * committee supervises performance) (kind {@code record-performance}).
   *
   * @param by an assigned mediator or a member of the committee
   * @param term the term's number in the agreement, from 1
   * @param note how it was performed; may be empty
   */
  record RecordPerformance(ResidentId by, int term, String note) implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by an assigned mediator or a member of the committee
     * @param term the term's number in the agreement, from 1
     * @param note how it was performed; may be empty
     */
    public RecordPerformance {
      checkNotNull(by, "by");
      checkNotNull(note, "note");
    }

    @Override
    public String kind() {
      return "record-performance";
    }
  }

  /**
   * A party applies to a court for judicial confirmation of a written agreement; the application is
   * joint, so it is made once every party has applied, all within the period from the agreement's
   * effect (Art. 33) (kind {@code apply-for-confirmation}).
   *
   * @param by a member of the party
   * @param party the party's id
   * @param court the court applied to, not blank
   */
  record ApplyForConfirmation(ResidentId by, String party, String court)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the party
     * @param party the party's id
     * @param court the court applied to, not blank
     */
    public ApplyForConfirmation {
      checkNotNull(by, "by");
      checkNotNull(party, "party");
      checkNotNull(court, "court");
    }

    @Override
    public String kind() {
      return "apply-for-confirmation";
    }
  }

  /**
   * The committee records the court's ruling on the confirmation (Art. 33) (kind {@code
   * record-confirmation}).
   *
   * @param by a member of the mediation committee
   * @param valid whether the court confirmed the agreement valid
   * @param ruling the ruling's reference or summary, not blank
   */
  record RecordConfirmation(ResidentId by, boolean valid, String ruling)
      implements MediationAction {
    /**
     * Refuses nulls.
     *
     * @param by a member of the mediation committee
     * @param valid whether the court confirmed the agreement valid
     * @param ruling the ruling's reference or summary, not blank
     */
    public RecordConfirmation {
      checkNotNull(by, "by");
      checkNotNull(ruling, "ruling");
    }

    @Override
    public String kind() {
      return "record-confirmation";
    }
  }
}
