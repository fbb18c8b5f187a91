package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.SUN;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static io.yishi.mediation.dispute.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.RecordOralAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationAction.TerminateMediation;
import io.yishi.mediation.dispute.MediationAction.WithdrawFromMediation;
import io.yishi.mediation.dispute.MediationFact.CaseEnded;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mediation that fails: the mediator ends it and tells the parties of other routes (Art. 26). */
class NoAgreementTest {

  @Test
  void theMediatorEndsAFailedMediationAndThePartiesAreToldOfTheOtherRoutes() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.terminated(clock);
    Instant endedAt = clock.instant();

    CaseState s = c.state();
    assertThat(s.status()).isEqualTo(CaseStatus.TERMINATED);
    assertThat(s.status().isFinal()).isTrue();
    assertThat(s.ending()).isEqualTo(new CaseEnded(CaseStatus.TERMINATED,
        "the parties disagree on who caused the leak",
        List.of("arbitration", "administrative", "court")));
    assertThat(s.agreement()).isNull();
    assertThat(s.openSession()).isEmpty();
    assertThat(s.sessions().get(s.sessions().size() - 1).closedAt()).isEqualTo(endedAt);
    assertThat(c.recordFor(ZHANG).entries()).last()
        .extracting(CaseRecord.Entry::fact).isEqualTo(s.ending());

    refused(c, new RecordOralAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)),
        "record-oral-agreement.by", "case is over", "TERMINATED");
    refused(c, new WithdrawFromMediation(WANG, "flat-502", ""), "withdraw-from-mediation.by",
        "case is over");
    refused(c, new TerminateMediation(ZHAO, "again"), "terminate-mediation.by", "case is over");
  }

  @Test
  void aTerminationNeedsAReason() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    refused(c, new TerminateMediation(ZHAO, ""), "terminate-mediation.reason",
        "must not be blank");
    refused(c, new TerminateMediation(ZHAO, " \t"), "terminate-mediation.reason",
        "must not be blank");
  }

  @Test
  void onlyAnAssignedMediatorTerminates() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    refused(c, new TerminateMediation(LI, "the committee gives up"), "terminate-mediation.by",
        "must be an assigned mediator");
    refused(c, new TerminateMediation(ZHANG, "we give up"), "terminate-mediation.by",
        "must be an assigned mediator");
    c.submit(new TerminateMediation(CHEN, "no common ground"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.TERMINATED);
  }

  @Test
  void aMediationThatHasNotStartedCannotBeTerminated() {
    HandClock clock = new HandClock(START);
    MediationCase c = MediationCase.takeUp(Neighbours.leak(), LI, "the police station referred"
        + " it", Neighbours.parameters(), clock, REGISTRY);
    c.submit(new DesignateMediators(LI, List.of(SUN), SUN));
    c.submit(new ConsentToMediation(ZHANG, "flat-402"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.APPLIED);

    refused(c, new TerminateMediation(SUN, "the Wangs do not answer"),
        "terminate-mediation.kind", "only while mediation is under way", "status APPLIED");
  }

  @Test
  void aDraftSignedByBothPartiesIsNoAgreementUntilSealed() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(Scenarios.DUE)));
    c.submit(new SignAgreement(ZHANG));
    c.submit(new SignAgreement(WANG));
    c.submit(new SignAgreement(ZHAO));
    c.submit(new TerminateMediation(ZHAO, "the Wangs will not pay after all"));

    assertThat(c.state().status()).isEqualTo(CaseStatus.TERMINATED);
    assertThat(c.state().agreement()).isNull();
    assertThat(c.state().draft().sealed()).isFalse();
    refused(c, new MakeStatement(ZHANG, Statement.Kind.NOTE, null, "but we signed"),
        "make-statement.by", "case is over");
  }
}
