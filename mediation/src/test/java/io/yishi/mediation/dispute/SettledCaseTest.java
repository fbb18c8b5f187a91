package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.OUTSIDER;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.WANG_SON;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.mediation.dispute.MediationAction.AcceptCase;
import io.yishi.mediation.dispute.MediationAction.ApplyForConfirmation;
import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.RecordConfirmation;
import io.yishi.mediation.dispute.MediationAction.RecordPerformance;
import io.yishi.mediation.dispute.MediationAction.SealAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import io.yishi.core.consultation.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leak between 502 and 402, from Zhang's application to a confirmed, performed agreement. */
class SettledCaseTest {

  @Test
  void runsFromApplicationToASealedAgreementPerformedAndConfirmed() throws Exception {
    HandClock clock = new HandClock(START);
    MediationCase c = Neighbours.started(clock);
    assertThat(c.state().status()).isEqualTo(CaseStatus.IN_MEDIATION);
    assertThat(c.allowed()).contains("designate-mediators", "choose-mediators")
        .doesNotContain("open-session");

    c.submit(new DesignateMediators(LI, List.of(ZHAO, CHEN), ZHAO));
    assertThat(c.state().mediators()).containsExactly(ZHAO, CHEN);
    assertThat(c.state().assignment()).isEqualTo(MediationFact.Assignment.DESIGNATED);

    clock.advance(Duration.ofDays(1));
    c.submit(new OpenSession(ZHAO, Session.Form.JOINT, null, false));
    c.submit(new MakeStatement(ZHANG, Statement.Kind.FACTS, "leak", "the stain doubled in"
        + " February"));
    c.submit(new MakeStatement(WANG, Statement.Kind.FACTS, "leak", "we never saw water"));
    c.submit(new CloseSession(ZHAO, "both agree a plumber should look"));
    c.submit(new OpenSession(ZHAO, Session.Form.SEPARATE, "flat-502", false));
    c.submit(new MakeStatement(WANG_SON, Statement.Kind.PROPOSAL, "repair",
        "we could pay up to 1,500 if it is our drain"));
    c.submit(new CloseSession(ZHAO, ""));

    clock.advance(Duration.ofDays(2));
    LocalDate due = LocalDate.parse("2025-03-31");
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(due)));
    assertThatThrownBy(() -> c.submit(new SignAgreement(OUTSIDER)))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("sign-agreement.by")
        .hasMessageContaining("r-outsider")
        .hasMessageContaining("neither a member of a party");
    c.submit(new SignAgreement(ZHANG));
    c.submit(new SignAgreement(WANG));
    assertThatThrownBy(() -> c.submit(new SealAgreement(LI)))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("presiding mediator r-zhao");
    c.submit(new SignAgreement(ZHAO));
    Instant sealedAt = clock.instant();
    c.submit(new SealAgreement(LI));

    CaseState agreed = c.state();
    assertThat(agreed.status()).isEqualTo(CaseStatus.AGREED);
    Agreement agreement = agreed.agreement();
    assertThat(agreement.form()).isEqualTo(Agreement.Form.WRITTEN);
    assertThat(agreement.effectiveAt()).isEqualTo(sealedAt);
    // In force Thursday 6 March 2025 (CST); day 30 is Saturday 5 April, so the last day moves
    // to Monday 7 April.
    assertThat(agreement.confirmationLastDay()).isEqualTo(LocalDate.parse("2025-04-07"));
    assertThat(agreement.confirmationDeadline())
        .isEqualTo(Instant.parse("2025-04-07T16:00:00Z"));

    c.submit(new RecordPerformance(ZHAO, 1, "plumber replaced the drain seal"));
    c.submit(new RecordPerformance(LI, 2, "transfer seen"));
    c.submit(new RecordPerformance(ZHAO, 3, ""));
    assertThat(c.state().status()).isEqualTo(CaseStatus.PERFORMED);

    clock.advance(Duration.ofDays(10));
    c.submit(new ApplyForConfirmation(ZHANG, "flat-402", "Xuhui District People's Court"));
    assertThatThrownBy(() -> c.submit(new ApplyForConfirmation(WANG, "flat-502", "another")))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("apply-for-confirmation.court")
        .hasMessageContaining("joint");
    c.submit(new ApplyForConfirmation(WANG, "flat-502", "Xuhui District People's Court"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.CONFIRMATION_REQUESTED);
    c.submit(new RecordConfirmation(LI, true, "(2025) 沪0104民特123号"));
    assertThat(c.state().status()).isEqualTo(CaseStatus.CONFIRMED_VALID);

    // Zhang never sees what the Wangs said in their separate session; the Wangs and the
    // mediators do.
    CaseRecord forZhang = c.recordFor(ZHANG);
    assertThat(forZhang.withheld()).isEqualTo(1);
    assertThat(YishiJson.mapper().writeValueAsString(forZhang)).doesNotContain("1,500");
    assertThat(YishiJson.mapper().writeValueAsString(c.recordFor(WANG))).contains("1,500");
    assertThat(YishiJson.mapper().writeValueAsString(c.recordFor(CHEN))).contains("1,500");
    assertThatThrownBy(() -> c.recordFor(OUTSIDER)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes no part");

    String json = YishiJson.mapper().writeValueAsString(c.log());
    EventLog back = YishiJson.mapper().readValue(json, EventLog.class);
    assertThat(back).isEqualTo(c.log());
    MediationCase replayed = MediationCase.replay(back, clock, REGISTRY);
    assertThat(replayed.state()).isEqualTo(c.state());
  }

  @Test
  void refusesTheCommitteeActingBeforeAcceptance() {
    HandClock clock = new HandClock(START);
    MediationCase c = MediationCase.apply(Neighbours.leak(), ZHANG, "flat-402",
        Neighbours.parameters(), clock, REGISTRY);
    assertThatThrownBy(() -> c.submit(new DesignateMediators(LI, List.of(ZHAO), ZHAO)))
        .isInstanceOf(InvalidActionException.class)
        .hasMessageContaining("accept the case");
    c.submit(new AcceptCase(LI));
    assertThat(c.state().status()).isEqualTo(CaseStatus.APPLIED);
  }
}
