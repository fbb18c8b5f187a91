package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.OUTSIDER;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.WANG_SON;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static io.yishi.mediation.dispute.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.mediation.dispute.MediationAction.AcceptCase;
import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.DeclineCase;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.RefuseMediation;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationAction.WithdrawFromMediation;
import io.yishi.mediation.dispute.MediationFact.CaseEnded;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case that ends without agreement at a party's or the committee's word (RULES.md §3.5, Art.
 * 17, 23, 26): withdrawn, refused, declined; and nothing is accepted afterwards.
 */
class WithdrawnCaseTest {

  private static final List<String> ROUTES = List.of("arbitration", "administrative", "court");

  private static MediationCase applied(HandClock clock) {
    return MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402", Neighbours.parameters(),
        clock, REGISTRY);
  }

  private static MediationFact lastFact(MediationCase c) {
    RecordedEvent last = c.log().events().get(c.log().size() - 1);
    return (MediationFact) ((FactRecorded) last.event()).fact();
  }

  @Test
  void aPartyWithdrawingMidMediationEndsTheCaseAndClosesTheOpenSession() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.withdrawn(clock);
    Instant withdrawnAt = clock.instant();

    CaseState s = c.state();
    assertThat(s.status()).isEqualTo(CaseStatus.WITHDRAWN);
    CaseEnded ended = new CaseEnded(CaseStatus.WITHDRAWN, "we will let a court decide", ROUTES);
    assertThat(s.ending()).isEqualTo(ended);
    assertThat(lastFact(c)).isEqualTo(ended);
    assertThat(s.openSession()).isEmpty();
    Session session = s.sessions().get(0);
    assertThat(session.form()).isEqualTo(Session.Form.SEPARATE);
    assertThat(session.closedAt()).isEqualTo(withdrawnAt);
    assertThat(s.agreement()).isNull();
    assertThat(c.allowed()).doesNotContainAnyElementsOf(MediationAction.KINDS);
  }

  @Test
  void everyActionAfterAWithdrawalIsRefusedAndRecordsNothing() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.withdrawn(clock);

    refused(c, new SignAgreement(ZHANG), "sign-agreement.by", "case is over", "WITHDRAWN");
    refused(c, new OpenSession(ZHAO, Session.Form.JOINT, null, false), "open-session.by",
        "case is over");
    refused(c, new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)),
        "draft-agreement.by", "case is over");
    refused(c, new ConsentToMediation(ZHANG, "flat-402"), "consent-to-mediation.by",
        "case is over");
    refused(c, new WithdrawFromMediation(WANG_SON, "flat-502", "again"),
        "withdraw-from-mediation.by", "case is over");
    refused(c, new WithdrawFromMediation(ZHANG, "flat-402", ""),
        "withdraw-from-mediation.by", "case is over");
    refused(c, new DesignateMediators(LI, List.of(ZHAO), ZHAO), "designate-mediators.by",
        "case is over");
  }

  @Test
  void theApplicantMayWithdrawBeforeMediationStarts() {
    HandClock clock = new HandClock(START);
    MediationCase c = applied(clock);
    c.submit(new WithdrawFromMediation(ZHANG, "flat-402", "we settled it over tea"));

    assertThat(c.state().status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(c.state().ending()).isEqualTo(new CaseEnded(CaseStatus.WITHDRAWN,
        "we settled it over tea", ROUTES));
    refused(c, new AcceptCase(LI), "accept-case.by", "case is over");
  }

  @Test
  void aPartyMayRefuseMediationBeforeItStartsWithoutAReason() {
    HandClock clock = new HandClock(START);
    MediationCase c = applied(clock);
    c.submit(new AcceptCase(LI));
    c.submit(new RefuseMediation(WANG, "flat-502", ""));

    assertThat(c.state().status()).isEqualTo(CaseStatus.REFUSED);
    assertThat(c.state().started()).isFalse();
    assertThat(lastFact(c)).isEqualTo(new CaseEnded(CaseStatus.REFUSED, "", ROUTES));
    refused(c, new ConsentToMediation(WANG, "flat-502"), "consent-to-mediation.by",
        "case is over", "REFUSED");
  }

  @Test
  void aPartyThatConsentedCannotRefuseButMayWithdraw() {
    HandClock clock = new HandClock(START);
    MediationCase c = applied(clock);
    c.submit(new ConsentToMediation(WANG, "flat-502"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.APPLIED);

    refused(c, new RefuseMediation(WANG_SON, "flat-502", "changed our minds"),
        "refuse-mediation.party", "has consented", "withdraw-from-mediation");
    refused(c, new RefuseMediation(ZHANG, "flat-402", ""), "refuse-mediation.party",
        "withdraw-from-mediation");
    c.submit(new WithdrawFromMediation(WANG_SON, "flat-502", "changed our minds"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.WITHDRAWN);
  }

  @Test
  void refusingOnceMediationHasStartedIsRefusedAsTooLate() {
    HandClock clock = new HandClock(START);
    MediationCase c = Neighbours.started(clock);
    refused(c, new RefuseMediation(WANG, "flat-502", ""), "refuse-mediation.kind",
        "only before mediation starts", "IN_MEDIATION");
  }

  @Test
  void refusalAndWithdrawalNeedAMemberOfTheParty() {
    HandClock clock = new HandClock(START);
    MediationCase c = applied(clock);
    refused(c, new RefuseMediation(ZHANG, "flat-502", ""), "refuse-mediation.by",
        "does not act for party flat-502");
    refused(c, new WithdrawFromMediation(OUTSIDER, "flat-402", ""),
        "withdraw-from-mediation.by", "does not act for party flat-402");
    refused(c, new WithdrawFromMediation(WANG, "flat-9", ""), "withdraw-from-mediation.party",
        "must be a party of the case");
  }

  @Test
  void theCommitteeMayDeclineAnApplicationItHasNotAccepted() {
    HandClock clock = new HandClock(START);
    MediationCase c = applied(clock);
    refused(c, new DeclineCase(ZHANG, "not ours"), "decline-case.by",
        "member of the mediation committee");
    refused(c, new DeclineCase(LI, " "), "decline-case.reason", "must not be blank");
    c.submit(new DeclineCase(LI, "the leak is before the housing bureau"));

    assertThat(c.state().status()).isEqualTo(CaseStatus.DECLINED);
    assertThat(lastFact(c)).isEqualTo(new CaseEnded(CaseStatus.DECLINED,
        "the leak is before the housing bureau", ROUTES));
    refused(c, new AcceptCase(LI), "accept-case.by", "case is over", "DECLINED");
  }

  @Test
  void theCommitteeCannotDeclineACaseItAccepted() {
    HandClock clock = new HandClock(START);
    MediationCase c = applied(clock);
    c.submit(new AcceptCase(LI));
    refused(c, new DeclineCase(LI, "too busy"), "decline-case.by", "accepted the case already");
  }
}
