package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.OUTSIDER;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.SUN;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.WANG_SON;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static io.yishi.mediation.dispute.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.dispute.CaseState.Recusal;
import io.yishi.mediation.dispute.CaseState.Signature;
import io.yishi.mediation.dispute.MediationAction.AcceptCase;
import io.yishi.mediation.dispute.MediationAction.ChooseMediators;
import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.DeclareConflict;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.RecordOralAgreement;
import io.yishi.mediation.dispute.MediationAction.ReplaceMediator;
import io.yishi.mediation.dispute.MediationAction.RequestRecusal;
import io.yishi.mediation.dispute.MediationAction.SealAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationAction.TerminateMediation;
import io.yishi.mediation.dispute.MediationAction.WithdrawFromMediation;
import io.yishi.mediation.dispute.MediationFact.Assignment;
import io.yishi.mediation.dispute.MediationFact.MediatorsAssigned;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mediators chosen by the parties, recused at a party's request, withdrawn for a declared
 * conflict, and replaced by the committee (RULES.md §3.5, Art. 19, 23; MOJ rules 2002).
 */
class RecusalTest {

  private static final OpenSession JOINT_BY_CHEN =
      new OpenSession(CHEN, Session.Form.JOINT, null, false);

  private static MediationCase started(Parameters parameters, HandClock clock) {
    MediationCase c = MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402", parameters,
        clock, REGISTRY);
    c.submit(new AcceptCase(LI));
    c.submit(new ConsentToMediation(WANG, "flat-502"));
    return c;
  }

  @Test
  void aRecusalStopsSessionsDraftsOralAgreementsAndTheSealUntilTheMediatorIsReplaced() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)));
    c.submit(new SignAgreement(ZHANG));
    c.submit(new SignAgreement(WANG));
    c.submit(new SignAgreement(ZHAO));
    c.submit(new RequestRecusal(WANG, "flat-502", ZHAO, "Zhao plays mahjong with Zhang"));

    assertThat(c.state().pendingRecusals()).containsExactly(
        new Recusal(ZHAO, "flat-502", WANG, "Zhao plays mahjong with Zhang", null));
    assertThat(c.allowed()).contains("replace-mediator", "withdraw-from-mediation")
        .doesNotContain("open-session", "draft-agreement", "record-oral-agreement",
            "seal-agreement");
    refused(c, JOINT_BY_CHEN, "open-session.kind", "must first replace [r-zhao]");
    refused(c, new DraftAgreement(CHEN, Neighbours.settlement(Scenarios.DUE)),
        "draft-agreement.kind", "recusal or conflict pending");
    refused(c, new RecordOralAgreement(CHEN, Neighbours.settlement(Scenarios.DUE)),
        "record-oral-agreement.kind", "must first replace [r-zhao]");
    refused(c, new SealAgreement(LI), "seal-agreement.kind", "recusal is pending");

    c.submit(new ReplaceMediator(LI, ZHAO, SUN));
    CaseState s = c.state();
    assertThat(s.pendingRecusals()).isEmpty();
    assertThat(s.recusals().get(0).replacement()).isEqualTo(SUN);
    assertThat(s.mediators()).containsExactly(SUN, CHEN);
    assertThat(s.presiding()).isEqualTo(SUN);
    // Zhao's signature as presiding mediator is dropped; the parties' stay
    assertThat(s.draft().signatures()).extracting(Signature::by).containsExactly(ZHANG, WANG);
    refused(c, new SealAgreement(LI), "seal-agreement.kind", "presiding mediator r-sun");
    refused(c, new SignAgreement(ZHAO), "sign-agreement.by", "nor the presiding mediator");

    c.submit(new SignAgreement(SUN));
    c.submit(new SealAgreement(LI));
    assertThat(c.state().status()).isEqualTo(CaseStatus.AGREED);
    // Zhao sits on the committee, which keeps the whole record; Sun is a mediator only
    assertThat(c.recordFor(ZHAO).role()).isEqualTo(CaseRecord.Role.COMMITTEE);
    assertThat(c.recordFor(SUN).role()).isEqualTo(CaseRecord.Role.MEDIATOR);
  }

  @Test
  void nothingElseProceedsWhileARecusalIsPendingButWithdrawal() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)));
    c.submit(new OpenSession(ZHAO, Session.Form.JOINT, null, false));
    c.submit(new RequestRecusal(WANG, "flat-502", ZHAO, "he favours 402"));

    refused(c, new MakeStatement(ZHANG, Statement.Kind.CLAIM, null, "502 pays"),
        "make-statement.kind", "must first replace [r-zhao]");
    refused(c, new MakeStatement(ZHAO, Statement.Kind.NOTE, null, "noted"),
        "make-statement.kind", "must first replace [r-zhao]");
    refused(c, new CloseSession(ZHAO, ""), "close-session.kind", "must first replace");
    refused(c, new CloseSession(CHEN, ""), "close-session.kind", "must first replace");
    refused(c, new SignAgreement(ZHANG), "sign-agreement.kind", "must first replace");
    refused(c, new TerminateMediation(ZHAO, "the Wangs distrust me"),
        "terminate-mediation.kind", "must first replace");
    refused(c, new TerminateMediation(CHEN, "no progress"), "terminate-mediation.kind",
        "must first replace");
    assertThat(c.allowed()).doesNotContain("make-statement", "close-session",
        "sign-agreement", "terminate-mediation");

    c.submit(new ReplaceMediator(LI, ZHAO, SUN));
    c.submit(new MakeStatement(ZHANG, Statement.Kind.CLAIM, null, "502 pays"));
    c.submit(new CloseSession(SUN, "heard 402 again"));
    c.submit(new SignAgreement(ZHANG));
    c.submit(new RequestRecusal(ZHANG, "flat-402", CHEN, ""));
    assertThat(c.allowed()).contains("withdraw-from-mediation", "replace-mediator",
        "request-recusal", "declare-conflict");
    c.submit(new WithdrawFromMediation(ZHANG, "flat-402", "we go to court"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.WITHDRAWN);
  }

  @Test
  void theRecusedMediatorCannotSignWhileTheRecusalIsPending() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)));
    c.submit(new RequestRecusal(ZHANG, "flat-402", ZHAO, ""));
    refused(c, new SignAgreement(ZHAO), "sign-agreement.kind", "must first replace [r-zhao]");
  }

  @Test
  void aRecusedMediatorIsNeverAssignedToTheCaseAgain() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new RequestRecusal(WANG, "flat-502", ZHAO, ""));
    refused(c, new ReplaceMediator(LI, ZHAO, ZHAO), "replace-mediator.replacement",
        "was recused from this case");
    refused(c, new ReplaceMediator(LI, ZHAO, CHEN), "replace-mediator.replacement",
        "is assigned already");
    c.submit(new ReplaceMediator(LI, ZHAO, SUN));

    refused(c, new RequestRecusal(ZHANG, "flat-402", ZHAO, ""), "request-recusal.mediator",
        "must be an assigned mediator");
    refused(c, new OpenSession(ZHAO, Session.Form.JOINT, null, false), "open-session.by",
        "must be an assigned mediator");
    refused(c, new DesignateMediators(LI, List.of(ZHAO), ZHAO), "designate-mediators.kind",
        "the mediators are assigned");
    refused(c, new ChooseMediators(ZHANG, "flat-402", List.of(ZHAO), ZHAO),
        "choose-mediators.kind", "the mediators are assigned");

    c.submit(new DeclareConflict(LI, CHEN, "Chen's firm fitted 502's bathroom"));
    refused(c, new ReplaceMediator(LI, CHEN, ZHAO), "replace-mediator.replacement",
        "was recused from this case");
    c.submit(new ReplaceMediator(LI, CHEN, LI));
    assertThat(c.state().mediators()).containsExactly(SUN, LI);
    assertThat(c.state().presiding()).isEqualTo(SUN);
  }

  @Test
  void aConflictIsDeclaredByTheMediatorOrTheCommitteeButNotByAParty() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    refused(c, new DeclareConflict(WANG, ZHAO, "he favours 402"), "declare-conflict.by",
        "member of the mediation committee");
    refused(c, new DeclareConflict(ZHAO, ZHAO, " "), "declare-conflict.reason",
        "must not be blank");
    refused(c, new DeclareConflict(LI, SUN, "not on the case"), "declare-conflict.mediator",
        "must be an assigned mediator");

    c.submit(new DeclareConflict(ZHAO, ZHAO, "my cousin rents 502"));
    c.submit(new DeclareConflict(LI, CHEN, "Chen's firm fitted 502's bathroom"));
    assertThat(c.state().pendingRecusals()).containsExactly(
        new Recusal(ZHAO, null, ZHAO, "my cousin rents 502", null),
        new Recusal(CHEN, null, LI, "Chen's firm fitted 502's bathroom", null));

    c.submit(new ReplaceMediator(LI, ZHAO, SUN));
    refused(c, new OpenSession(SUN, Session.Form.JOINT, null, false), "open-session.kind",
        "must first replace [r-chen]");
    refused(c, new DeclareConflict(SUN, CHEN, "a people's mediator is not the committee"),
        "declare-conflict.by", "member of the mediation committee");
    c.submit(new ReplaceMediator(LI, CHEN, LI));
    c.submit(new OpenSession(SUN, Session.Form.JOINT, null, false));
    assertThat(c.state().openSession()).isPresent();
  }

  @Test
  void aRecusalIsRequestedByAMemberOfThePartyNamed() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    refused(c, new RequestRecusal(OUTSIDER, "flat-402", ZHAO, ""), "request-recusal.by",
        "does not act for party flat-402");
    refused(c, new RequestRecusal(ZHANG, "flat-502", ZHAO, ""), "request-recusal.by",
        "does not act for party flat-502");
  }

  @Test
  void theReplacementMustBeAnEligibleMediatorNamedByTheCommittee() {
    HandClock clock = new HandClock(START);
    MediationCase c = started(Neighbours.parameters("mediators",
        List.of(SUN.value(), WANG_SON.value())), clock);
    c.submit(new DesignateMediators(LI, List.of(ZHAO, CHEN), ZHAO));
    c.submit(new RequestRecusal(ZHANG, "flat-402", ZHAO, ""));

    refused(c, new ReplaceMediator(LI, ZHAO, OUTSIDER), "replace-mediator.replacement",
        "committee member or one of its people's mediators");
    refused(c, new ReplaceMediator(LI, ZHAO, WANG_SON), "replace-mediator.replacement",
        "acts for party flat-502", "a party cannot mediate");
    refused(c, new ReplaceMediator(SUN, ZHAO, SUN), "replace-mediator.by",
        "member of the mediation committee");
    refused(c, new ReplaceMediator(LI, CHEN, SUN), "replace-mediator.mediator",
        "has no recusal or conflict pending", "[r-zhao]");
    c.submit(new ReplaceMediator(LI, ZHAO, SUN));
    assertThat(c.state().presiding()).isEqualTo(SUN);
  }

  @Test
  void replacingAnAssistingMediatorKeepsThePresidingOneAndTheirSignature() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)));
    c.submit(new SignAgreement(ZHAO));
    c.submit(new RequestRecusal(WANG, "flat-502", CHEN, ""));
    c.submit(new ReplaceMediator(LI, CHEN, SUN));

    assertThat(c.state().mediators()).containsExactly(ZHAO, SUN);
    assertThat(c.state().presiding()).isEqualTo(ZHAO);
    assertThat(c.state().draft().signedByMediator(ZHAO)).isTrue();
  }

  @Test
  void aSecondRecusalOfTheSameMediatorIsResolvedByOneReplacement() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new RequestRecusal(WANG, "flat-502", ZHAO, "he favours 402"));
    c.submit(new RequestRecusal(ZHANG, "flat-402", ZHAO, "he favours 502"));
    c.submit(new ReplaceMediator(LI, ZHAO, SUN));

    assertThat(c.state().pendingRecusals()).isEmpty();
    assertThat(c.state().recusals()).extracting(Recusal::replacement).containsExactly(SUN, SUN);
    c.submit(new OpenSession(SUN, Session.Form.JOINT, null, false));
    assertThat(c.state().openSession()).isPresent();
  }

  @Test
  void partiesChoosingTheSameMediatorsInAnyOrderAssignThem() {
    HandClock clock = new HandClock(START);
    MediationCase c = Neighbours.started(clock);
    c.submit(new ChooseMediators(ZHANG, "flat-402", List.of(SUN, CHEN), SUN));
    assertThat(c.state().mediators()).isEmpty();
    assertThat(c.allowed()).contains("choose-mediators", "designate-mediators");

    // the same mediators but another presiding one: no assignment
    c.submit(new ChooseMediators(WANG, "flat-502", List.of(CHEN, SUN), CHEN));
    assertThat(c.state().mediators()).isEmpty();
    assertThat(c.state().choices()).hasSize(2);

    // the Wangs change their choice: the same set, in another order, the same presiding one
    c.submit(new ChooseMediators(WANG_SON, "flat-502", List.of(CHEN, SUN), SUN));
    CaseState s = c.state();
    assertThat(s.mediators()).containsExactlyInAnyOrder(SUN, CHEN);
    assertThat(s.presiding()).isEqualTo(SUN);
    assertThat(s.assignment()).isEqualTo(Assignment.CHOSEN);
    assertThat(s.choices()).hasSize(2);
    assertThat(((FactRecorded) c.log().events().get(c.log().size() - 1).event()).fact())
        .isEqualTo(new MediatorsAssigned(List.of(CHEN, SUN), SUN, Assignment.CHOSEN));
    refused(c, new ChooseMediators(ZHANG, "flat-402", List.of(SUN), SUN),
        "choose-mediators.kind", "the mediators are assigned");
  }

  @Test
  void partiesChoosingDifferentMediatorsAssignNobody() {
    HandClock clock = new HandClock(START);
    MediationCase c = Neighbours.started(clock);
    c.submit(new ChooseMediators(ZHANG, "flat-402", List.of(SUN), SUN));
    c.submit(new ChooseMediators(WANG, "flat-502", List.of(SUN, CHEN), SUN));
    assertThat(c.state().mediators()).isEmpty();
    assertThat(c.state().assignment()).isNull();
  }

  @Test
  void partiesMayChooseBeforeMediationStarts() {
    HandClock clock = new HandClock(START);
    MediationCase c = MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402",
        Neighbours.parameters(), clock, REGISTRY);
    c.submit(new ChooseMediators(ZHANG, "flat-402", List.of(SUN), SUN));
    c.submit(new ConsentToMediation(WANG, "flat-502"));
    c.submit(new ChooseMediators(WANG, "flat-502", List.of(SUN), SUN));
    assertThat(c.state().status()).isEqualTo(CaseStatus.APPLIED);
    assertThat(c.state().mediators()).containsExactly(SUN);

    c.submit(new AcceptCase(LI));
    assertThat(c.state().status()).isEqualTo(CaseStatus.IN_MEDIATION);
    assertThat(c.state().presiding()).isEqualTo(SUN);
  }

  @Test
  void aChoiceMustNameEligibleMediatorsOnceEachWithOneOfThemPresiding() {
    HandClock clock = new HandClock(START);
    MediationCase c = started(Neighbours.parameters("mediators",
        List.of(SUN.value(), WANG_SON.value())), clock);
    refused(c, new ChooseMediators(ZHANG, "flat-402", List.of(SUN, OUTSIDER), SUN),
        "choose-mediators.mediators", "committee member or one of its people's mediators");
    refused(c, new ChooseMediators(ZHANG, "flat-402", List.of(WANG_SON), WANG_SON),
        "choose-mediators.mediators", "a party cannot mediate");
    refused(c, new ChooseMediators(ZHANG, "flat-402", List.of(SUN, SUN), SUN),
        "choose-mediators.mediators", "must not name a mediator twice");
    refused(c, new ChooseMediators(ZHANG, "flat-402", List.of(), SUN),
        "choose-mediators.mediators", "at least one mediator");
    refused(c, new ChooseMediators(ZHANG, "flat-402", List.of(SUN), CHEN),
        "choose-mediators.presiding", "must be one of the mediators");
    refused(c, new ChooseMediators(ZHANG, "flat-502", List.of(SUN), SUN),
        "choose-mediators.by", "does not act for party flat-502");
    refused(c, new DesignateMediators(LI, List.of(WANG_SON, SUN), SUN),
        "designate-mediators.mediators", "a party cannot mediate");
    refused(c, new DesignateMediators(SUN, List.of(SUN), SUN), "designate-mediators.by",
        "member of the mediation committee");
  }
}
