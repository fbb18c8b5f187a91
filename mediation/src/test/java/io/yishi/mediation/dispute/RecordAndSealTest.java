package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.SUN;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static io.yishi.mediation.dispute.Refusals.json;
import static io.yishi.mediation.dispute.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader may see of separate sessions, who records performance, and a late seal. */
class RecordAndSealTest {

  @Test
  void theMediatorsSummaryOfAPartysSeparateSessionIsKeptFromTheOtherParty() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    c.submit(new OpenSession(ZHAO, Session.Form.SEPARATE, "flat-502", false));
    c.submit(new MakeStatement(WANG, Statement.Kind.PROPOSAL, "repair", "[offer-502]"));
    c.submit(new CloseSession(ZHAO, "[summary-502] the Wangs would pay half"));

    assertThat(json(c.recordFor(ZHANG))).doesNotContain("[offer-502]", "[summary-502]");
    assertThat(c.recordFor(ZHANG).withheld()).isEqualTo(2);
    assertThat(json(c.recordFor(WANG))).contains("[offer-502]", "[summary-502]");
    assertThat(json(c.recordFor(LI))).contains("[offer-502]", "[summary-502]");
  }

  @Test
  void aReplacedMediatorReadsSeparateSessionsOnlyWhileServing() {
    HandClock clock = new HandClock(START);
    MediationCase c = MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402",
        Neighbours.parameters(), clock, REGISTRY);
    c.submit(new MediationAction.AcceptCase(LI));
    c.submit(new MediationAction.ConsentToMediation(WANG, "flat-502"));
    c.submit(new MediationAction.DesignateMediators(LI, List.of(SUN), SUN));
    c.submit(new OpenSession(SUN, Session.Form.SEPARATE, "flat-402", false));
    c.submit(new MakeStatement(ZHANG, Statement.Kind.CLAIM, "repair", "[before]"));
    c.submit(new CloseSession(SUN, ""));
    c.submit(new MediationAction.DeclareConflict(SUN, SUN, "Sun rents from the Wangs"));
    c.submit(new MediationAction.ReplaceMediator(LI, SUN, CHEN));
    c.submit(new OpenSession(CHEN, Session.Form.SEPARATE, "flat-402", false));
    c.submit(new MakeStatement(ZHANG, Statement.Kind.CLAIM, "repair", "[after]"));

    CaseRecord sun = c.recordFor(SUN);
    assertThat(sun.role()).isEqualTo(CaseRecord.Role.MEDIATOR);
    assertThat(json(sun)).contains("[before]").doesNotContain("[after]");
    assertThat(json(c.recordFor(CHEN))).contains("[after]");
  }

  @Test
  void aCommitteeMemberActingForAPartyMayNotRecordItsPerformance() {
    HandClock clock = new HandClock(START);
    Dispute d = Neighbours.leak();
    Party withChen = new Party("flat-502", "Wang household, 502", Party.Kind.HOUSEHOLD,
        List.of(WANG, CHEN), "");
    Dispute chenActs = new Dispute(d.id(), d.title(), d.category(),
        List.of(withChen, Neighbours.DOWNSTAIRS), d.matters(), d.positions(), null);
    MediationCase c = MediationCase.apply(chenActs, ZHANG, "flat-402", Neighbours.parameters(),
        clock, REGISTRY);
    c.submit(new MediationAction.AcceptCase(LI));
    c.submit(new MediationAction.ConsentToMediation(WANG, "flat-502"));
    c.submit(new MediationAction.DesignateMediators(LI, List.of(ZHAO), ZHAO));
    c.submit(new MediationAction.RecordOralAgreement(ZHAO, Neighbours.settlement(
        LocalDate.parse("2025-06-30"))));

    refused(c, new MediationAction.RecordPerformance(CHEN, 1, ""), "record-performance.by",
        "acts for party flat-502");
    c.submit(new MediationAction.RecordPerformance(LI, 1, ""));
  }

  @Test
  void aDraftWhoseTermsFellDueBeforeTheSealCannotBeSealed() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    LocalDate tomorrow = LocalDate.parse("2025-03-04");
    c.submit(new MediationAction.DraftAgreement(ZHAO, Neighbours.settlement(tomorrow)));
    c.submit(new MediationAction.SignAgreement(ZHANG));
    c.submit(new MediationAction.SignAgreement(WANG));
    c.submit(new MediationAction.SignAgreement(ZHAO));
    clock.advance(Duration.ofDays(10));

    refused(c, new MediationAction.SealAgreement(LI), "seal-agreement.kind",
        "term 1 of draft 1 was due on 2025-03-04", "new draft");
  }
}
