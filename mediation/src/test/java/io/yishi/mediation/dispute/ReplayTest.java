package io.yishi.mediation.dispute;

import static io.yishi.mediation.dispute.Forgery.events;
import static io.yishi.mediation.dispute.Forgery.indexOf;
import static io.yishi.mediation.dispute.Forgery.rechain;
import static io.yishi.mediation.dispute.Forgery.taken;
import static io.yishi.mediation.dispute.Neighbours.CHEN;
import static io.yishi.mediation.dispute.Neighbours.OUTSIDER;
import static io.yishi.mediation.dispute.Neighbours.REGISTRY;
import static io.yishi.mediation.dispute.Neighbours.START;
import static io.yishi.mediation.dispute.Neighbours.SUN;
import static io.yishi.mediation.dispute.Neighbours.WANG;
import static io.yishi.mediation.dispute.Neighbours.ZHANG;
import static io.yishi.mediation.dispute.Neighbours.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.TamperedLogException;
import io.yishi.core.json.YishiJson;
import io.yishi.mediation.dispute.MediationAction.ApplyForConfirmation;
import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationFact.AgreementInForce;
import io.yishi.mediation.dispute.MediationFact.MediatorsAssigned;
import io.yishi.mediation.dispute.Neighbours.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A case's log read back from JSON replays to the same state; a log rewritten with a recomputed
 * hash chain is refused on replay wherever an entry could not have followed.
 */
