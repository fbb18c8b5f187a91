package io.yishi.mediation.json;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.yishi.mediation.dispute.MediationAction;
import io.yishi.mediation.dispute.MediationFact;

/**
 * The Jackson module of mediation cases: every {@link MediationAction} under its kind and every
 * {@link MediationFact} under its type, so that a case's log reads back from JSON. Enums are
 * written as kebab-case words by the core module ({@code "separate"}, {@code "in-mediation"}).
 * Registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}.
 */
public final class MediationCaseModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; its name is fixed, so registering it twice has no effect. */
  public MediationCaseModule() {
    super("yishi-mediation-case");
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
