package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.LI;
import static io.yishi.mediation.dispute.Neighbours.SUN;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.WANG_SON;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;

import io.yishi.mediation.dispute.MediationAction.CloseSession;
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
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The leak case driven to each of its endings, for the tests that check them and replay them. */
final class Scenarios {

  /** The due date of every term in these scenarios, well after every scenario's clock. */
  static final LocalDate DUE = LocalDate.parse("2025-12-31");

  /** What the Wangs say in their separate session; 402 must never read it. */
  static final String CONFIDENTIAL = "we could pay up to 1,500 if it is our drain";

  private Scenarios() {}

  /** Mediation under way, Zhao presiding with Chen, as the committee designated them. */
  static MediationCase designated(HandClock clock) {
    MediationCase c = Neighbours.started(clock);
    clock.advance(Duration.ofHours(1));
    c.submit(new DesignateMediators(LI, List.of(ZHAO, CHEN), ZHAO));
    return c;
  }

  /** Designated, then a joint and a separate session with 502, the Wangs' offer confidential. */
  static MediationCase heard(HandClock clock) {
    MediationCase c = designated(clock);
    clock.advance(Duration.ofDays(1));
    c.submit(new OpenSession(ZHAO, Session.Form.JOINT, null, false));
    c.submit(new MakeStatement(ZHANG, Statement.Kind.FACTS, "leak", "the stain doubled"));
    c.submit(new MakeStatement(WANG, Statement.Kind.FACTS, "leak", "we never saw water"));
    c.submit(new CloseSession(ZHAO, "both agree a plumber should look"));
    c.submit(new OpenSession(ZHAO, Session.Form.SEPARATE, "flat-502", false));
    c.submit(new MakeStatement(WANG_SON, Statement.Kind.PROPOSAL, "repair", CONFIDENTIAL));
    c.submit(new CloseSession(ZHAO, ""));
    return c;
  }

  /** Heard, then the settlement drafted and signed by both parties and Zhao, not yet sealed. */
  static MediationCase signed(HandClock clock) {
    MediationCase c = heard(clock);
    clock.advance(Duration.ofDays(2));
    c.submit(new DraftAgreement(ZHAO, Neighbours.settlement(DUE)));
    c.submit(new SignAgreement(ZHANG));
    c.submit(new SignAgreement(WANG));
    c.submit(new SignAgreement(ZHAO));
    return c;
  }

  /** Signed, then sealed by Li: a written agreement in force. */
  static MediationCase settled(HandClock clock) {
    MediationCase c = signed(clock);
    clock.advance(Duration.ofHours(1));
    c.submit(new SealAgreement(LI));
    return c;
  }

  /** Designated, then the Wangs withdraw while their separate session is open. */
  static MediationCase withdrawn(HandClock clock) {
    MediationCase c = designated(clock);
    clock.advance(Duration.ofDays(1));
    c.submit(new OpenSession(ZHAO, Session.Form.SEPARATE, "flat-502", false));
    c.submit(new MakeStatement(WANG, Statement.Kind.CLAIM, "repair", CONFIDENTIAL));
    clock.advance(Duration.ofMinutes(30));
    c.submit(new WithdrawFromMediation(WANG, "flat-502", "we will let a court decide"));
    return c;
  }

  /** Designated, then Zhang asks Zhao to withdraw and the committee puts Sun in his place. */
  static MediationCase recused(HandClock clock) {
    MediationCase c = designated(clock);
    clock.advance(Duration.ofDays(1));
    c.submit(new RequestRecusal(ZHANG, "flat-402", ZHAO, "Zhao is the Wangs' cousin"));
    clock.advance(Duration.ofDays(1));
    c.submit(new ReplaceMediator(LI, ZHAO, SUN));
    c.submit(new OpenSession(SUN, Session.Form.JOINT, null, false));
    c.submit(new MakeStatement(ZHANG, Statement.Kind.CLAIM, "repair", "502 pays the ceiling"));
    c.submit(new CloseSession(SUN, ""));
    return c;
  }

  /** Heard, then Zhao ends the mediation as failed in a joint session. */
  static MediationCase terminated(HandClock clock) {
    MediationCase c = heard(clock);
    clock.advance(Duration.ofDays(3));
    c.submit(new OpenSession(ZHAO, Session.Form.JOINT, null, false));
    c.submit(new TerminateMediation(ZHAO, "the parties disagree on who caused the leak"));
    return c;
  }

  /** Heard, then Zhao records the agreement the parties reached orally. */
  static MediationCase oral(HandClock clock) {
    MediationCase c = heard(clock);
    clock.advance(Duration.ofDays(1));
    c.submit(new RecordOralAgreement(ZHAO, Neighbours.settlement(DUE)));
    return c;
  }
}