class ReplayTest {

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of("settled", (Function<HandClock, MediationCase>) Scenarios::settled),
        Arguments.of("withdrawn", (Function<HandClock, MediationCase>) Scenarios::withdrawn),
        Arguments.of("recused", (Function<HandClock, MediationCase>) Scenarios::recused),
        Arguments.of("terminated", (Function<HandClock, MediationCase>) Scenarios::terminated),
        Arguments.of("oral", (Function<HandClock, MediationCase>) Scenarios::oral));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void aLogReadBackFromJsonReplaysToTheSameState(String name,
      Function<HandClock, MediationCase> scenario) throws Exception {
    HandClock clock = new HandClock(START);
    MediationCase c = scenario.apply(clock);
    String json = YishiJson.mapper().writeValueAsString(c.log());
    EventLog back = YishiJson.mapper().readValue(json, EventLog.class);
    assertThat(back).isEqualTo(c.log());
    assertThat(YishiJson.mapper().writeValueAsString(back)).isEqualTo(json);

    MediationCase replayed = MediationCase.replay(back, clock, REGISTRY);
    assertThat(replayed.state()).isEqualTo(c.state());
    assertThat(replayed.allowed()).isEqualTo(c.allowed());
    assertThat(replayed.recordFor(ZHANG)).isEqualTo(c.recordFor(ZHANG));
    // the honest log re-chained by the forger's tool replays too: only edits are refused
    assertThat(MediationCase.replay(rechain(c.log(), events(c.log())), clock, REGISTRY)
        .state()).isEqualTo(c.state());
  }

  @Test
  void aReplayedCaseGoesOnAsTheLiveOneWould() {
    HandClock clock = new HandClock(START);
    MediationCase live = Scenarios.settled(clock);
    MediationCase replayed = MediationCase.replay(live.log(), clock, REGISTRY);
    clock.advance(Duration.ofDays(60));
    live.consultation().submit(new Command.CheckDeadlines(ZHAO));
    replayed.consultation().submit(new Command.CheckDeadlines(ZHAO));
    assertThat(replayed.state()).isEqualTo(live.state());
    assertThat(replayed.state().confirmationPeriodEnded()).isTrue();
  }

  @Test
  void anEmptyLogIsRefusedAndALogCutAfterItsOpeningIsANewCase() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    List<ConsultationEvent> events = events(c.log());
    assertThatThrownBy(() -> MediationCase.replay(EventLog.of(List.of()), clock, REGISTRY))
        .isInstanceOf(TamperedLogException.class);
    // a log cut after its opening is still a mediation case, with nothing in it
    assertThat(MediationCase.replay(rechain(c.log(), events.subList(0, 1)), clock, REGISTRY)
        .state().status()).isEqualTo(CaseStatus.NEW);
  }

  private static void refused(EventLog forged, HandClock clock, String... fragments) {
    assertThatThrownBy(() -> MediationCase.replay(forged, clock, REGISTRY))
        .isInstanceOf(TamperedLogException.class)
        .hasMessageContaining("the log is not a record this consultation could have made")
        .hasMessageContainingAll(fragments);
  }

  @Test
  void aSignatureByANonPartyInsertedIntoTheLogIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.signed(clock);
    List<ConsultationEvent> events = events(c.log());
    events.add(indexOf(events, SignAgreement.class), taken(new SignAgreement(OUTSIDER)));
    refused(rechain(c.log(), events), clock, "fact action-taken cannot follow",
        "sign-agreement.by", "r-outsider", "neither a member of a party");
  }

  @Test
  void anActionAfterTheCaseEndedIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.withdrawn(clock);
    List<ConsultationEvent> events = events(c.log());
    events.add(taken(new OpenSession(ZHAO, Session.Form.JOINT, null, false)));
    refused(rechain(c.log(), events), clock, "open-session.by", "case is over",
        "WITHDRAWN");
  }

  @Test
  void anAgreementInForceWithAnotherLastDayForConfirmationIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.settled(clock);
    refused(Forgery.forge(c.log(), f -> f instanceof AgreementInForce a
        ? new AgreementInForce(a.form(), a.draft(), a.confirmationLastDay().plusDays(1),
            a.confirmationDeadline().plus(Duration.ofDays(1)))
        : f), clock, "fact agreement-in-force cannot follow",
        "next consequence the last action implies", "confirmationLastDay=2025-04-07");
    // the day alone, or the deadline alone, changed
    refused(Forgery.forge(c.log(), f -> f instanceof AgreementInForce a
        ? new AgreementInForce(a.form(), a.draft(), a.confirmationLastDay().plusDays(7),
            a.confirmationDeadline())
        : f), clock, "agreement-in-force");
    refused(Forgery.forge(c.log(), f -> f instanceof AgreementInForce a
        ? new AgreementInForce(a.form(), a.draft(), a.confirmationLastDay(),
            a.confirmationDeadline().plusSeconds(1))
        : f), clock, "agreement-in-force");
    // an oral agreement passed off as the sealed written one
    refused(Forgery.forge(c.log(), f -> f instanceof AgreementInForce a
        ? new AgreementInForce(Agreement.Form.ORAL, 0, null, null) : f), clock,
        "agreement-in-force", "next consequence the last action implies", "form=WRITTEN");
  }

  @Test
  void aStatementMovedAfterItsSessionClosedIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.heard(clock);
    List<ConsultationEvent> events = events(c.log());
    int statement = indexOf(events, MakeStatement.class);
    ConsultationEvent moved = events.remove(statement);
    events.add(indexOf(events, CloseSession.class) + 1, moved);
    refused(rechain(c.log(), events), clock, "make-statement.kind", "no session is open");
  }

  @Test
  void otherMediatorsAssignedThanTheCommitteeDesignatedAreRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.designated(clock);
    refused(Forgery.forge(c.log(), f -> f instanceof MediatorsAssigned m
        ? new MediatorsAssigned(List.of(ZHAO, SUN), m.presiding(), m.how()) : f), clock,
        "fact mediators-assigned cannot follow",
        "next consequence the last action implies");
    refused(Forgery.forge(c.log(), f -> f instanceof MediatorsAssigned m
        ? new MediatorsAssigned(m.mediators(), CHEN, m.how()) : f), clock,
        "mediators-assigned");
    refused(Forgery.forge(c.log(), f -> f instanceof MediatorsAssigned m
        ? new MediatorsAssigned(m.mediators(), m.presiding(), MediationFact.Assignment.CHOSEN)
        : f), clock, "mediators-assigned");
  }

  @Test
  void anApplicationForConfirmationRecordedAfterTheDeadlineIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.settled(clock);
    Instant deadline = c.state().agreement().confirmationDeadline();
    clock.advance(Duration.ofDays(5));
    c.submit(new ApplyForConfirmation(ZHANG, "flat-402", "Xuhui District People's Court"));
    // the honest log replays; the same log with the application's time moved past the
    // deadline does not
    assertThat(MediationCase.replay(c.log(), clock, REGISTRY).state()).isEqualTo(c.state());
    List<Instant> times = Forgery.times(c.log());
    times.set(times.size() - 1, deadline);
    refused(rechain(times, events(c.log())), clock, "apply-for-confirmation.kind",
        "the period for applying ended with " + c.state().agreement().confirmationLastDay());
  }

  @Test
  void aPeriodEndedRecordedBeforeTheDeadlineIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.settled(clock);
    List<ConsultationEvent> events = events(c.log());
    events.add(new ConsultationEvent.FactRecorded(new MediationFact.ConfirmationPeriodEnded(
        c.state().agreement().confirmationLastDay())));
    refused(rechain(c.log(), events), clock, "fact confirmation-period-ended cannot follow",
        "run out without a joint application");
  }

  @Test
  void aSignatureMovedBeforeItsDraftIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.signed(clock);
    List<ConsultationEvent> events = events(c.log());
    int first = indexOf(events, SignAgreement.class);
    ConsultationEvent signature = events.remove(first);
    events.add(indexOf(events, CloseSession.class), signature);
    refused(rechain(c.log(), events), clock, "sign-agreement.kind", "no draft to sign");
  }

  @Test
  void aSignatureForAPartyThatSignedAlreadyIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.signed(clock);
    List<ConsultationEvent> events = events(c.log());
    events.add(taken(new SignAgreement(Neighbours.WANG_SON)));
    refused(rechain(c.log(), events), clock, "flat-502 has signed draft 1 already");
    List<ConsultationEvent> twice = events(c.log());
    twice.add(taken(new SignAgreement(WANG)));
    refused(rechain(c.log(), twice), clock, "sign-agreement.by");
  }

  @Test
  void aLogMissingAFactTheLastActionImpliesIsRefusedAtTheNextAction() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.settled(clock);
    c.submit(new MediationAction.RecordPerformance(Neighbours.ZHAO, 1, "done"));
    // drop the agreement-in-force that the seal implies: the performance that follows cannot
    List<io.yishi.core.consultation.RecordedEvent> events = new java.util.ArrayList<>(
        c.log().events());
    events.removeIf(e -> e.event() instanceof io.yishi.core.consultation.ConsultationEvent
        .FactRecorded f && f.fact() instanceof AgreementInForce);
    refused(Forgery.rechain(events.stream().map(e -> e.recordedAt()).toList(),
        events.stream().map(e -> e.event()).toList()), clock, "cannot follow while the facts",
        "AgreementInForce");
  }

  @Test
  void aSecondAgreementInForceIsRefused() {
    HandClock clock = new HandClock(START);
    MediationCase c = Scenarios.settled(clock);
    List<io.yishi.core.consultation.RecordedEvent> events = new java.util.ArrayList<>(
        c.log().events());
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).event() instanceof io.yishi.core.consultation.ConsultationEvent
          .FactRecorded f && f.fact() instanceof AgreementInForce) {
        events.add(i + 1, events.get(i));
        break;
      }
    }
    refused(Forgery.rechain(events.stream().map(e -> e.recordedAt()).toList(),
        events.stream().map(e -> e.event()).toList()), clock,
        "fact agreement-in-force cannot follow", "owed: []");
  }
}
