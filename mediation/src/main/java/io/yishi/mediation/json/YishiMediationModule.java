package io.yishi.mediation.json;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.yishi.mediation.dispute.MediationAction;
import io.yishi.mediation.dispute.MediationFact;
import io.yishi.mediation.negotiation.AdjustedWinnerResult;
import io.yishi.mediation.negotiation.BargainingSolution;
import io.yishi.mediation.negotiation.SingleTextOutcome;
import io.yishi.mediation.negotiation.SingleTextStep;

/**
 * The Jackson module of the mediation module: the type names of its negotiation results ({@code
 * "adjusted-winner-result"}, {@code "bargaining-solution"}, {@code "single-text-outcome"}) and of
 * the steps of a single negotiating text ({@code "propose-text"}, {@code "accept-text"}, {@code
 * "criticise-text"}, {@code "revise-text"}, each equal to {@link SingleTextStep#kind()}), and
 * of mediation cases' actions and facts, each under its {@code kind()} or {@code type()} ({@link
 * io.yishi.mediation.dispute.MediationAction}, {@link io.yishi.mediation.dispute.MediationFact}).
 * Registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so {@link
 * io.yishi.core.json.YishiJson#mapper()} picks it up.
 *
 * <p>The problems and the single-text state are plain records and need nothing here. Exact
 * numbers stay exact: utilities and probabilities are decimals written plainly, shares and totals
 * of a division are fractions written as {@code {"numerator": 5, "denominator": 6}}, as core
 * writes {@link io.yishi.core.Fraction} everywhere. Type names are contracts: stored results and
 * scripts depend on them, so a name is never changed or reused.
 */
public final class YishiMediationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; its name is fixed, so registering it twice has no effect. */
  public YishiMediationModule() {
    super("yishi-mediation");
    registerSubtypes(
        new NamedType(AdjustedWinnerResult.class, "adjusted-winner-result"),
        new NamedType(BargainingSolution.class, "bargaining-solution"),
        new NamedType(SingleTextOutcome.class, "single-text-outcome"));
    setMixInAnnotation(SingleTextStep.class, Mixins.Polymorphic.class);
    registerSubtypes(
        new NamedType(SingleTextStep.Propose.class, "propose-text"),
        new NamedType(SingleTextStep.Accept.class, "accept-text"),
        new NamedType(SingleTextStep.Criticise.class, "criticise-text"),
        new NamedType(SingleTextStep.Revise.class, "revise-text"));
    // the actions and facts of mediation cases, under their kinds and types
    registerSubtypes(
        new NamedType(MediationAction.ApplyForMediation.class, "apply-for-mediation"),
        new NamedType(MediationAction.TakeUpCase.class, "take-up-case"),
        new NamedType(MediationAction.AcceptCase.class, "accept-case"),
        new NamedType(MediationAction.DeclineCase.class, "decline-case"),
        new NamedType(MediationAction.ConsentToMediation.class, "consent-to-mediation"),
        new NamedType(MediationAction.RefuseMediation.class, "refuse-mediation"),
        new NamedType(MediationAction.DesignateMediators.class, "designate-mediators"),
        new NamedType(MediationAction.ChooseMediators.class, "choose-mediators"),
        new NamedType(MediationAction.RequestRecusal.class, "request-recusal"),
        new NamedType(MediationAction.DeclareConflict.class, "declare-conflict"),
        new NamedType(MediationAction.ReplaceMediator.class, "replace-mediator"),
        new NamedType(MediationAction.OpenSession.class, "open-session"),
        new NamedType(MediationAction.MakeStatement.class, "make-statement"),
        new NamedType(MediationAction.CloseSession.class, "close-session"),
        new NamedType(MediationAction.ProposeSingleText.class, "propose-single-text"),
        new NamedType(MediationAction.CriticiseSingleText.class, "criticise-single-text"),
        new NamedType(MediationAction.AcceptSingleText.class, "accept-single-text"),
        new NamedType(MediationAction.ReviseSingleText.class, "revise-single-text"),
        new NamedType(MediationAction.WithdrawFromMediation.class, "withdraw-from-mediation"),
        new NamedType(MediationAction.TerminateMediation.class, "terminate-mediation"),
        new NamedType(MediationAction.DraftAgreement.class, "draft-agreement"),
        new NamedType(MediationAction.SignAgreement.class, "sign-agreement"),
        new NamedType(MediationAction.SealAgreement.class, "seal-agreement"),
        new NamedType(MediationAction.RecordOralAgreement.class, "record-oral-agreement"),
        new NamedType(MediationAction.RecordPerformance.class, "record-performance"),
        new NamedType(MediationAction.ApplyForConfirmation.class, "apply-for-confirmation"),
        new NamedType(MediationAction.RecordConfirmation.class, "record-confirmation"),
        new NamedType(MediationFact.ActionTaken.class, "action-taken"),
        new NamedType(MediationFact.MediationStarted.class, "mediation-started"),
        new NamedType(MediationFact.MediatorsAssigned.class, "mediators-assigned"),
        new NamedType(MediationFact.CaseEnded.class, "case-ended"),
        new NamedType(MediationFact.AgreementInForce.class, "agreement-in-force"),
        new NamedType(MediationFact.AgreementPerformed.class, "agreement-performed"),
        new NamedType(MediationFact.ConfirmationRequested.class, "confirmation-requested"),
        new NamedType(MediationFact.ConfirmationPeriodEnded.class, "confirmation-period-ended"));
  }
}
